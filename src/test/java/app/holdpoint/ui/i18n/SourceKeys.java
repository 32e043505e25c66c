package app.holdpoint.ui.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What main sources say about message keys: every string literal (a key written anywhere is a key in use, as in
 * JabRef's LocalizationConsistencyTest), and the literal keys handed to a bundle's {@code get} (which must exist).
 * Keys built at run time are not here; the test derives those from the enums they come from.
 */
final class SourceKeys {
    static final Path MAIN = Path.of("src/main/java");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final String KEY = "([a-z][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)+)";

    final Set<String> literals = new TreeSet<>();
    final Set<String> fetched = new TreeSet<>();

    /**
     * @param receivers how the bundle object is spelled before {@code .get(}, as a regular expression, e.g.
     *                  {@code (?:text|services\.text\(\))}
     */
    SourceKeys(Path root, String receivers) {
        // text.get("a.b" ...) and text.get(flag ? "a.b" : "a.c" ...)
        Pattern direct = Pattern.compile("\\b" + receivers + "\\.get\\(\\s*\"" + KEY + "\"");
        Pattern choice = Pattern.compile("\\b" + receivers + "\\.get\\([^;\"]*\\?\\s*\"" + KEY + "\"\\s*:\\s*\""
                + KEY + "\"");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher m = LITERAL.matcher(source);
                while (m.find()) {
                    literals.add(m.group(1));
                }
                Matcher d = direct.matcher(source);
                while (d.find()) {
                    fetched.add(d.group(1));
                }
                Matcher c = choice.matcher(source);
                while (c.find()) {
                    fetched.add(c.group(1));
                    fetched.add(c.group(2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
