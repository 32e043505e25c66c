package app.holdpoint.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import app.holdpoint.ui.Text;

/**
 * Every key the kiosk shows exists in English and German with the same placeholders. Other branches add English
 * keys; the failure lists each missing key by name, so whoever merges can translate them in one pass.
 */
class MessageBundlesTest {
    private static final String ENGLISH = "/app/holdpoint/ui/messages.properties";
    private static final String GERMAN = "/app/holdpoint/ui/messages_de.properties";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    @Test
    void everyEnglishKeyHasAGermanTranslation() throws IOException {
        Set<String> missing = new TreeSet<>(load(ENGLISH).stringPropertyNames());
        missing.removeAll(load(GERMAN).stringPropertyNames());
        assertThat(missing).as("keys in messages.properties without a translation in messages_de.properties "
                + "(add each to messages_de.properties):%n  %s", String.join("\n  ", missing)).isEmpty();
    }

    @Test
    void germanHasNoKeyThatEnglishLacks() throws IOException {
        Set<String> extra = new TreeSet<>(load(GERMAN).stringPropertyNames());
        extra.removeAll(load(ENGLISH).stringPropertyNames());
        assertThat(extra).as("keys only in messages_de.properties (add the English to messages.properties, or "
                + "remove them):%n  %s", String.join("\n  ", extra)).isEmpty();
    }

    @Test
    void bothLanguagesUseTheSamePlaceholders() throws IOException {
        Properties english = load(ENGLISH);
        Properties german = load(GERMAN);
        List<String> mismatches = new ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            if (german.containsKey(key)) {
                Set<Integer> en = placeholders(english.getProperty(key));
                Set<Integer> de = placeholders(german.getProperty(key));
                if (!en.equals(de)) {
                    mismatches.add(key + ": English " + en + ", German " + de);
                }
            }
        }
        assertThat(mismatches).as("placeholders differ between the languages:%n  %s",
                String.join("\n  ", mismatches)).isEmpty();
    }

    @Test
    void everyGermanPatternWithPlaceholdersIsAValidMessageFormat() throws IOException {
        Properties german = load(GERMAN);
        TreeMap<String, String> broken = new TreeMap<>();
        for (String key : german.stringPropertyNames()) {
            String pattern = german.getProperty(key);
            if (!placeholders(pattern).isEmpty()) {
                try {
                    new MessageFormat(pattern, Locale.GERMAN).format(new Object[] {1, 2, 3});
                } catch (IllegalArgumentException e) {
                    broken.put(key, e.getMessage());
                }
            }
            // MessageFormat drops a lone ASCII apostrophe and everything up to the next one.
            if (!placeholders(pattern).isEmpty() && pattern.indexOf('\'') >= 0) {
                broken.put(key, "contains an ASCII apostrophe; write \u2019 instead");
            }
        }
        assertThat(broken).as("German patterns MessageFormat cannot use").isEmpty();
    }

    @Test
    void germanIsWhatAGermanKioskShowsAndEnglishStaysEnglishOnAGermanSystem() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(new Text(Locale.GERMAN).get("picker.title")).isEqualTo("Protokoll wählen");
            assertThat(new Text(Locale.GERMANY).get("runner.cycle", 2, 3)).isEqualTo("2 von 3");
            assertThat(new Text(Locale.ENGLISH).get("picker.title")).isEqualTo("Choose a protocol");
        } finally {
            Locale.setDefault(before);
        }
    }

    private static Set<Integer> placeholders(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
