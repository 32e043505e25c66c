package app.holdpoint.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.postgresql.PGConnection;

import app.holdpoint.audit.export.SessionsCsv;
import app.holdpoint.protocol.load.ProtocolLibrary;
import app.holdpoint.store.AuditFilter;
import app.holdpoint.store.AuditSort;
import app.holdpoint.store.CentralLoad;
import app.holdpoint.store.Database;
import app.holdpoint.store.JdbcSessionStore;
import app.holdpoint.store.PostgresServer;
import app.holdpoint.store.SessionStatus;
import app.holdpoint.store.StoreConfig;
import app.holdpoint.store.VerifyResult;
import app.holdpoint.demo.DemoClock;
import app.holdpoint.demo.DemoHistory;
import app.holdpoint.demo.DemoTherapists;

/**
 * The central record on PostgreSQL at scale, beside plain PostgreSQL doing the same reads in the same run.
 * Builds the record: {@code --real R} light demo-data sessions through the store, then copies of them at COPY
 * speed ({@link CentralLoad}, every hash recomputed) up to {@code --sessions N}. Then measures: the audit list's
 * first page (100 rows, newest first) unfiltered and with each filter, against the same SELECT … LIMIT by plain
 * JDBC; {@code verify} of the whole record, against streaming the same rows without hashing; the sessions CSV
 * export, against {@code COPY (SELECT …) TO STDOUT}. Medians of {@code --runs K} (verify and CSV: {@code --whole-runs K}, 3); {@code --parts audit,verify,csv} picks
 * what to measure.
 *
 * <p>The server is the tests' {@link PostgresServer} (a throwaway cluster; fsync off, which matters for the load,
 * not for these reads), or the one in {@code HOLDPOINT_TEST_POSTGRES_URL}.
 */
public final class CentralBenchmark {
    private static final int PAGE = 100;

