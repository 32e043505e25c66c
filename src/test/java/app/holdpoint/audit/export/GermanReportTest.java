package app.holdpoint.audit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.audit.ReportText;
import app.holdpoint.audit.SessionDetail;
import app.holdpoint.audit.SessionDetailLoader;
import app.holdpoint.audit.SessionIntegrity;
import app.holdpoint.audit.chart.SummaryChart;
import app.holdpoint.store.AuditFilter;
import app.holdpoint.store.SealedTotals;

/** Reports exported in German (a German kiosk, or {@code audit export} on a German system) read in German. */
class GermanReportTest {
    private static final ReportText GERMAN = ReportText.of(Locale.GERMANY);

    @TempDir
    static Path data;
    @TempDir
    Path out;
    static ExportHistory history;

    @BeforeAll
    static void history() {
        history = new ExportHistory(data, 20);
    }

    @AfterAll
    static void close() {
        history.close();
    }

    @Test
    void theSessionReportIsInGermanAndTheRecordsOwnWordsStayAsRecorded() throws IOException {
        SessionDetail detail = new SessionDetailLoader(history.store, history.catalog, SealedTotals.TOLERANCE)
                .load(history.awkwardId).orElseThrow();
        Path file = out.resolve("sitzung.pdf");
        SessionReportPdf.write(detail, Optional.of(SessionIntegrity.of(history.store.verify(), detail.session().id())),
                ZoneOffset.UTC, file, GERMAN);
        String text = text(file);
        assertThat(text).contains("Sitzungsbericht: Sitzung " + detail.session().id(), "Praxis-Kiosk kiosk-3",
                "Seite links", "Status vorzeitig beendet, versiegelt", "Einwilligung erteilt", "Vorher 7 / 10",
                "Geplant und tatsächlich", "Tatsächlich", "Abweichungen", "übersprungen, verkürzt",
                "Unterschrift und Datensatz", "Integrität geprüft: ", "Seite 1 von ",
                "Klientenkennung " + ExportHistory.FORMULA_CLIENT);
        assertThat(text).doesNotContain("Session report", "Planned against actual", "not rated", "Page 1 of");
    }

    @Test
    void theSummaryChartHasGermanTitleAxesAndLegend() {
        var summary = history.store.summarize(AuditFilter.all(), SealedTotals.TOLERANCE, ZoneOffset.UTC);
        var chart = SummaryChart.chart(summary, GERMAN);
        var plot = chart.getCategoryPlot();
        assertThat(chart.getTitle().getText()).startsWith("Sitzungen pro ");
        assertThat(plot.getDomainAxis().getLabel()).isIn("Woche (Beginn)", "Monat");
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Sitzungen");
        assertThat(plot.getDataset().getRowKeys()).containsExactly("Sitzungen", "Abgeschlossen", "Mit Abweichung");
        var english = SummaryChart.chart(summary);
        assertThat(english.getTitle().getText()).startsWith("Sessions per ");
        assertThat(english.getCategoryPlot().getDataset().getRowKeys()).containsExactly("Sessions", "Completed",
                "With a deviation");
    }

    @Test
    void thePeriodSummaryIsInGerman() throws IOException {
        Path file = out.resolve("zeitraum.pdf");
        PeriodSummaryPdf.write(history.store.summarize(AuditFilter.all(), SealedTotals.TOLERANCE, ZoneOffset.UTC), file,
                GERMAN);
        String text = text(file);
        assertThat(text).contains("Zeitraumübersicht", "Sitzungen alle Sitzungen", "Verkürzt heißt",
                "Alle Sitzungen", "Pro Therapeut/in", "Pro Protokoll", "Abschlussquote", "Seite 1 von ");
        assertThat(text).doesNotContain("Period summary", "Per therapist", "Completion rate", "Page 1 of");
    }

    @Test
    void nothingToExportSaysSoInGerman() {
        AuditFilter none = new AuditFilter(Optional.of(Instant.parse("2001-01-01T00:00:00Z")),
                Optional.of(Instant.parse("2001-01-02T00:00:00Z")), Optional.empty(), Optional.empty(),
                Optional.empty(), false);
        assertThatThrownBy(() -> PeriodSummaryPdf.write(history.store.summarize(none, SealedTotals.TOLERANCE,
                ZoneOffset.UTC), out.resolve("leer.pdf"), GERMAN)).isInstanceOf(NothingToExport.class)
                .hasMessage("keine Sitzung passt: vom 2001-01-01 bis 2001-01-01");
    }

    @Test
    void englishIsEnglishAndAnyOtherLanguageReadsEnglish() {
        assertThat(ReportText.of(Locale.FRANCE)).isSameAs(ReportText.ENGLISH);
        assertThat(ReportText.of(Locale.forLanguageTag("de-AT")).get("pdf.page", "1", "2")).isEqualTo("Seite 1 von 2");
        assertThat(ReportText.ENGLISH.get("pdf.page", "1", "2")).isEqualTo("Page 1 of 2");
    }

    private static String text(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(document).replace("\r\n", "\n");
        }
    }
}
