package app.holdpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import app.holdpoint.demo.DemoTherapists;
import app.holdpoint.domain.Pin;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The help bundles against the whole command tree: every command, option and parameter has a help text, every text
 * has its own German, and every English key is one picocli asks for (a renamed option leaves no stale key behind).
 */
class HelpWordsTest {
    /** German that is rightly the English: values typed as they are. None yet; name one here with its reason. */
    private static final Set<String> SAME_IN_GERMAN = Set.of();

    @Test
    void everyHelpTextOfEveryCommandHasItsOwnGerman() {
        Map<String, String> english = texts(HelpText.bundle(Locale.ENGLISH));
        Map<String, String> german = texts(HelpText.bundle(Locale.GERMAN));
        assertThat(german.keySet()).isEqualTo(english.keySet());

        List<String> problems = new ArrayList<>();
        english.forEach((where, text) -> {
            if (text.isBlank()) {
                problems.add(where + ": no help text");
            } else if (text.equals(german.get(where)) && !SAME_IN_GERMAN.contains(text)) {
                problems.add(where + ": no German (\"" + text + "\")");
            }
        });
        assertThat(problems).as("help.properties / help_de.properties").isEmpty();
    }

    @Test
    void everyEnglishKeyIsAskedForAndGermanHasTheSameKeys() throws IOException {
        Recording recording = new Recording(HelpText.bundle(Locale.ENGLISH));
        texts(recording);
        Set<String> englishKeys = keys("help.properties");

        Set<String> stale = new TreeSet<>(englishKeys);
        stale.removeAll(recording.used);
        assertThat(stale).as("keys in help.properties that no command, option or parameter uses").isEmpty();
        assertThat(keys("help_de.properties")).isEqualTo(englishKeys);
    }

    @Test
    void theGermanBundleIsReadAsUtf8() {
        assertThat(HelpText.bundle(Locale.GERMAN).getString("data")).startsWith("Datenordner für ");
    }

    /** The numbers the help names where the annotations once computed them. */
    @Test
    void thePinLengthsAndTheDemoPinInTheHelpAreTheCodes() {
        ResourceBundle english = HelpText.bundle(Locale.ENGLISH);
        String lengths = "PIN (" + Pin.MIN_LENGTH + " to " + Pin.MAX_LENGTH + " digits)";
        assertThat(english.getString("holdpoint.therapist.add.usage.description.0")).contains(lengths);
        assertThat(english.getString("holdpoint.therapist.reset-pin.usage.description.1")).contains(lengths);
        assertThat(english.getString("holdpoint.demo-data.usage.description.1"))
                .contains("(PIN " + DemoTherapists.PIN + ")");
    }

    /**
     * Every text of the tree with this bundle, by where it shows ({@code holdpoint audit --format}); each command's
     * usage is also rendered, so a broken format string ({@code %} for {@code %%}) fails here. The bare command
     * line, without HelpText choosing the bundle by language.
     */
    private static Map<String, String> texts(ResourceBundle bundle) {
        CommandLine top = new CommandLine(new HoldpointCommand(Map.of(), Path.of("."), request -> {
        }));
        top.setResourceBundle(bundle);
        Map<String, String> texts = new LinkedHashMap<>();
        collect(top, texts);
        return texts;
    }

    private static void collect(CommandLine command, Map<String, String> texts) {
        CommandSpec spec = command.getCommandSpec();
        String name = spec.qualifiedName();
        UsageMessageSpec usage = spec.usageMessage();
        texts.put(name + " (description)", String.join("\n", usage.description()).strip());
        optional(texts, name + " (header)", usage.header());
        optional(texts, name + " (footer)", usage.footer());
        for (String[] heading : new String[][] {{"synopsis", usage.synopsisHeading()},
                {"commands", usage.commandListHeading()}, {"options", usage.optionListHeading()},
                {"parameters", usage.parameterListHeading()}, {"description", usage.descriptionHeading()},
                {"header", usage.headerHeading()}, {"footer", usage.footerHeading()}}) {
            optional(texts, name + " (" + heading[0] + " heading)", heading[1]);
        }
        for (OptionSpec option : spec.options()) {
            texts.put(name + " " + option.longestName(), String.join("\n", option.description()).strip());
        }
        for (PositionalParamSpec parameter : spec.positionalParameters()) {
            texts.put(name + " " + parameter.paramLabel(), String.join("\n", parameter.description()).strip());
        }
        command.getUsageMessage();
        for (CommandLine sub : spec.subcommands().values()) {
            if (sub.getParent() == command) { // an alias would list it twice
                collect(sub, texts);
            }
        }
    }

    /** A section picocli leaves empty unless asked: only where it has words. */
    private static void optional(Map<String, String> texts, String where, String... text) {
        String joined = String.join("\n", text).strip();
        if (!joined.isEmpty()) {
            texts.put(where, joined);
        }
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = HelpWordsTest.class.getResourceAsStream("/app/holdpoint/cli/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    /** The bundle, noting each key picocli reads from it. */
    private static final class Recording extends ResourceBundle {
        private final ResourceBundle real;
        private final Set<String> used = new TreeSet<>();

        Recording(ResourceBundle real) {
            this.real = real;
        }

        @Override
        protected Object handleGetObject(String key) {
            if (!real.containsKey(key)) {
                return null;
            }
            used.add(key);
            return real.getObject(key);
        }

        @Override
        public Enumeration<String> getKeys() {
            return real.getKeys();
        }
    }
}
