package app.holdpoint.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * English a person reads is written in a bundle, not in code: the command line ({@code cli}), the reports
 * ({@code audit}, {@code audit.export}) and the kiosk's wiring are scanned for string literals that read as English
 * words, so new English text fails the build; picocli's annotations too, since the option help is in
 * {@code cli/help.properties}. Not counted: comments, log lines, bundle keys, SQL, format patterns and file names.
 * Lines written before the bundles existed and not yet moved are listed in {@code english-outside-bundles.txt} as
 * {@code File.java: literal}; the test also fails when a listed literal is gone, so the list only shrinks.
 */
class EnglishOutsideBundlesTest {
    private static final Path MAIN = Path.of("src/main/java/app/holdpoint");
    private static final List<Path> SCANNED = List.of(MAIN.resolve("cli"), MAIN.resolve("audit"));
    private static final String BASELINE = "/app/holdpoint/i18n/english-outside-bundles.txt";
    /**
     * Files whose English is a file format, not words for people: the CSV exports' column names are the same in every
     * language, because spreadsheets and scripts find a column by its name (docs/architecture.md, "Decisions").
     */
    private static final Set<String> FORMATS = Set.of("audit/export/CsvColumns.java");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    /** Two words of letters with a space between, or a word with a space at its edge ("wrote " + file). */
    private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}[,:;.!?]?\\s+\\p{L}{2,}|^\\s*\\p{L}{3,}\\s+$"
            + "|^\\s+\\p{L}{3,}\\s*$");
    /** Lines whose literals are not for people or are not text at all. */
    private static final Pattern SKIPPED_LINE = Pattern.compile("\\bLOG\\b|Logger|ofPattern\\(|prepareStatement"
            + "|executeQuery|\\.execute\\(|String\\.format\\(Locale\\.ROOT");
    private static final Pattern SQL = Pattern.compile("^\\s*(select|insert|update|delete|create|alter|drop|with)\\s",
            Pattern.CASE_INSENSITIVE);

    @Test
    void noNewEnglishOutsideTheBundles() throws IOException {
        Set<String> found = scan();
        Set<String> listed = baseline();
        Set<String> added = new TreeSet<>(found);
        added.removeAll(listed);
        Set<String> gone = new TreeSet<>(listed);
        gone.removeAll(found);
        assertThat(added).as("English text in code; put it in the bundle (cli/cli.properties, audit/reports.properties"
                + " or ui/messages.properties, with the German) and look it up:%n  %s", String.join("\n  ", added))
                .isEmpty();
        assertThat(gone).as("moved or removed; delete these lines from %s:%n  %s", BASELINE,
                String.join("\n  ", gone)).isEmpty();
    }

    @Test
    void theScanSeesEnglishAndPassesKeysPatternsAndNames() {
        assertThat(english("wrote ")).isTrue();
        assertThat(english("no session matches")).isTrue();
        assertThat(english("Seal hash")).isTrue();
        assertThat(english("export.wrote.one")).isFalse();
        assertThat(english("%-24s  %-9s  %s%n")).isFalse();
        assertThat(english("SELECT id FROM session")).isFalse();
        assertThat(english("holdpoint-backup.mv.db")).isFalse();
    }

    static boolean english(String literal) {
        return WORDS.matcher(literal).find() && !SQL.matcher(literal).find();
    }

    private static Set<String> scan() throws IOException {
        Set<String> found = new TreeSet<>();
        for (Path root : SCANNED) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(f -> f.toString().endsWith(".java")).toList();
            }
            for (Path file : files) {
                String name = MAIN.relativize(file).toString().replace('\\', '/');
                if (FORMATS.contains(name)) {
                    continue;
                }
                boolean skippedStatement = false;
                for (String line : withoutComments(Files.readString(file))) {
                    // A log call or a query runs to its semicolon, over as many lines as it takes.
                    if (skippedStatement || SKIPPED_LINE.matcher(line).find()) {
                        skippedStatement = !line.strip().endsWith(";");
                        continue;
                    }
                    Matcher m = LITERAL.matcher(line);
                    while (m.find()) {
                        if (english(m.group(1))) {
                            found.add(name + ": " + m.group(1));
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The source's lines with block and line comments blanked (a literal never holds a comment marker here). */
    private static List<String> withoutComments(String source) {
        String blanked = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL).matcher(source)
                .replaceAll(m -> "\n".repeat((int) m.group().chars().filter(c -> c == '\n').count()));
        List<String> lines = new ArrayList<>();
        for (String line : blanked.split("\n", -1)) {
            int comment = line.indexOf("//");
            boolean inString = comment >= 0 && line.substring(0, comment).chars().filter(c -> c == '"').count() % 2 == 1;
            lines.add(comment >= 0 && !inString ? line.substring(0, comment) : line);
        }
        return lines;
    }

    private static Set<String> baseline() throws IOException {
        Set<String> listed = new TreeSet<>();
        try (InputStream in = EnglishOutsideBundlesTest.class.getResourceAsStream(BASELINE)) {
            assertThat(in).as(BASELINE).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    listed.add(line);
                }
            }
        }
        return listed;
    }
}
