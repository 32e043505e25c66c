package app.holdpoint.bench;

import static app.holdpoint.bench.Measure.pct;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import app.holdpoint.protocol.load.ProtocolLibrary;
import app.holdpoint.store.AuditFilter;
import app.holdpoint.store.AuditPage;
import app.holdpoint.store.AuditSort;
import app.holdpoint.store.Database;
import app.holdpoint.store.JdbcSessionStore;
import app.holdpoint.store.SessionStatus;
import app.holdpoint.store.StoreConfig;
import app.holdpoint.demo.DemoClock;
import app.holdpoint.demo.DemoHistory;
import app.holdpoint.demo.DemoTherapists;
import app.holdpoint.ui.audit.ScrollProbe;

/**
 * The audit workspace's sessions list at scale, through the calls its table model makes
 * ({@code store.audit(filter, sort, after, 100)} and {@code store.auditCount}): first page, each filter, each
 * sort, a deep page, the count; then the Swing side, 50 pages scrolled through the real table model.
 *
 * <p>The history: {@code --real R} sessions written by demo-data with few events (real, verifiable sessions),
 * then, when {@code --sessions N} is more, copies of those session rows made by plain SQL (kiosk id
 * {@code bench-replica}, start times shifted, no events, not in the seal chain) up to N rows. The copies exist
 * only to give the list queries N rows to search; verify fails on such a file, which is never a clinic's.
 *
 * <p>Arguments: {@code [--sessions N] [--real R] [--data DIR] [--runs K]}; the history in DIR is reused.
 */
public final class AuditListBenchmark {
    private static final String REPLICA = "bench-replica";
    private static final int PAGE = 100;

    private final int sessions;
    private final int real;
    private final Path data;
    private final int runs;

    private AuditListBenchmark(int sessions, int real, Path data, int runs) {
        this.sessions = sessions;
        this.real = real;
        this.data = data;
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        int sessions = 1_000_000;
        int real = 20_000;
        Path data = Path.of("target", "bench-audit-list");
        int runs = 15;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--sessions" -> sessions = Integer.parseInt(args[i + 1]);
                case "--real" -> real = Integer.parseInt(args[i + 1]);
                case "--data" -> data = Path.of(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        new AuditListBenchmark(sessions, real, data, runs).run();
        System.exit(0);
    }

    private void run() throws Exception {
        DemoClock clock = new DemoClock();
        Database database = Database.open(data, Optional.empty());
        try (JdbcSessionStore store = new JdbcSessionStore(database, StoreConfig.defaults("bench").withClock(clock));
             Connection plain = database.connect()) {
            long have = count(plain, "SELECT COUNT(*) FROM therapy_session WHERE kiosk_id <> '" + REPLICA + "'");
            if (have < real) {
                long t0 = System.nanoTime();
                DemoHistory.Written written = new DemoHistory(store, ProtocolLibrary.load(Path.of("protocols"))
                        .protocols(), new DemoTherapists(store), clock).withFewEvents()
                        .generate((int) (real - have), 1 + have, Instant.parse("2026-11-01T00:00:00Z"), done -> { });
                System.out.printf("built %d real sessions (%d events) with demo-data --events few in %.0f s%n",
                        written.sessions(), written.events(), (System.nanoTime() - t0) / 1e9);
                have += written.sessions();
            }
            replicate(plain, have);
            System.out.printf("history: %d sessions (%d written through the store, %d row copies), %d events%n",
                    count(plain, "SELECT COUNT(*) FROM therapy_session"), have,
                    count(plain, "SELECT COUNT(*) FROM therapy_session WHERE kiosk_id = '" + REPLICA + "'"),
                    count(plain, "SELECT COUNT(*) FROM session_event"));
            queries(store);
            ExecutorService reads = Executors.newSingleThreadExecutor();
            long[] edt = ScrollProbe.scroll(store, reads, 50);
            reads.shutdownNow();
            System.out.printf("%-58s median %7.2f ms  p95 %7.2f ms  max %7.2f ms%n",
                    "Swing: EDT time per page, 50 pages scrolled (append+paint)", pct(edt, 50), pct(edt, 95),
                    pct(edt, 100));
        }
    }

    /** Copies the real session rows (shifted in time, out of the seal chain) until there are N rows. */
    private void replicate(Connection c, long realRows) throws SQLException {
        long total = count(c, "SELECT COUNT(*) FROM therapy_session");
        if (total >= sessions || realRows == 0) {
            return;
        }
        long t0 = System.nanoTime();
        String columns = "therapist_id, client_ref, side, protocol_version_id, protocol_id, kiosk_id, status,"
                + " started_at, ended_at, pain_before, pain_after, screening, override_reason, override_by, consent,"
                + " note, signed_by, signed_at, planned_ms, actual_ms, skipped, shortened, extended, capped,"
                + " deviations, event_count, last_event_hash, header_hash, seal_seq, prev_seal_hash, seal_hash";
        String copied = columns.replace("kiosk_id,", "'" + REPLICA + "',")
                .replace(" started_at,", " DATEADD('SECOND', ?, started_at),")
                .replace(" ended_at,", " DATEADD('SECOND', ?, ended_at),")
                .replace(" seal_seq,", " NULL,");
        int copy = (int) (count(c, "SELECT COUNT(*) FROM therapy_session WHERE kiosk_id = '" + REPLICA + "'")
                / realRows) + 1;
        c.setAutoCommit(false);
        while (total < sessions) {
            long rows = Math.min(realRows, sessions - total);
            // Session numbers are MAX(id) + 1 (not an identity): the copies take numbers after the highest.
            long highest = count(c, "SELECT MAX(id) FROM therapy_session");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO therapy_session (id, " + columns
                    + ") SELECT id + " + highest + ", " + copied + " FROM therapy_session WHERE kiosk_id <> '"
                    + REPLICA + "' ORDER BY id FETCH FIRST " + rows + " ROWS ONLY")) {
                // Each copy a little earlier (under a day, an odd number of seconds), so copies interleave.
                insert.setLong(1, -copy * 3_607L % 86_400);
                insert.setLong(2, -copy * 3_607L % 86_400);
                total += insert.executeUpdate();
            }
            c.commit();
            copy++;
            System.err.printf("  %d rows%n", total);
        }
        c.setAutoCommit(true);
        try (Statement analyze = c.createStatement()) {
            analyze.execute("ANALYZE");
        }
        System.out.printf("copied session rows up to %d in %.0f s%n", total, (System.nanoTime() - t0) / 1e9);
    }

