package app.holdpoint.bench;

import static app.holdpoint.bench.Measure.pct;
import static app.holdpoint.bench.Measure.time;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import app.holdpoint.audit.ListFormat;
import app.holdpoint.audit.SessionDetail;
import app.holdpoint.audit.SessionListWriter;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.load.CatalogLoader;
import app.holdpoint.protocol.load.ProtocolLibrary;
import app.holdpoint.session.EventType;
import app.holdpoint.session.SessionEvent;
import app.holdpoint.store.AuditFilter;
import app.holdpoint.store.AuditPage;
import app.holdpoint.store.Database;
import app.holdpoint.store.JdbcSessionStore;
import app.holdpoint.store.NewSession;
import app.holdpoint.store.Role;
import app.holdpoint.store.SessionStatus;
import app.holdpoint.store.StoreConfig;
import app.holdpoint.store.Stores;
import app.holdpoint.store.SealedTotals;
import app.holdpoint.store.VerifyResult;
import app.holdpoint.demo.DemoClock;
import app.holdpoint.demo.DemoHistory;
import app.holdpoint.demo.DemoTherapists;

/**
 * The store at scale, each figure beside a plain H2 query over the same table in the same run:
 * event commit latency (acknowledged = committed) against a bare INSERT + COMMIT; then, on a history built
 * with demo data, a filtered audit page, {@code audit show}, verify and CSV export.
 *
 * <p>Arguments: {@code [--sessions N] [--data DIR] [--commits K] [--runs R]}. The history in DIR is reused and
 * topped up to N sessions, so a long build is paid once.
 */
public final class StoreBenchmark {
    private final int sessions;
    private final Path data;
    private final int commits;
    private final int runs;
    private final List<Protocol> protocols = ProtocolLibrary.load(Path.of("protocols")).protocols();

