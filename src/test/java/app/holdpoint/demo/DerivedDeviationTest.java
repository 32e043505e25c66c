package app.holdpoint.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import app.holdpoint.store.Backend;
import app.holdpoint.store.AuditFilter;
import app.holdpoint.store.AuditRow;
import app.holdpoint.store.JdbcSessionStore;
import app.holdpoint.store.PeriodSummary;
import app.holdpoint.store.StoreConfig;
import app.holdpoint.testsupport.TestProtocols;
import app.holdpoint.testsupport.TestStores;
import app.holdpoint.store.SealedTotals;

/**
 * The derived deviation rows (V3__session_deviation) must agree with what the engine's SessionReport sealed at
 * 1 s, on a varied history run through the real engine; and the migration must derive the same rows for sessions
 * sealed before it existed.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class DerivedDeviationTest {
    @Parameter
    Backend backend;

    @TempDir
    Path folder;

    @Test
    void derivedRowsAgreeWithTheSealedCountsAndTheMigrationRebuildsThem() throws Exception {
        DemoClock clock = new DemoClock();
        StoreConfig config = TestStores.fastPins("demo", clock);
        List<AuditRow> rows = new ArrayList<>();
        List<String> derived;
        try (JdbcSessionStore store = new JdbcSessionStore(backend.open(folder), config)) {
            new DemoHistory(store, TestProtocols.protocols(), new DemoTherapists(store),
                    clock).generate(600, 11, Instant.parse("2026-06-01T00:00:00Z"), n -> { });
            store.auditEach(AuditFilter.all(), rows::add);
            PeriodSummary.Counts total = store.summarize(AuditFilter.all(), SealedTotals.TOLERANCE, ZoneOffset.UTC)
                    .total();
            List<AuditRow> sealed = rows.stream().filter(AuditRow::sealed).toList();
            assertThat(total.sessions()).isEqualTo(rows.size());
            assertThat(total.sealed()).isEqualTo(sealed.size());
            assertThat(total.deviating()).isEqualTo(sealed.stream()
                    .filter(r -> r.summary().orElseThrow().deviations() > 0).count()).isPositive();
            assertThat(total.shortened()).isEqualTo(sealed.stream()
                    .filter(r -> r.summary().orElseThrow().shortened() > 0).count()).isPositive();
            assertThat(store.summarize(AuditFilter.all(), Duration.ofSeconds(30), ZoneOffset.UTC).total().shortened())
                    .as("a wider tolerance forgives some shortened phases").isLessThan(total.shortened());
            derived = derivedRows();
        }
        // Undo V3 and V4 by hand, as a database from before them would be, and open again. V5 to V10 (IF NOT EXISTS
        // throughout) are forgotten too: Flyway applies no migration older than the newest one applied.
        try (Connection c = backend.open(folder).connect(); Statement s = c.createStatement()) {
            s.execute(backend.dropTrigger("session_deviation_append_only", "session_deviation"));
            s.execute("DROP TABLE session_deviation");
            s.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\""
                    + " IN ('3', '4', '5', '6', '7', '8', '8.1', '9', '10', '10.1')");
        }
        backend.open(folder);
        assertThat(derivedRows()).hasSize(derived.size()).isEqualTo(derived);
    }

    private List<String> derivedRows() throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection c = backend.open(folder).connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT session_id, fixed_deviation, max_shortfall_ms FROM session_deviation"
                     + " ORDER BY session_id")) {
            while (r.next()) {
                found.add(r.getLong(1) + ":" + r.getInt(2) + ":" + r.getLong(3));
            }
        }
        return found;
    }
}
