package app.holdpoint.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.Callable;

import app.holdpoint.audit.ListFormat;
import app.holdpoint.audit.ReportText;
import app.holdpoint.audit.SessionDetail;
import app.holdpoint.audit.SessionDetailText;
import app.holdpoint.audit.SessionListWriter;
import app.holdpoint.protocol.load.CatalogLoader;
import app.holdpoint.store.AuditFilter;
import app.holdpoint.store.SessionStore;
import app.holdpoint.store.Stores;
import app.holdpoint.store.SealedTotals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "audit", mixinStandardHelpOptions = true,
        subcommands = {AuditCommand.Show.class, AuditExportCommand.class})
final class AuditCommand implements Callable<Integer> {

    @ParentCommand
    HoldpointCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    AuditFilterOptions filters;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table")
    String format;

    @Option(names = "--limit", paramLabel = "N")
    Integer limit;

    @Option(names = "--excel")
    boolean excel;

    @Override
    public Integer call() {
        ZoneId zone = ZoneId.systemDefault();
        CliText words = root.words();
        ListFormat listFormat = ListFormat.parse(format).orElseThrow(() -> new UserError(
                words.get("audit.format", format), 2));
        if (excel && listFormat != ListFormat.CSV) {
            throw new UserError(words.get("export.excel"), 2);
        }
        AuditFilter filter = filters.filter(zone, words);
        if (limit != null && limit < 1) {
            throw new UserError(words.get("audit.limit"), 2);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Stores.Opened opened = StoreAccess.openExisting(root, spec.commandLine().getErr())) {
            SessionStore store = opened.store();
            filters.checkKnown(store, words);
            // Closed (the count line, the closing bracket) only when the read succeeded: a record that fails to
            // read must not seem to hold "0 sessions".
            SessionListWriter writer = SessionListWriter.of(listFormat, out, zone, excel, root.reportWords());
            long[] left = {limit == null ? Long.MAX_VALUE : limit};
            store.auditEach(filter, row -> {
                if (left[0]-- > 0) {
                    writer.row(row);
                }
            });
            writer.close();
        }
        return 0;
    }

    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show implements Callable<Integer> {
        @ParentCommand
        AuditCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", descriptionKey = "id")
        String id;

        @Option(names = "--tolerance", paramLabel = "SECONDS", defaultValue = "1")
        int toleranceSeconds;

        @Override
        public Integer call() {
            long sessionId;
            CliText words = parent.root.words();
            try {
                sessionId = Long.parseLong(id.strip());
            } catch (NumberFormatException e) {
                throw new UserError(words.get("export.sessionId", id), 2);
            }
            if (toleranceSeconds < 0) {
                throw new UserError(words.get("export.tolerance"), 2);
            }
            Duration tolerance = toleranceSeconds == SealedTotals.TOLERANCE.toSeconds() ? SealedTotals.TOLERANCE
                    : Duration.ofSeconds(toleranceSeconds);
            try (Stores.Opened opened = StoreAccess.openExisting(parent.root, spec.commandLine().getErr())) {
                SessionDetail detail = SessionDetail.load(opened.store(),
                        CatalogLoader.load(parent.root.settings().protocols()).catalog(), sessionId, tolerance)
                        .orElseThrow(() -> new UserError(words.get("audit.noSession", Long.toString(sessionId))));
                ReportText reportWords = parent.root.reportWords();
                new SessionDetailText(ZoneId.systemDefault(), reportWords).print(detail, opened.store()
                        .clockNotice(sessionId).map(notice -> notice.worded(reportWords::get)), spec.commandLine().getOut());
            }
            return 0;
        }
    }
}
