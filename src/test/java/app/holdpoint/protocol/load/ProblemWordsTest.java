package app.holdpoint.protocol.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The loader's problems have English and German words for every key (ProblemKey), the same placeholders in both,
 * and every broken file of ProtocolErrorsTest reads in German under a German locale while its English is unchanged.
 */
class ProblemWordsTest {
    private static final String ENGLISH = "/app/holdpoint/protocol/load/problems.properties";
    private static final String GERMAN = "/app/holdpoint/protocol/load/problems_de.properties";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProblemWordsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> keys() {
        return Arrays.stream(ProblemKey.values()).map(ProblemKey::key).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyKeyHasEnglishAndGermanWordsAndNoBundleHasOthers() throws IOException {
        for (String resource : List.of(ENGLISH, GERMAN)) {
            Set<String> inBundle = load(resource).stringPropertyNames();
            Set<String> missing = new TreeSet<>(keys());
            missing.removeAll(inBundle);
            Set<String> unused = new TreeSet<>(inBundle);
            unused.removeAll(keys());
            assertThat(missing).as("ProblemKey keys without words in %s", resource).isEmpty();
            assertThat(unused).as("keys in %s that no ProblemKey names", resource).isEmpty();
        }
        assertThat(keys()).as("two ProblemKeys share a key").hasSize(ProblemKey.values().length);
    }

    @Test
    void bothLanguagesUseTheSamePlaceholdersAndEveryPatternFormats() throws IOException {
        Properties english = load(ENGLISH);
        Properties german = load(GERMAN);
        List<String> wrong = new ArrayList<>();
        for (String key : keys()) {
            Set<String> en = placeholders(english.getProperty(key));
            Set<String> de = placeholders(german.getProperty(key));
            if (!en.equals(de)) {
                wrong.add(key + ": " + en + " vs " + de);
            }
            List<Object> arguments = Collections.nCopies(en.size(), "x");
            for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
                String worded = ProblemText.of(locale).format(key, arguments);
                if (worded.contains("{") && !worded.contains("{...}")) {
                    wrong.add(key + " (" + locale + ") leaves a placeholder: " + worded);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void quotesAndBracesComeOutAsWrittenInEachLanguage() {
        Problem problem = new Problem("a.yaml", 3, 5, Problem.Severity.WARNING, ProblemKey.FIELD_UNSOURCED.key(),
                List.of("press", "90s"));
        assertThat(problem.toString()).isEqualTo("a.yaml:3:5: warning: press 90s has no source; add [S..] from the "
                + "clinical reference or [DEFAULT]");
        assertThat(problem.toString(Locale.GERMAN)).isEqualTo("a.yaml:3:5: Warnung: press 90s hat keine Quelle; "
                + "[S..] aus der klinischen Referenz oder [DEFAULT] ergänzen");
        Problem step = new Problem("a.yaml", 1, 1, Problem.Severity.ERROR, ProblemKey.STEPS_NOT_ONE_KIND.key(),
                List.of("hold, relax", ProblemKey.NODE_MAP.words(), ProblemKey.HINT_KEYS.words("2")));
        assertThat(step.message()).isEqualTo("each step must be one kind with its settings, like '- hold: {...}'; "
                + "kinds are hold, relax; got a map with 2 keys");
        assertThat(step.message(Locale.GERMAN)).isEqualTo("jeder Schritt ist genau eine Art mit ihren "
                + "Einstellungen, etwa „- hold: {...}“; Arten: hold, relax; erhalten: eine Zuordnung mit 2 Schlüsseln");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("app.holdpoint.protocol.load.ProtocolErrorsTest#brokenFiles")
    void everyBrokenFileReadsInGermanAndStaysAsItWasInEnglish(String what, String text, String expected) {
        List<Problem> problems = new ProtocolReader(TestCatalog.catalog()).read("test.yaml",
                text.getBytes(StandardCharsets.UTF_8)).problems();
        assertThat(problems.stream().map(Problem::toString).toList()).anyMatch(p -> p.contains(expected));
        assertThat(problems.stream().map(p -> p.toString(Locale.ENGLISH)).toList())
                .isEqualTo(problems.stream().map(Problem::toString).toList());
        for (Problem problem : problems) {
            String german = problem.toString(Locale.GERMAN);
            assertThat(german).as(what).isNotEqualTo(problem.toString())
                    .doesNotContainPattern("\\b(must|got|needs|unknown|did you mean|warning)\\b");
        }
    }
}
