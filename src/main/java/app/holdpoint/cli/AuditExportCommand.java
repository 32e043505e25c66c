package app.holdpoint.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import app.holdpoint.audit.SessionDetail;
import app.holdpoint.audit.SessionDetailLoader;
import app.holdpoint.audit.SessionIntegrity;
import app.holdpoint.audit.export.ExportException;
import app.holdpoint.audit.export.PeriodSummaryPdf;
import app.holdpoint.audit.export.CsvForm;
import app.holdpoint.audit.export.PhasesCsv;
import app.holdpoint.audit.export.SessionReportPdf;
import app.holdpoint.audit.export.SessionsCsv;
import app.holdpoint.protocol.Catalog;
import app.holdpoint.protocol.load.CatalogLoader;
import app.holdpoint.store.AuditFilter;
import app.holdpoint.store.SessionStore;
import app.holdpoint.store.Stores;
import app.holdpoint.store.SealedTotals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true)
final class AuditExportCommand implements Callable<Integer> {
    @ParentCommand
    AuditCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    AuditFilterOptions filters;

    @Option(names = "--format", paramLabel = "FORMAT", required = true)
    String format;

    @Option(names = "--out", paramLabel = "FILE", required = true)
    String out;

    @Option(names = "--rows", paramLabel = "ROWS")
    String rows;

    @Option(names = "--session", paramLabel = "ID")
    String session;

    @Option(names = "--tolerance", paramLabel = "SECONDS")
    Integer toleranceSeconds;

    @Option(names = "--excel")
    boolean excel;

    @Option(names = "--no-verify")
    boolean noVerify;

    @Override
    public Integer call() {
        ZoneId zone = ZoneId.systemDefault();
        String kind = format.toLowerCase(Locale.ROOT);
        if (!kind.equals("csv") && !kind.equals("pdf")) {
            throw new UserError(words().get("export.format", format), 2);
        }
        if (excel && !kind.equals("csv")) {
            throw new UserError(words().get("export.excel"), 2);
        }
        CsvForm form = excel ? CsvForm.EXCEL : CsvForm.PLAIN;
        Path file = path();
        Duration tolerance = tolerance();
        PrintWriter say = spec.commandLine().getOut();
        if (session != null) {
            checkSessionOptions(kind);
            long id = sessionId();
            try (Stores.Opened opened = StoreAccess.openExisting(parent.root, spec.commandLine().getErr())) {
                SessionStore store = opened.store();
                SessionDetail detail = new SessionDetailLoader(store, catalog(), tolerance).load(id)
                        .orElseThrow(() -> new UserError(words().get("export.noSession", Long.toString(id))));
                Optional<SessionIntegrity> integrity = noVerify ? Optional.empty()
                        : Optional.of(SessionIntegrity.of(store.verify(), id));
                export(() -> SessionReportPdf.write(detail, integrity, zone, file,
                        parent.root.reportWords()));
            }
            say.println(words().get("export.wroteSession", file, Long.toString(id)));
            return 0;
        }
        String rowKind = rows == null ? "sessions" : rows.toLowerCase(Locale.ROOT);
        if (!rowKind.equals("sessions") && !rowKind.equals("phases")) {
            throw new UserError(words().get("export.rows", rows), 2);
        }
        if (kind.equals("pdf") && rows != null) {
            throw new UserError(words().get("export.rowsForCsv"), 2);
        }
        if (kind.equals("csv") && rowKind.equals("sessions") && toleranceSeconds != null
                && toleranceSeconds != SealedTotals.TOLERANCE.toSeconds()) {
            throw new UserError(words().get("export.toleranceForSessions"), 2);
        }
        AuditFilter filter = filters.filter(zone, words());
        long[] written = {0};
        try (Stores.Opened opened = StoreAccess.openExisting(parent.root, spec.commandLine().getErr())) {
            SessionStore store = opened.store();
            filters.checkKnown(store, words());
            if (kind.equals("pdf")) {
                export(() -> {
                    var summary = store.summarize(filter, tolerance, zone);
                    PeriodSummaryPdf.write(summary, file, parent.root.reportWords());
                    written[0] = summary.total().sessions();
                });
            } else if (rowKind.equals("phases")) {
                SessionDetailLoader details = new SessionDetailLoader(store, catalog(), tolerance);
                export(() -> written[0] = PhasesCsv.write(store, details, filter, zone, file, form,
                        parent.root.reportWords()));
            } else {
                export(() -> written[0] = SessionsCsv.write(store, filter, zone, file, form,
                        parent.root.reportWords()));
            }
        }
        say.println(words().get(written[0] == 1 ? "export.wrote.one" : "export.wrote.many", file,
                Long.toString(written[0])));
        return 0;
    }

    private void checkSessionOptions(String kind) {
        if (!kind.equals("pdf")) {
            throw new UserError(words().get("export.sessionIsPdf"), 2);
        }
        if (filters.any() || rows != null) {
            throw new UserError(words().get("export.sessionAlone"), 2);
        }
    }

    private long sessionId() {
        try {
            return Long.parseLong(session.strip());
        } catch (NumberFormatException e) {
            throw new UserError(words().get("export.sessionId", session), 2);
        }
    }

    private Path path() {
        try {
            return Path.of(out);
        } catch (InvalidPathException e) {
            throw new UserError(words().get("export.badFileName", out), 2);
        }
    }

    private Duration tolerance() {
        if (toleranceSeconds == null) {
            return SealedTotals.TOLERANCE;
        }
        if (toleranceSeconds < 0) {
            throw new UserError(words().get("export.tolerance"), 2);
        }
        return Duration.ofSeconds(toleranceSeconds);
    }

    private CliText words() {
        return parent.root.words();
    }

    private Catalog catalog() {
        return CatalogLoader.load(parent.root.settings().protocols()).catalog();
    }

    /** Export failures are one line; the exporters have already removed any partial file. */
    private static void export(Runnable work) {
        try {
            work.run();
        } catch (ExportException e) {
            throw new UserError(e.getMessage(), e);
        }
    }
}