    private StoreBenchmark(int sessions, Path data, int commits, int runs) {
        this.sessions = sessions;
        this.data = data;
        this.commits = commits;
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        int sessions = 1_000_000;
        Path data = Path.of("target", "bench-store");
        int commits = 3_000;
        int runs = 15;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--sessions" -> sessions = Integer.parseInt(args[i + 1]);
                case "--data" -> data = Path.of(args[i + 1]);
                case "--commits" -> commits = Integer.parseInt(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        new StoreBenchmark(sessions, data, commits, runs).run();
    }

    private void run() throws Exception {
        commitLatency();
        DemoClock clock = new DemoClock();
        Database database = Database.open(data, Optional.empty());
        try (JdbcSessionStore store = new JdbcSessionStore(database, StoreConfig.defaults("bench").withClock(clock));
             Connection plain = database.connect()) {
            build(store, plain, clock);
            auditPage(store, plain);
            auditShow(store, plain);
            export(store, plain);
            verify(store, plain);
        }
    }

    /** Each append awaited before the next, as the kiosk does: submit to acknowledgement, after COMMIT. */
    private void commitLatency() throws Exception {
        Path folder = Files.createTempDirectory("holdpoint-bench-commit");
        Database database = Database.open(folder, Optional.empty());
        long[] store = new long[commits];
        try (JdbcSessionStore s = new JdbcSessionStore(database, StoreConfig.defaults("bench").withPinIterations(1000))) {
            long therapist = Stores.await(s.createTherapist("Bench", Role.THERAPIST, "1234".toCharArray())).id();
            long id = Stores.await(s.beginSession(new NewSession(therapist, "C-1", Optional.of(Side.LEFT),
                    protocols.get(0), Instant.now(), OptionalInt.of(5), List.of(), Optional.empty(), true)));
            for (int i = 0; i < commits; i++) {
                SessionEvent event = new SessionEvent(i, EventType.PAUSED, i * 1_000_000L, Instant.now(), 0, 0, 0,
                        null, "");
                long t0 = System.nanoTime();
                Stores.await(s.append(id, event));
                store[i] = System.nanoTime() - t0;
            }
        }
        long[] plain = new long[commits];
        try (Connection c = database.connect(); Statement ddl = c.createStatement()) {
            ddl.execute("CREATE TABLE plain_event (id INT PRIMARY KEY, body VARCHAR(200))");
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO plain_event VALUES (?, ?)")) {
                for (int i = 0; i < commits; i++) {
                    long t0 = System.nanoTime();
                    insert.setInt(1, i);
                    insert.setString(2, "x".repeat(150));
                    insert.executeUpdate();
                    c.commit();
                    plain[i] = System.nanoTime() - t0;
                }
            }
        }
        System.out.printf("event commit latency (%d appends, each awaited): p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                commits, pct(store, 50), pct(store, 99), pct(store, 100));
        System.out.printf("  plain H2 INSERT+COMMIT, same file settings:   p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                pct(plain, 50), pct(plain, 99), pct(plain, 100));
    }

    private void build(JdbcSessionStore store, Connection plain, DemoClock clock) throws SQLException {
        int have = (int) count(plain, "SELECT COUNT(*) FROM therapy_session");
        if (have < sessions) {
            long t0 = System.nanoTime();
            DemoHistory history = new DemoHistory(store, protocols, new DemoTherapists(store), clock);
            DemoHistory.Written written = history.generate(sessions - have, 1 + have, Instant.parse(
                    "2026-11-01T00:00:00Z"), done -> progress(done, sessions - have));
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("built %d sessions (%d events) with demo data in %.0f s: %.0f sessions/s, %.0f events/s%n",
                    written.sessions(), written.events(), s, written.sessions() / s, written.events() / s);
        }
        System.out.printf("history: %d sessions, %d events%n", count(plain, "SELECT COUNT(*) FROM therapy_session"),
                count(plain, "SELECT COUNT(*) FROM session_event"));
    }

    private void auditPage(JdbcSessionStore store, Connection plain) throws SQLException {
        AuditFilter filter = AuditFilter.all().withTherapist("Demo Chloe Martin").withStatus(SessionStatus.COMPLETED);
        long[] first = new long[runs];
        long[] deep = new long[runs];
        AuditPage page = store.audit(filter, Optional.empty(), 50);
        for (int i = 0; i < 200 && page.next().isPresent(); i++) {
            page = store.audit(filter, page.next(), 50);
        }
        Optional<AuditPage.Key> deepKey = page.next();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            store.audit(filter, Optional.empty(), 50);
            first[i] = System.nanoTime() - t0;
            t0 = System.nanoTime();
            store.audit(filter, deepKey, 50);
            deep[i] = System.nanoTime() - t0;
        }
        long[] scan = time(runs, () -> scan(plain, "SELECT * FROM therapy_session"));
        System.out.printf("audit page (therapist + status, 50 rows): first %.1f ms, page 201 %.1f ms (median of %d)%n",
                pct(first, 50), pct(deep, 50), runs);
        System.out.printf("  plain H2 full scan of therapy_session: %.0f ms%n", pct(scan, 50));
    }

    private void auditShow(JdbcSessionStore store, Connection plain) throws SQLException {
        var catalog = CatalogLoader.load(Path.of("protocols")).catalog();
        long id = count(plain, "SELECT MAX(id) FROM therapy_session") / 2;
        long[] show = time(runs, () -> SessionDetail.load(store, catalog, id, SealedTotals.TOLERANCE).orElseThrow());
        long[] scan = time(runs, () -> scan(plain, "SELECT * FROM session_event WHERE session_id = " + id));
        System.out.printf("audit show (session %d, %d events, report rebuilt from the stored protocol): %.1f ms%n",
                id, store.events(id).size(), pct(show, 50));
        System.out.printf("  plain H2 select of that session's events: %.1f ms%n", pct(scan, 50));
    }

    private void export(JdbcSessionStore store, Connection plain) throws SQLException {
        long[] rows = {0};
        long t0 = System.nanoTime();
        try (SessionListWriter csv = SessionListWriter.of(ListFormat.CSV, Writer.nullWriter(), ZoneOffset.UTC)) {
            store.auditEach(AuditFilter.all(), row -> {
                csv.row(row);
                rows[0]++;
            });
        }
        double s = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        long scanned = scan(plain, "SELECT * FROM therapy_session");
        double plainS = (System.nanoTime() - t1) / 1e9;
        System.out.printf("CSV export of every session: %d in %.1f s = %.0f sessions/s%n", rows[0], s, rows[0] / s);
        System.out.printf("  plain H2 scan of therapy_session (all columns): %.0f rows/s%n", scanned / plainS);
    }

    private void verify(JdbcSessionStore store, Connection plain) throws SQLException {
        long t0 = System.nanoTime();
        VerifyResult result = store.verify();
        double s = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        long scanned = scan(plain, "SELECT * FROM session_event");
        double plainS = (System.nanoTime() - t1) / 1e9;
        System.out.printf("verify: %s, %d sessions, %d events in %.1f s = %.0f events/s%n",
                result.ok() ? "ok" : result.firstProblem().get(), result.sessions(), result.events(), s,
                result.events() / s);
        System.out.printf("  plain H2 scan of session_event (all columns): %.0f rows/s%n", scanned / plainS);
    }

    /** Reads every column of every row, streaming (H2 lazy mode), as a baseline. */
    private static long scan(Connection c, String sql) {
        try (Statement lazy = c.createStatement()) {
            lazy.execute("SET LAZY_QUERY_EXECUTION TRUE");
            long n = 0;
            try (ResultSet rows = lazy.executeQuery(sql)) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rows.getObject(i);
                    }
                    n++;
                }
            }
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void progress(long done, int total) {
        if (done > 0 && done % 50_000 < DemoHistory.BATCH) {
            System.err.printf("  built %d of %d%n", done, total);
        }
    }
}