    private void queries(JdbcSessionStore store) {
        List<String> therapists = store.therapists().stream().map(t -> t.name()).toList();
        List<String> protocols = store.protocolIds();
        Instant now = Instant.parse("2026-11-01T00:00:00Z");
        AuditFilter all = AuditFilter.all();
        List<Object[]> cases = new ArrayList<>();
        cases.add(new Object[] {"first page, no filter, newest first", all, AuditSort.newestFirst()});
        cases.add(new Object[] {"filter: therapist", all.withTherapist(therapists.get(2)), AuditSort.newestFirst()});
        cases.add(new Object[] {"filter: protocol", new AuditFilter(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(protocols.get(protocols.size() / 2)), Optional.empty(), false),
                AuditSort.newestFirst()});
        cases.add(new Object[] {"filter: status completed", all.withStatus(SessionStatus.COMPLETED),
                AuditSort.newestFirst()});
        cases.add(new Object[] {"filter: status interrupted (rare)", all.withStatus(SessionStatus.INTERRUPTED),
                AuditSort.newestFirst()});
        cases.add(new Object[] {"filter: deviations only", new AuditFilter(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), true), AuditSort.newestFirst()});
        cases.add(new Object[] {"filter: last 30 days", new AuditFilter(Optional.of(now.minus(30, ChronoUnit.DAYS)),
                Optional.of(now), Optional.empty(), Optional.empty(), Optional.empty(), false),
                AuditSort.newestFirst()});
        cases.add(new Object[] {"filter: a year ago, 30 days", new AuditFilter(Optional.of(now.minus(395,
                ChronoUnit.DAYS)), Optional.of(now.minus(365, ChronoUnit.DAYS)), Optional.empty(), Optional.empty(),
                Optional.empty(), false), AuditSort.newestFirst()});
        cases.add(new Object[] {"filter: therapist + completed + deviations", new AuditFilter(Optional.empty(),
                Optional.empty(), Optional.of(therapists.get(2)), Optional.empty(),
                Optional.of(SessionStatus.COMPLETED), true), AuditSort.newestFirst()});
        for (AuditSort.Column column : AuditSort.Column.values()) {
            for (boolean reversed : new boolean[] {false, true}) {
                cases.add(new Object[] {"sort: " + column + (reversed ? " reversed" : ""), all,
                        new AuditSort(column, reversed)});
            }
        }
        cases.add(new Object[] {"sort: THERAPIST, filter status completed", all.withStatus(SessionStatus.COMPLETED),
                new AuditSort(AuditSort.Column.THERAPIST, false)});
        cases.add(new Object[] {"sort: CLIENT, filter therapist", all.withTherapist(therapists.get(2)),
                new AuditSort(AuditSort.Column.CLIENT, false)});
        System.out.printf("%-58s (page of %d rows, %d runs each; goal 100 ms)%n", "list query", PAGE, runs);
        for (Object[] c : cases) {
            AuditFilter filter = (AuditFilter) c[1];
            AuditSort sort = (AuditSort) c[2];
            report((String) c[0], time(() -> store.audit(filter, sort, Optional.empty(), PAGE)));
        }
        for (AuditSort sort : List.of(AuditSort.newestFirst(), new AuditSort(AuditSort.Column.CLIENT, false),
                new AuditSort(AuditSort.Column.THERAPIST, true))) {
            AuditPage page = store.audit(all, sort, Optional.empty(), PAGE);
            for (int i = 0; i < 200 && page.next().isPresent(); i++) {
                page = store.audit(all, sort, page.next(), PAGE);
            }
            Optional<AuditPage.Key> deep = page.next();
            report("deep page 202 (row 20 100), sort " + sort.column() + (sort.reversed() ? " reversed" : ""),
                    time(() -> store.audit(all, sort, deep, PAGE)));
        }
        report("count: all sessions", time(() -> store.auditCount(all)));
        report("count: therapist", time(() -> store.auditCount(all.withTherapist(therapists.get(2)))));
        report("count: deviations only", time(() -> store.auditCount(new AuditFilter(Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true))));
    }

    private long[] time(Supplier<Object> work) {
        work.get(); // warm-up
        return Measure.time(runs, work::get);
    }

    private static void report(String what, long[] nanos) {
        System.out.printf("%-58s median %7.2f ms  p95 %7.2f ms  max %7.2f ms%n", what, pct(nanos, 50), pct(nanos, 95),
                pct(nanos, 100));
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
