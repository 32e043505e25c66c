package app.holdpoint.bench;

import static app.holdpoint.bench.Measure.pct;
import static app.holdpoint.bench.Measure.time;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import app.holdpoint.audit.SessionDetailLoader;
import app.holdpoint.audit.export.PeriodSummaryPdf;
import app.holdpoint.audit.export.PhasesCsv;
import app.holdpoint.audit.export.SessionsCsv;
import app.holdpoint.protocol.load.CatalogLoader;
import app.holdpoint.protocol.load.ProtocolLibrary;
import app.holdpoint.store.AuditFilter;
import app.holdpoint.store.Database;
import app.holdpoint.store.JdbcSessionStore;
import app.holdpoint.store.PeriodSummary;
import app.holdpoint.store.StoreConfig;
import app.holdpoint.store.SealedTotals;
import app.holdpoint.demo.DemoClock;
import app.holdpoint.demo.DemoHistory;
import app.holdpoint.demo.DemoTherapists;

/**
 * Period summaries and exports on a demo history: {@code ./bench.sh audit [--sessions N] [--data DIR] [--runs R]}.
 * Builds (once, then reuses) the history like the store benchmark, then times the summary query for three
 * filters beside a plain aggregate scan of the session table, and the CSV and PDF exports into files.
 */
public final class AuditExportBenchmark {
    private AuditExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = 100_000;
        Path data = Path.of("target", "bench-audit");
        int runs = 7;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--sessions" -> sessions = Integer.parseInt(args[i + 1]);
                case "--data" -> data = Path.of(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        DemoClock clock = new DemoClock();
        Database database = Database.open(data, Optional.empty());
        Path out = Files.createTempDirectory("holdpoint-bench-audit");
        try (JdbcSessionStore store = new JdbcSessionStore(database, StoreConfig.defaults("bench").withClock(clock));
             Connection plain = database.connect()) {
            long have = count(plain, "SELECT COUNT(*) FROM therapy_session");
            if (have < sessions) {
                long t0 = System.nanoTime();
                new DemoHistory(store, ProtocolLibrary.load(Path.of("protocols")).protocols(),
                        new DemoTherapists(store), clock).generate((int) (sessions - have), 1 + have,
                        Instant.parse("2026-11-01T00:00:00Z"), done -> { });
                System.out.printf("built %d sessions in %.0f s%n", sessions - have, (System.nanoTime() - t0) / 1e9);
            }
            long total = count(plain, "SELECT COUNT(*) FROM therapy_session");
            System.out.printf("history: %d sessions%n", total);
            ZoneId zone = ZoneOffset.UTC;
            AuditFilter year = new AuditFilter(Optional.of(Instant.parse("2025-11-01T00:00:00Z")),
                    Optional.of(Instant.parse("2026-11-01T00:00:00Z")), Optional.empty(), Optional.empty(),
                    Optional.empty(), false);
            for (AuditFilter filter : new AuditFilter[] {AuditFilter.all(), year,
                AuditFilter.all().withTherapist("Demo Chloe Martin")}) {
                PeriodSummary[] last = new PeriodSummary[1];
                long[] nanos = time(runs, () -> last[0] = store.summarize(filter, Duration.ofSeconds(5), zone));
                System.out.printf("summary, %-40s %7d sessions: median %.0f ms, max %.0f ms%n",
                        describe(filter), last[0].total().sessions(), pct(nanos, 50), pct(nanos, 100));
            }
            long[] scan = time(runs, () -> count(plain, "SELECT COUNT(*), SUM(pain_after - pain_before),"
                    + " SUM(CASE WHEN deviations > 0 THEN 1 ELSE 0 END) FROM therapy_session"));
            System.out.printf("  plain aggregate scan of therapy_session: median %.0f ms%n", pct(scan, 50));

            Path csv = out.resolve("sessions.csv");
            long t0 = System.nanoTime();
            long rows = SessionsCsv.write(store, AuditFilter.all(), zone, csv);
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("sessions CSV: %d sessions in %.1f s = %.0f sessions/s, %d MB%n", rows, s, rows / s,
                    Files.size(csv) >> 20);

            AuditFilter month = new AuditFilter(Optional.of(Instant.parse("2026-09-01T00:00:00Z")),
                    Optional.of(Instant.parse("2026-10-01T00:00:00Z")), Optional.empty(), Optional.empty(),
                    Optional.empty(), false);
            SessionDetailLoader details = new SessionDetailLoader(store,
                    CatalogLoader.load(Path.of("protocols")).catalog(), SealedTotals.TOLERANCE);
            t0 = System.nanoTime();
            long phased = PhasesCsv.write(store, details, month, zone, out.resolve("phases.csv"));
            s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("phases CSV (September 2026): %d sessions in %.1f s = %.0f sessions/s%n", phased, s,
                    phased / s);

            t0 = System.nanoTime();
            PeriodSummaryPdf.write(store.summarize(AuditFilter.all(), SealedTotals.TOLERANCE, zone),
                    out.resolve("summary.pdf"));
            System.out.printf("period summary PDF, all sessions (query + chart + PDF): %.0f ms%n",
                    (System.nanoTime() - t0) / 1e6);
        }
    }

    private static String describe(AuditFilter filter) {
        return filter.therapist().map(t -> "therapist " + t).orElse(filter.from().isPresent()
                ? "one year (of three)" : "all");
    }

    private static long count(Connection c, String sql) {
        try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
