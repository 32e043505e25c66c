package app.holdpoint.audit.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

import app.holdpoint.audit.SessionDetailLoader;
import app.holdpoint.audit.SessionIntegrity;
import app.holdpoint.store.AuditFilter;
import app.holdpoint.store.SealedTotals;

/**
 * Test-scope main: writes a session report and a period summary from a demo history and renders every page to
 * PNG, to look at. Usage: ExportShots [folder] (default /tmp/a1-shots).
 */
public final class ExportShots {
    private ExportShots() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "/tmp/a1-shots");
        Files.createDirectories(folder);
        Path data = Files.createTempDirectory("a1-shots-data");
        try (ExportHistory history = new ExportHistory(data, 300)) {
            ZoneId zone = ZoneId.of("Europe/Berlin");
            SessionDetailLoader details = new SessionDetailLoader(history.store, history.catalog,
                    SealedTotals.TOLERANCE);
            Path session = folder.resolve("session-report.pdf");
            SessionReportPdf.write(details.load(history.awkwardId).orElseThrow(),
                    Optional.of(SessionIntegrity.of(history.store.verify(), history.awkwardId)), zone, session);
            Path summary = folder.resolve("period-summary.pdf");
            PeriodSummaryPdf.write(history.store.summarize(AuditFilter.all(), SealedTotals.TOLERANCE, zone), summary);
            Path quarter = folder.resolve("period-summary-quarter.pdf");
            PeriodSummaryPdf.write(history.store.summarize(new AuditFilter(
                    Optional.of(Instant.parse("2026-03-01T00:00:00Z")),
                    Optional.of(Instant.parse("2026-06-01T00:00:00Z")), Optional.empty(), Optional.empty(),
                    Optional.empty(), false), SealedTotals.TOLERANCE, zone), quarter);
            for (Path pdf : new Path[] {session, summary, quarter}) {
                render(pdf);
            }
        }
    }

    static void render(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 110);
                String name = pdf.getFileName().toString().replace(".pdf", "-p" + (page + 1) + ".png");
                ImageIO.write(image, "png", pdf.resolveSibling(name).toFile());
            }
        }
    }
}
