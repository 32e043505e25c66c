package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PL/pgSQL append-only rules (db/migration/postgresql) beyond what TamperTest checks on both databases:
 * TRUNCATE, which skips row triggers, is refused on every audit table; an open session changes only its
 * running state, its closing is written once by the sealing update, its header never; a therapist keeps
 * their name. Refusals carry SQLSTATE HP001 and read as words through the store.
 */
class PostgresTriggerTest {
    @TempDir
    Path folder;

    private Database database;
    private long sealed;
    private long open;

    @BeforeEach
    void recordOneSealedAndOneOpenSession() {
        database = Backend.POSTGRESQL.open(folder);
        try (JdbcSessionStore store = new JdbcSessionStore(database, Fixtures.config())) {
            Therapist ana = Fixtures.therapist(store, "Ana");
            sealed = Fixtures.recordedSession(store, ana, 2, true);
            open = Fixtures.recordedSession(store, ana, 2, false);
            Stores.await(store.addAddendum(sealed, Fixtures.sign(store, "Ana"), "Checked."));
            Stores.await(store.grantDryNeedling("Ana", "Ontario", Optional.empty(),
                    Stores.await(store.createTherapist("Lead", Role.ADMIN, Fixtures.PIN)).id()));
        }
    }

    @Test
    void truncateIsRefusedOnEveryAuditTable() throws SQLException {
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            for (String table : new String[] {"session_event", "addendum", "protocol_version", "session_deviation",
                    "therapist_credential", "chain_head", "therapist", "therapy_session"}) {
                assertThatThrownBy(() -> sql.execute("TRUNCATE " + table + " CASCADE")).as(table)
                        .isInstanceOfSatisfying(SQLException.class, e -> {
                            assertThat(e.getSQLState()).isEqualTo("HP001");
                            assertThat(Failures.describe(e)).startsWith("refused by the database: Holdpoint audit"
                                    + " record: ").contains("is never emptied");
                        });
            }
        }
        try (JdbcSessionStore store = new JdbcSessionStore(database, Fixtures.config())) {
            assertThat(store.verify().firstProblem()).isEmpty();
        }
    }

    @Test
    void deletesAndEditsAreRefusedWhereverTheyAim() throws SQLException {
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            for (String statement : new String[] {
                    "DELETE FROM therapy_session WHERE id = " + open,
                    "DELETE FROM session_deviation",
                    "UPDATE session_deviation SET max_shortfall_ms = 0",
                    "UPDATE therapist_credential SET jurisdiction = 'x'",
                    "DELETE FROM chain_head WHERE chain = 'addendum'",
                    "UPDATE chain_head SET chain = 'other' WHERE chain = 'session'",
                    "UPDATE protocol_version SET body = body || ' '",
                    "UPDATE addendum SET body = 'x'",
                    "UPDATE therapist SET name = 'Someone else' WHERE name = 'Ana'"}) {
                assertThatThrownBy(() -> sql.execute(statement)).as(statement)
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("HP001"));
            }
        }
    }

    @Test
    void anOpenSessionChangesOnlyItsRunningStateAndIsClosedOnlyBySealing() throws SQLException {
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            assertThat(sql.executeUpdate("UPDATE therapy_session SET status = 'interrupted' WHERE id = " + open))
                    .isEqualTo(1);
            assertThat(sql.executeUpdate("UPDATE therapy_session SET status = 'running' WHERE id = " + open))
                    .isEqualTo(1);
            assertThatThrownBy(() -> sql.execute("UPDATE therapy_session SET client_ref = 'C-other' WHERE id = " + open))
                    .hasMessageContaining("what was recorded at its start never changes");
            assertThatThrownBy(() -> sql.execute("UPDATE therapy_session SET started_at = started_at + INTERVAL '1 hour'"
                    + " WHERE id = " + open)).hasMessageContaining("what was recorded at its start never changes");
            assertThatThrownBy(() -> sql.execute("UPDATE therapy_session SET pain_after = 2 WHERE id = " + open))
                    .hasMessageContaining("its closing is written once, when it is sealed");
            assertThatThrownBy(() -> sql.execute("UPDATE therapy_session SET status = 'completed' WHERE id = " + sealed))
                    .hasMessageContaining("is sealed; corrections are addenda");
        }
        try (JdbcSessionStore store = new JdbcSessionStore(database, Fixtures.config())) {
            Stores.await(store.seal(open, Fixtures.completed(), Optional.of(Fixtures.sign(store, "Ana"))));
            assertThat(store.verify().firstProblem()).isEmpty();
            assertThat(store.session(open).orElseThrow().sealed()).isTrue();
        }
    }

    @Test
    void theServersCollationDoesNotDecideTheOrderOfSortedColumns() throws SQLException {
        try (Connection connection = database.connect(); Statement sql = connection.createStatement();
             ResultSet r = sql.executeQuery("SELECT table_name, column_name, collation_name"
                     + " FROM information_schema.columns WHERE column_name IN ('client_ref', 'protocol_id', 'status',"
                     + " 'kiosk_id', 'name') AND table_name IN ('therapy_session', 'therapist', 'protocol_version')")) {
            int columns = 0;
            while (r.next()) {
                assertThat(r.getString(3)).as(r.getString(1) + "." + r.getString(2)).isEqualTo("C");
                columns++;
            }
            assertThat(columns).isEqualTo(6);
        }
    }
}
