package app.holdpoint.ui.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;


import app.holdpoint.audit.ReportText;
import app.holdpoint.audit.SessionDetail;
import app.holdpoint.audit.SessionIntegrity;
import app.holdpoint.audit.export.CsvForm;
import app.holdpoint.audit.export.ExportException;
import app.holdpoint.audit.export.PeriodSummaryPdf;
import app.holdpoint.audit.export.SessionReportPdf;
import app.holdpoint.audit.export.SessionsCsv;
import app.holdpoint.protocol.Catalog;
import app.holdpoint.store.AuditFilter;
import app.holdpoint.store.AuditReader;
import app.holdpoint.store.VerifyResult;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.common.Background;
import app.holdpoint.ui.common.FailureText;

/**
 * The workspace's exports, written off the EDT by the exporters of {@code audit export} into an exports folder
 * (named by what and when, never overwriting), each ending in a sentence for the screen: where the file is, or
 * why there is none (no session matches, the folder cannot be written). The exporters leave no partial file.
 */
final class Exports {

    private final AuditReader store;
    private final Catalog catalog;
    private final Text text;
    private final Executor reads;
    private final Clock clock;
    private final Path folder;
    private final DateTimeFormatter stamp;

    Exports(AuditReader store, Catalog catalog, Text text, Executor reads, Clock clock, Path folder) {
        this.store = store;
        this.catalog = catalog;
        this.text = text;
        this.reads = reads;
        this.clock = clock;
        this.folder = folder;
        this.stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(clock.getZone());
    }

    Path folder() {
        return folder;
    }

    void sessionsCsv(AuditFilter filter, Consumer<String> done) {
        sessionsCsv(filter, CsvForm.PLAIN, done);
    }

    /** {@code form}: plain RFC 4180 for tools, or for Excel (UTF-8 with a byte-order mark, "-excel" in the name). */
    void sessionsCsv(AuditFilter filter, CsvForm form, Consumer<String> done) {
        run(form == CsvForm.EXCEL ? "sessions-excel" : "sessions", "csv", done, out -> text.get("audit.export.csv",
                SessionsCsv.write(store, filter, clock.getZone(), out, form, reportWords()), out));
    }

    void summaryPdf(AuditFilter filter, Duration tolerance, Consumer<String> done) {
        run("summary", "pdf", done, out -> {
            PeriodSummaryPdf.write(store.summarize(filter, tolerance, clock.getZone()), out, reportWords());
            return text.get("audit.export.pdf", out);
        });
    }

    void sessionPdf(long sessionId, Duration tolerance, Optional<VerifyResult> verified, Consumer<String> done) {
        run("session-" + sessionId, "pdf", done, out -> {
            SessionDetail detail = SessionDetail.load(store, catalog, sessionId, tolerance).orElseThrow(
                    () -> new ExportException(text.get("audit.detail.missing", sessionId)));
            SessionReportPdf.write(detail, verified.map(r -> SessionIntegrity.of(r, sessionId)), clock.getZone(),
                    out, reportWords());
            return text.get("audit.export.pdf", out);
        });
    }

    /** The reports speak the kiosk's language (its Settings choice), as its screens do. */
    private ReportText reportWords() {
        return ReportText.of(text.locale());
    }

    private interface Job {
        String write(Path out);
    }

    private void run(String what, String extension, Consumer<String> done, Job job) {
        Background.on(reads).supply(() -> {
            Files.createDirectories(folder);
            Path out = folder.resolve(what + "-" + stamp.format(clock.instant()) + "." + extension);
            for (int n = 2; Files.exists(out); n++) {
                out = folder.resolve(what + "-" + stamp.format(clock.instant()) + "-" + n + "." + extension);
            }
            return job.write(out);
        }).logAs("export failed").onSuccess(done)
                .onFailureCause(failed -> done.accept(text.get("audit.export.failed", reason(failed)))).start();
    }

    /** An export's own failure is already in the kiosk's language (the reports' words); anything else is worded. */
    private String reason(Throwable failed) {
        return failed instanceof ExportException export && export.getMessage() != null ? export.getMessage()
                : FailureText.reason(failed, text);
    }
}