    public static void main(String[] args) throws Exception {
        int sessions = 1_000_000;
        int real = 2_000;
        int runs = 15;
        int threads = 2;
        int wholeRuns = 3;
        String parts = "audit,verify,csv";
        String name = null;
        boolean loadOnly = false;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--sessions" -> sessions = Integer.parseInt(args[i + 1]);
                case "--real" -> real = Integer.parseInt(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--whole-runs" -> wholeRuns = Integer.parseInt(args[i + 1]);
                case "--parts" -> parts = args[i + 1];
                case "--database" -> name = args[i + 1];
                case "--load-only" -> {
                    loadOnly = true;
                    i--;
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        PostgresServer server = PostgresServer.get();
        String url;
        boolean exists = false;
        if (name != null) {
            try (Connection admin = server.admin("postgres"); Statement s = admin.createStatement();
                 ResultSet r = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                exists = r.next();
            }
        }
        if (exists) {
            url = server.url(name);
        } else {
            url = server.newDatabase();
            if (name != null) {
                server.execute("postgres", "ALTER DATABASE " + url.substring(url.lastIndexOf('/') + 1)
                        + " RENAME TO " + name);
                url = server.url(name);
            }
        }
        Database database = Database.open(Path.of("target", "bench-central"), Optional.of(url), server.login());
        DemoClock clock = new DemoClock();
        StoreConfig config = StoreConfig.defaults("kiosk-1").withPinIterations(1_000).withClock(clock);
        if (!exists) {
            long t0 = System.nanoTime();
            try (JdbcSessionStore store = new JdbcSessionStore(database, config)) {
                new DemoHistory(store, ProtocolLibrary.load(Path.of("protocols")).protocols(),
                        new DemoTherapists(store), clock).withFewEvents()
                        .generate(real, 42, Instant.parse("2026-06-01T00:00:00Z"), n -> { });
            }
            System.out.printf("history: %d real sessions through the store in %.1f s%n", real,
                    (System.nanoTime() - t0) / 1e9);
        }
        long t1 = System.nanoTime();
        long added = new CentralLoad(database).fillTo(sessions, 3L * 365 * 24 * 3600, 7, threads);
        long t2 = System.nanoTime();
        if (added > 0) {
            System.out.printf("bulk load: %d copies by COPY in %.1f s (%.0f sessions/s, events and hashes"
                    + " included, %d hashing threads)%n", added, (t2 - t1) / 1e9, added / ((t2 - t1) / 1e9), threads);
        }
        if (loadOnly) {
            System.exit(0);
        }
        try (JdbcSessionStore store = new JdbcSessionStore(database, config); Connection plain = database.connect()) {
            long events;
            try (Statement s = plain.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT (SELECT COUNT(*) FROM therapy_session), (SELECT COUNT(*) FROM session_event)")) {
                r.next();
                System.out.printf("record: %d sessions, %d events%n", r.getLong(1), r.getLong(2));
                events = r.getLong(2);
            }
            String therapist = store.therapists().get(0).name();
            long therapistId = store.therapists().get(0).id();
            String protocol = store.protocolIds().get(0);
            Instant from = Instant.parse("2025-06-01T00:00:00Z");
            Instant to = Instant.parse("2025-07-01T00:00:00Z");
            Map<String, AuditFilter> filters = new LinkedHashMap<>();
            Map<String, String> wheres = new LinkedHashMap<>();
            filters.put("no filter", AuditFilter.all());
            wheres.put("no filter", "");
            filters.put("therapist", AuditFilter.all().withTherapist(therapist));
            wheres.put("therapist", " WHERE therapist_id = " + therapistId);
            filters.put("protocol", new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(protocol), Optional.empty(), false));
            wheres.put("protocol", " WHERE protocol_id = '" + protocol + "'");
            filters.put("status completed", AuditFilter.all().withStatus(SessionStatus.COMPLETED));
            wheres.put("status completed", " WHERE status = 'completed'");
            filters.put("one month", new AuditFilter(Optional.of(from), Optional.of(to), Optional.empty(),
                    Optional.empty(), Optional.empty(), false));
            wheres.put("one month", " WHERE started_at >= '" + from + "' AND started_at < '" + to + "'");
            filters.put("deviations only", new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), true));
            wheres.put("deviations only", " WHERE deviations > 0");
            List<String> part = Arrays.asList(parts.split(","));
            if (part.contains("audit")) {
                System.out.println();
                System.out.println("| audit first page (100 rows) | Holdpoint median | plain PostgreSQL median |");
                System.out.println("|---|---|---|");
                for (var entry : filters.entrySet()) {
                    AuditFilter filter = entry.getValue();
                    double ours = median(runs, () -> store.audit(filter, AuditSort.newestFirst(), Optional.empty(), PAGE));
                    String sql = "SELECT id, started_at, ended_at, therapist_id, protocol_id, protocol_version_id,"
                            + " client_ref, side, status, planned_ms, actual_ms, skipped, shortened, extended, capped,"
                            + " deviations, pain_before, pain_after, seal_hash, signed_by FROM therapy_session"
                            + wheres.get(entry.getKey()) + " ORDER BY started_at DESC, id DESC LIMIT " + PAGE;
                    double base = median(runs, () -> drain(plain, sql));
                    System.out.printf("| %s | %.1f ms | %.1f ms |%n", entry.getKey(), ours, base);
                }
            }
            if (part.contains("verify")) {
                System.out.println();
                VerifyResult[] result = new VerifyResult[1];
                double verify = median(wholeRuns, () -> result[0] = store.verify());
                double scan = median(wholeRuns, () -> {
                    drain(plain, "SELECT id, header_hash, event_count, last_event_hash, seal_hash FROM therapy_session"
                            + " ORDER BY id");
                    return drain(plain, "SELECT session_id, seq, event_type, offset_nanos, wall_micros, phase,"
                            + " planned_ms, actual_ms, ended_by, detail, prev_hash, hash FROM session_event"
                            + " ORDER BY session_id, seq");
                });
                System.out.printf("verify: %s; median %.1f s (%.2f M events/s); plain PostgreSQL streaming the same rows"
                        + " without hashing: %.1f s%n", result[0].firstProblem().map(p -> "FAILED " + p).orElse("ok, "
                        + result[0].sessions() + " sessions, " + result[0].events() + " events"), verify / 1000,
                        events / (verify / 1000) / 1e6, scan / 1000);
            }
            if (part.contains("csv")) {
                Path csv = Files.createTempFile("central-sessions", ".csv");
                long[] rows = new long[1];
                double export = median(wholeRuns, () -> rows[0] = SessionsCsv.write(store, AuditFilter.all(), ZoneOffset.UTC, csv));
                double copy = median(wholeRuns, () -> {
                    plain.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (SELECT id, started_at, ended_at,"
                            + " therapist_id, protocol_id, client_ref, side, status, planned_ms, actual_ms, deviations,"
                            + " pain_before, pain_after, seal_hash FROM therapy_session ORDER BY started_at DESC, id DESC)"
                            + " TO STDOUT (FORMAT csv)", OutputStream.nullOutputStream());
                    return null;
                });
                Files.deleteIfExists(csv);
                System.out.printf("sessions CSV: %d rows, median %.1f s = %.0f sessions/s; plain COPY TO STDOUT of the"
                        + " same rows: %.1f s = %.0f rows/s%n", rows[0], export / 1000, rows[0] / (export / 1000),
                        copy / 1000, rows[0] / (copy / 1000));
            }
        }
        System.exit(0);
    }

    @FunctionalInterface
    private interface Work {
        Object run() throws Exception;
    }

    /** Milliseconds, median of {@code runs} after one warm-up (none for a single run of a whole-record pass). */
    private static double median(int runs, Work work) throws Exception {
        if (runs > 1) {
            work.run();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    private static Object drain(Connection connection, String sql) throws SQLException {
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(false);
        long n = 0;
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setFetchSize(10_000);
            try (ResultSet r = query.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                List<Object> sink = new ArrayList<>(1);
                while (r.next()) {
                    for (int c = 1; c <= columns; c++) {
                        sink.add(r.getObject(c));
                    }
                    sink.clear();
                    n++;
                }
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(auto);
        }
        return n;
    }
}
