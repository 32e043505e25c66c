package app.holdpoint.cli;

import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import app.holdpoint.audit.ListFormat;
import app.holdpoint.audit.SessionDetail;
import app.holdpoint.audit.SessionDetailText;
import app.holdpoint.audit.SessionListWriter;
import app.holdpoint.protocol.load.CatalogLoader;
import app.holdpoint.store.AuditFilter;
import app.holdpoint.store.SessionStatus;
import app.holdpoint.store.SessionStore;
import app.holdpoint.store.Stores;
import app.holdpoint.store.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Lists sessions, newest first, with planned vs actual totals and deviation counts.",
                "One row per session: planned and actual totals and counts of skipped, shortened, extended and",
                "capped phases. Dates are local to this computer; --to includes the whole day."},
        subcommands = AuditCommand.Show.class)
final class AuditCommand implements Callable<Integer> {

    @ParentCommand
    HoldpointCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "DATE", description = "Sessions started on or after this date (2026-03-02).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Sessions started on or before this date.")
    String to;

    @Option(names = "--therapist", paramLabel = "NAME")
    String therapist;

    @Option(names = "--protocol", paramLabel = "ID")
    String protocol;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "completed, ended-early, interrupted or running.")
    String status;

    @Option(names = "--deviations", description = "Only sessions with a deviation from the plan.")
    boolean deviations;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, csv or json.")
    String format;

    @Option(names = "--limit", paramLabel = "N", description = "At most N sessions (default: all).")
    Integer limit;

    @Override
    public Integer call() {
        ZoneId zone = ZoneId.systemDefault();
        ListFormat listFormat = ListFormat.parse(format).orElseThrow(() -> new UserError(
                "--format must be table, csv or json, got '" + format + "'", 2));
        Optional<Instant> start = Optional.ofNullable(from).map(text -> date("--from", text, zone, false));
        Optional<Instant> end = Optional.ofNullable(to).map(text -> date("--to", text, zone, true));
        if (start.isPresent() && end.isPresent() && !start.get().isBefore(end.get())) {
            throw new UserError("--from " + from + " is after --to " + to, 2);
        }
        Optional<SessionStatus> wanted = Optional.ofNullable(status).map(word -> SessionStatus.parse(word)
                .orElseThrow(() -> new UserError("--status must be completed, ended-early, interrupted or running,"
                        + " got '" + word + "'", 2)));
        if (limit != null && limit < 1) {
            throw new UserError("--limit must be at least 1", 2);
        }
        AuditFilter filter = new AuditFilter(start, end, Optional.ofNullable(therapist), Optional.ofNullable(protocol),
                wanted, deviations);
        PrintWriter out = spec.commandLine().getOut();
        try (Stores.Opened opened = StoreAccess.open(root, spec.commandLine().getErr())) {
            SessionStore store = opened.store();
            checkKnown(store);
            try (SessionListWriter writer = SessionListWriter.of(listFormat, out, zone)) {
                long[] left = {limit == null ? Long.MAX_VALUE : limit};
                store.auditEach(filter, row -> {
                    if (left[0]-- > 0) {
                        writer.row(row);
                    }
                });
            }
        }
        return 0;
    }

    /** Unknown names are mistakes worth a clear line, not an empty list. */
    private void checkKnown(SessionStore store) {
        if (therapist != null && store.therapist(therapist).isEmpty()) {
            throw new UserError("no therapist named '" + therapist + "' (see: therapist list)");
        }
        if (protocol != null) {
            List<String> known = store.protocolIds();
            if (!known.contains(protocol)) {
                throw new UserError("no session ran a protocol with id '" + protocol + "'"
                        + (known.isEmpty() ? "" : "; recorded: " + String.join(", ", known)));
            }
        }
    }

    /** A date (the start of that day, or of the next for an inclusive end) or an exact ISO instant. */
    static Instant date(String option, String text, ZoneId zone, boolean endOfDay) {
        try {
            if (text.contains("T")) {
                return Instant.parse(text);
            }
            LocalDate day = LocalDate.parse(text);
            return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
        } catch (DateTimeException e) {
            throw new UserError(option + " must be a date like 2026-03-02 (or an instant like "
                    + "2026-03-02T09:00:00Z), got '" + text + "'", 2);
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "One session: header, phase by phase planned vs actual, every event and addendum.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        AuditCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The session's number, as audit lists it.")
        String id;

        @Option(names = "--tolerance", paramLabel = "SECONDS", defaultValue = "1",
                description = "How much shorter than planned a phase may end before it counts as shortened.")
        int toleranceSeconds;

        @Override
        public Integer call() {
            long sessionId;
            try {
                sessionId = Long.parseLong(id.strip());
            } catch (NumberFormatException e) {
                throw new UserError("a session ID is a number, like 42; got '" + id + "'", 2);
            }
            if (toleranceSeconds < 0) {
                throw new UserError("--tolerance must be 0 or more seconds", 2);
            }
            Duration tolerance = toleranceSeconds == Summary.TOLERANCE.toSeconds() ? Summary.TOLERANCE
                    : Duration.ofSeconds(toleranceSeconds);
            try (Stores.Opened opened = StoreAccess.open(parent.root, spec.commandLine().getErr())) {
                SessionDetail detail = SessionDetail.load(opened.store(),
                        CatalogLoader.load(parent.root.settings().protocols()).catalog(), sessionId, tolerance)
                        .orElseThrow(() -> new UserError("no session " + sessionId));
                new SessionDetailText(ZoneId.systemDefault()).print(detail, spec.commandLine().getOut());
            }
            return 0;
        }
    }
}
