package app.holdpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.audit.export.Rfc4180;

/** {@code audit export} end to end on a demo history: files read back, and bad input leaves no file. */
class AuditExportCommandTest {
    @TempDir
    static Path data;
    @TempDir
    Path out;

    private static CliTestSupport.Run run(String... args) {
        return CliTestSupport.runOn(data, args);
    }

    @BeforeAll
    static void demoHistory() {
        CliTestSupport.Run demo = run("demo-data", "--sessions", "60", "--seed", "9");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
    }

    private static String pdfText(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private void assertNothingWritten() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).as("no file and no temporary file").isEmpty();
        }
    }

    private static void assertOneLineError(CliTestSupport.Run result, int exit, String message) {
        assertThat(result.exitCode()).isEqualTo(exit);
        assertThat(result.err()).isEqualTo("holdpoint: " + message + System.lineSeparator());
    }

    @Test
    void excelFormIsTheSameCsvAfterAByteOrderMarkForTheListAndTheExport() throws IOException {
        Path plain = out.resolve("plain.csv");
        Path excel = out.resolve("excel.csv");
        assertThat(run("audit", "export", "--format", "csv", "--out", plain.toString()).exitCode()).isZero();
        assertThat(run("audit", "export", "--format", "csv", "--excel", "--out", excel.toString()).exitCode())
                .isZero();
        byte[] plainBytes = Files.readAllBytes(plain);
        byte[] excelBytes = Files.readAllBytes(excel);
        assertThat(plainBytes[0]).isEqualTo((byte) 's');
        assertThat(Arrays.copyOf(excelBytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(Arrays.copyOfRange(excelBytes, 3, excelBytes.length)).isEqualTo(plainBytes);

        String list = run("audit", "--format", "csv").out();
        String listExcel = run("audit", "--format", "csv", "--excel").out();
        assertThat(list).startsWith("id,");
        assertThat(listExcel).isEqualTo("\uFEFF" + list);
    }

    @Test
    void excelIsOnlyForCsv() {
        assertOneLineError(run("audit", "--excel"), 2, "--excel is for --format csv");
        assertOneLineError(run("audit", "export", "--format", "pdf", "--excel", "--out",
                out.resolve("x.pdf").toString()), 2, "--excel is for --format csv");
    }

    @Test
    void sessionsCsvHasTheRowsAuditLists() throws IOException {
        Path file = out.resolve("sessions.csv");
        CliTestSupport.Run result = run("audit", "export", "--format", "csv", "--out", file.toString(),
                "--status", "completed");
        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> listed = run("audit", "--status", "completed", "--format", "csv").out().lines().skip(1).toList();
        List<List<String>> csv = Rfc4180.parse(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(csv).hasSize(listed.size() + 1);
        assertThat(result.out()).isEqualTo("wrote " + file + " (" + listed.size() + " sessions)"
                + System.lineSeparator());
        for (int i = 0; i < listed.size(); i++) {
            assertThat(csv.get(i + 1).get(0)).isEqualTo(listed.get(i).split(",")[0]);
            assertThat(csv.get(i + 1).get(8)).isEqualTo("completed");
        }
    }

    @Test
    void phasesCsvFollowsTheTolerance() throws IOException {
        Path strict = out.resolve("strict.csv");
        Path lenient = out.resolve("lenient.csv");
        assertThat(run("audit", "export", "--format", "csv", "--rows", "phases", "--out", strict.toString())
                .exitCode()).isZero();
        assertThat(run("audit", "export", "--format", "csv", "--rows", "phases", "--tolerance", "120", "--out",
                lenient.toString()).exitCode()).isZero();
        List<List<String>> a = Rfc4180.parse(Files.readString(strict));
        List<List<String>> b = Rfc4180.parse(Files.readString(lenient));
        assertThat(a.get(0)).contains("session id", "kind", "planned s", "actual s", "deviations");
        assertThat(a).hasSameSizeAs(b).hasSizeGreaterThan(60);
        long shortA = a.stream().filter(r -> r.get(11).contains("SHORTENED")).count();
        long shortB = b.stream().filter(r -> r.get(11).contains("SHORTENED")).count();
        assertThat(shortA).isGreaterThan(shortB);
    }

    @Test
    void pdfSummaryShowsTheFiltersAndEveryTherapist() throws IOException {
        Path file = out.resolve("summary.pdf");
        CliTestSupport.Run result = run("audit", "export", "--format", "pdf", "--out", file.toString(),
                "--from", "2020-01-01");
        assertThat(result.exitCode()).as(result.err()).isZero();
        String text = pdfText(file);
        assertThat(text).contains("Period summary", "from 2020-01-01", "Per therapist", "Per protocol",
                "Demo Ana Ruiz", "Page 1 of");
        assertThat(text).containsPattern("All 60 \\d+ \\d+\\.\\d %");
    }

    @Test
    void sessionPdfCarriesTheSealAndTheVerifyResult() throws IOException {
        String shown = run("audit", "show", "5").out();
        String seal = shown.lines().filter(l -> l.strip().startsWith("seal ")).findFirst().orElseThrow().strip()
                .substring("seal".length()).strip();
        assertThat(seal).hasSize(64);
        Path file = out.resolve("session-5.pdf");
        CliTestSupport.Run result = run("audit", "export", "--session", "5", "--format", "pdf", "--out",
                file.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("wrote " + file + " (session 5)" + System.lineSeparator());
        String text = pdfText(file);
        assertThat(text).contains("Session report: session 5", "Planned against actual", "Seal hash", seal,
                "Integrity verified: the whole record verified (60 sessions");
    }

    @Test
    void badInputIsOneLineAndLeavesNoFile() throws IOException {
        Path file = out.resolve("x.csv");
        assertOneLineError(run("audit", "export", "--format", "csv", "--out", file.toString(), "--from", "2001-01-01",
                "--to", "2001-12-31"), 1, "no sessions match: from 2001-01-01 to 2001-12-31");
        assertOneLineError(run("audit", "export", "--format", "pdf", "--out", file.toString(), "--from", "2001-01-01",
                "--to", "2001-12-31"), 1, "no sessions match: from 2001-01-01 to 2001-12-31");
        assertOneLineError(run("audit", "export", "--format", "csv", "--out", file.toString(), "--therapist",
                "Nobody"), 1, "no therapist named 'Nobody' (see: therapist list)");
        assertThat(run("audit", "export", "--format", "csv", "--out", file.toString(), "--protocol", "nope").err())
                .startsWith("holdpoint: no session ran a protocol with id 'nope'; recorded: ");
        assertOneLineError(run("audit", "export", "--session", "4040", "--format", "pdf", "--out", file.toString()),
                1, "no session 4040; nothing written");
        assertOneLineError(run("audit", "export", "--session", "5", "--format", "csv", "--out", file.toString()),
                2, "--session writes a pdf report; use --format pdf");
        assertOneLineError(run("audit", "export", "--format", "xls", "--out", file.toString()), 2,
                "--format must be csv or pdf, got 'xls'");
        assertOneLineError(run("audit", "export", "--format", "csv", "--rows", "events", "--out", file.toString()), 2,
                "--rows must be sessions or phases, got 'events'");
        assertOneLineError(run("audit", "export", "--format", "csv", "--tolerance", "5", "--out", file.toString()), 2,
                "--tolerance applies to --rows phases and pdf; the sessions csv has the counts sealed with each"
                        + " session (1 s)");
        assertNothingWritten();

        Path missing = out.resolve("no-such-folder").resolve("x.csv");
        assertOneLineError(run("audit", "export", "--format", "csv", "--out", missing.toString()), 1,
                "cannot write " + missing + ": the folder " + missing.getParent() + " does not exist");
        Path notAFolder = out.resolve("file");
        Files.writeString(notAFolder, "keep me");
        Path under = notAFolder.resolve("x.pdf");
        assertOneLineError(run("audit", "export", "--format", "pdf", "--out", under.toString()), 1,
                "cannot write " + under + ": the folder " + notAFolder + " does not exist");
        assertThat(Files.readString(notAFolder)).isEqualTo("keep me");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).containsExactly(notAFolder);
        }
    }

    @Test
    void aReadOnlyFolderIsRefusedWithoutALeftover() throws IOException {
        // /proc refuses new files to everyone, root included (CI runs as root, where permission bits stop nothing).
        Path readOnly = Path.of("/proc");
        Path file = readOnly.resolve("holdpoint-export-test.csv");
        CliTestSupport.Run result = run("audit", "export", "--format", "csv", "--out", file.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("holdpoint: cannot write " + file + ": ");
        try (Stream<Path> files = Files.list(readOnly)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.startsWith("holdpoint"));
        }
    }

    @Test
    void exportFailuresAreGermanWithLangDeAndTheCsvColumnsAreNot() throws IOException {
        Path nowhere = out.resolve("no-such-folder").resolve("x.csv");
        assertOneLineError(run("--lang", "de", "audit", "export", "--format", "csv", "--out", nowhere.toString()), 1,
                nowhere + " kann nicht geschrieben werden: der Ordner " + nowhere.getParent().toAbsolutePath()
                        + " existiert nicht");
        assertOneLineError(run("--lang", "de", "audit", "export", "--format", "csv", "--from", "1990-01-01", "--to",
                "1990-01-02", "--out", out.resolve("leer.csv").toString()), 1, "keine Sitzung passt: vom 1990-01-01 bis"
                + " 1990-01-02");
        assertNothingWritten();
        Path german = out.resolve("de.csv");
        Path english = out.resolve("en.csv");
        assertThat(run("--lang", "de", "audit", "export", "--format", "csv", "--out", german.toString()).exitCode())
                .isZero();
        assertThat(run("audit", "export", "--format", "csv", "--out", english.toString()).exitCode()).isZero();
        assertThat(Files.readAllBytes(german)).isEqualTo(Files.readAllBytes(english));
        assertThat(Files.readAllLines(german).get(0)).startsWith("session id,started,ended,therapist,");
    }

    @Test
    void germanWithLangOrFromTheSystemLocaleForTheMessagesAndTheReport() throws IOException {
        Path file = out.resolve("sitzung-5.pdf");
        CliTestSupport.Run result = run("--lang", "de", "audit", "export", "--session", "5", "--format", "pdf",
                "--out", file.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo(file + " geschrieben (Sitzung 5)" + System.lineSeparator());
        assertThat(pdfText(file)).contains("Sitzungsbericht: Sitzung 5", "Geplant und tatsächlich", "Siegel-Hash",
                "Seite 1 von").doesNotContain("Session report", "Page 1 of");
        assertOneLineError(run("--lang", "de", "audit", "export", "--format", "xls", "--out", file.toString()), 2,
                "--format muss csv oder pdf sein, erhalten: \u201Exls\u201C");

        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertOneLineError(run("audit", "export", "--session", "4040", "--format", "pdf", "--out",
                    file.toString()), 1, "keine Sitzung 4040; nichts geschrieben");
            assertOneLineError(run("--lang", "en", "audit", "export", "--session", "4040", "--format", "pdf",
                    "--out", file.toString()), 1, "no session 4040; nothing written");
        } finally {
            Locale.setDefault(before);
        }
    }
}
