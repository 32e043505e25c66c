package app.holdpoint.audit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import app.holdpoint.audit.SessionDetail;
import app.holdpoint.audit.SessionDetailLoader;
import app.holdpoint.audit.ReportText;
import app.holdpoint.audit.SessionIntegrity;
import app.holdpoint.store.Backend;
import app.holdpoint.store.AuditFilter;
import app.holdpoint.store.PeriodSummary;
import app.holdpoint.store.SessionRecord;
import app.holdpoint.store.SealedTotals;
import app.holdpoint.store.VerifyResult;

/** PDF exports read back with PDFBox's text extraction and checked against the database. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class PdfExportTest extends ExportHistoryCase {

    @BeforeParameterizedClassInvocation
    static void history(Backend kind) {
        open(kind, 120);
    }

    private static String text(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(document).replace("\r\n", "\n");
        }
    }

    private static String sortedText(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replace("\r\n", "\n");
        }
    }

    private static int pages(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return document.getNumberOfPages();
        }
    }

    @Test
    void sessionReportHasHeaderDeviationsAddendumSignatureHashAndIntegrity() throws IOException {
        SessionDetail detail = new SessionDetailLoader(history.store, history.catalog, SealedTotals.TOLERANCE)
                .load(history.awkwardId).orElseThrow();
        SessionRecord s = detail.session();
        VerifyResult verified = history.store.verify();
        Path file = out.resolve("session.pdf");
        SessionReportPdf.write(detail, Optional.of(SessionIntegrity.of(verified, s.id())), ZoneOffset.UTC, file);
        String text = text(file);
        assertThat(text).contains("Session report: session " + s.id(), "Clinic kiosk kiosk-3",
                "Therapist " + ExportHistory.AWKWARD_THERAPIST, "Protocol " + s.protocolId() + " version "
                        + s.protocolVersion(), "Protocol SHA-256 " + s.protocolSha256(),
                "Client reference " + ExportHistory.FORMULA_CLIENT, "Side left", "Started 2026-06-02 10:00:00 +00:00",
                "Status ended-early, sealed", "Consent given", "Before 7 / 10", "After 4 / 10");
        assertThat(text).contains("Phase 1 ", ": SKIPPED, SHORTENED (planned", "Phase 2 ", ": SHORTENED (planned",
                "ENDED_EARLY: reason \"" + ExportHistory.END_REASON + "\"", "Paused 20s in total (phase 1 20s)",
                "NOT_REACHED: ");
        assertThat(text).contains(ExportHistory.ADDENDUM, "Addendum hash " + history.store.addenda(s.id()).get(0).hash());
        assertThat(text).contains("Signed by " + ExportHistory.AWKWARD_THERAPIST, "Signed at 2026-06-02 10:02:00",
                "Seal hash " + s.sealHash().orElseThrow(), "Integrity verified: the whole record verified",
                "Reviewed by (name, signature, date)", "Page 1 of " + pages(file));
        assertThat(text).as("CJK from the fallback font; a glyph no font has is named and listed")
                .contains("Ölbad danach – 痛み [U+1F642] ok").doesNotContain("?");
        assertThat(text.replace("\n", " ")).contains("shown as their Unicode numbers in brackets: U+1F642.");
    }

    @Test
    void integrityLineSaysWhatFailsForThatSession() {
        VerifyResult broken = new VerifyResult(3, 10, 0, 1, "h", Optional.of("session 7, event 4: its content does"
                + " not match its hash"));
        assertThat(SessionIntegrity.of(broken, 7).state()).isEqualTo(SessionIntegrity.State.FAILED);
        assertThat(SessionIntegrity.of(broken, 7).line()).isEqualTo("FAILS verification: session 7, event 4: its"
                + " content does not match its hash");
        assertThat(SessionIntegrity.of(broken, 70).state()).isEqualTo(SessionIntegrity.State.UNCHECKED);
        assertThat(SessionIntegrity.of(broken, 70).line()).startsWith("not verified: verify stopped at another");
    }

    @Test
    void integrityLineInGermanKeepsTheVerifiersOwnWords() {
        ReportText german = ReportText.of(Locale.GERMAN);
        VerifyResult whole = new VerifyResult(3, 10, 0, 1, "h", Optional.empty());
        assertThat(SessionIntegrity.of(whole, 2).line()).isEqualTo("verified: the whole record verified (3 sessions,"
                + " 10 events); session chain head h");
        assertThat(SessionIntegrity.of(whole, 2).line(german)).isEqualTo("geprüft: die gesamte Aufzeichnung ist"
                + " verifiziert (3 Sitzungen, 10 Ereignisse); Kopf der Sitzungskette h");
        VerifyResult broken = new VerifyResult(3, 10, 0, 1, "h", Optional.of("session 7, event 4: its content does"
                + " not match its hash"));
        assertThat(SessionIntegrity.of(broken, 70).line(german)).isEqualTo("nicht geprüft: die Verifizierung hielt"
                + " zuerst bei einem anderen Problem an: session 7, event 4: its content does not match its hash");
    }

    @Test
    void longTablesBreakAcrossPagesRepeatingTheirHeader() throws IOException {
        Path file = out.resolve("long.pdf");
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            rows.add(new String[] {"row " + i, "value " + i});
        }
        ExportFile.write(file, stream -> {
            try (PdfDoc pdf = new PdfDoc("footer")) {
                pdf.table(new float[] {1, 1}, new String[] {"First column", "Second"}, rows,
                        Collections.nCopies(rows.size(), false));
                pdf.save(stream);
            }
        });
        String text = text(file);
        int pages = pages(file);
        assertThat(pages).isGreaterThan(2);
        assertThat(text.split("First column Second", -1)).hasSize(pages + 1);
        assertThat(text).contains("row 0 value 0", "row 149 value 149", "Page " + pages + " of " + pages);
    }

    @Test
    void summaryPdfShowsTheStoresNumbersAndAChart() throws IOException {
        ZoneId zone = ZoneId.of("Europe/Berlin");
        PeriodSummary summary = history.store.summarize(AuditFilter.all(), SealedTotals.TOLERANCE, zone);
        Path file = out.resolve("summary.pdf");
        PeriodSummaryPdf.write(summary, file);
        String text = text(file);
        assertThat(text).contains("Period summary", "Sessions all sessions", "per month (days in Europe/Berlin)",
                "a phase ended more than 1s before its planned time");
        assertThat(text).contains(String.join(" ", PeriodSummaryPdf.row("All", summary.total())));
        for (PeriodSummary.Group group : summary.byTherapist()) {
            assertThat(text).contains(String.join(" ", PeriodSummaryPdf.row(group.name(), group.counts())));
        }
        String byPosition = sortedText(file);
        for (PeriodSummary.Group group : summary.byProtocol()) {
            // A long protocol id may wrap in its cell (after a hyphen): its numbers follow its first line.
            String[] row = PeriodSummaryPdf.row(group.name(), group.counts());
            assertThat(byPosition).containsPattern(Pattern.quote(group.name().substring(0, 10)) + "\\S* "
                    + Pattern.quote(String.join(" ", Arrays.copyOfRange(row, 1, row.length))));
        }
        // The awkward session is the only one of its therapist: its numbers are known without the store.
        assertThat(text).contains(ExportHistory.AWKWARD_THERAPIST + " 1 0 0.0 % 1 100.0 % 1 -3.00 (1)");
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            int images = 0;
            for (var page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        assertThat(image.getWidth()).isGreaterThan(1000);
                        images++;
                    }
                }
            }
            assertThat(images).as("the chart").isEqualTo(1);
        }
    }

    @Test
    void anEmptySummaryWritesNoFile() throws IOException {
        PeriodSummary none = history.store.summarize(AuditFilter.all().withTherapist("Nobody"), SealedTotals.TOLERANCE,
                ZoneOffset.UTC);
        Path file = out.resolve("none.pdf");
        assertThatThrownBy(() -> PeriodSummaryPdf.write(none, file)).isInstanceOf(NothingToExport.class)
                .hasMessage("no sessions match: therapist Nobody");
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void aFailureHalfWayLeavesNoFileAndKeepsAnOldOne() throws IOException {
        Path fresh = out.resolve("fresh.csv");
        assertThatThrownBy(() -> ExportFile.write(fresh, stream -> {
            stream.write("half".getBytes());
            throw new IOException("disk full");
        })).isInstanceOf(ExportException.class).hasMessage("cannot write " + fresh + ": disk full");
        Path old = out.resolve("old.csv");
        Files.writeString(old, "previous export");
        assertThatThrownBy(() -> ExportFile.write(old, stream -> {
            stream.write("half".getBytes());
            throw new IllegalStateException("database gone");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(Files.readString(old)).isEqualTo("previous export");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).containsExactly(old);
        }
    }

    @Test
    void aTamperedSessionsReportSaysItFails() throws Exception {
        SessionDetailLoader details = new SessionDetailLoader(history.store, history.catalog, SealedTotals.TOLERANCE);
        long victim = history.awkwardId;
        try (Connection c = history.database.connect(); Statement sql = c.createStatement()) {
            sql.execute(backend.dropTrigger("session_event_append_only", "session_event"));
            sql.execute("UPDATE session_event SET detail = 'edited' WHERE session_id = " + victim + " AND seq = 0");
        }
        try {
            Path file = out.resolve("tampered.pdf");
            SessionReportPdf.write(details.load(victim).orElseThrow(),
                    Optional.of(SessionIntegrity.of(history.store.verify(), victim)), ZoneOffset.UTC, file);
            assertThat(text(file)).contains("Integrity FAILS verification: session " + victim + ", event 0");
        } finally {
            try (Connection c = history.database.connect(); Statement sql = c.createStatement()) {
                sql.execute("UPDATE session_event SET detail = '' WHERE session_id = " + victim + " AND seq = 0");
                sql.execute(backend.appendOnlyTrigger("session_event_append_only", "session_event"));
            }
        }
    }
}
