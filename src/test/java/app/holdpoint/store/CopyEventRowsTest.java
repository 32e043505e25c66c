package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The events through PostgreSQL's binary COPY when the connection goes away in the middle: the walk ends with
 * the driver's SQLException (what verify reports), never a hang. The COPY is made too long to be buffered
 * whole: 20 000 orphan events of 1 kB before the first session.
 */
@Timeout(120)
class CopyEventRowsTest {
    @TempDir
    Path folder;

    private Database database;

    @BeforeEach
    void recordThreeSessionsAfterManyOrphanEvents() throws SQLException {
        database = Backend.POSTGRESQL.open(folder);
        long first;
        try (JdbcSessionStore store = new JdbcSessionStore(database, Fixtures.config())) {
            first = Fixtures.threeSignedSessions(store)[0];
        }
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            sql.execute("ALTER TABLE session_event DROP CONSTRAINT session_event_session_id_fkey");
            sql.execute("INSERT INTO session_event SELECT " + first + " - 1 - n, 0, 'SESSION_STARTED', 0, 0, 0, 0,"
                    + " 0, NULL, repeat('x', 1000), repeat('0', 64), repeat('0', 64)"
                    + " FROM generate_series(1, 20000) AS n");
        }
    }

    @Test
    void aBackendEndedByTheServerIsTheDriversError() throws SQLException {
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            int pid;
            try (ResultSet r = sql.executeQuery("SELECT pg_backend_pid()")) {
                r.next();
                pid = r.getInt(1);
            }
            try (Streaming ignored = Streaming.open(connection)) {
                CopyEventRows rows = CopyEventRows.open(connection, OptionalLong.empty(), OptionalLong.empty());
                assertThat(rows.next()).isTrue();
                try (Connection admin = database.connect(); Statement kill = admin.createStatement()) {
                    kill.execute("SELECT pg_terminate_backend(" + pid + ")");
                }
                assertThatThrownBy(() -> {
                    while (rows.next()) {
                        rows.event();
                    }
                }).isInstanceOf(SQLException.class);
            } catch (SQLException expected) {
                // the rollback on the dead connection
            }
        }
    }

    @Test
    void closingTheConnectionAbandonsTheWalk() throws SQLException {
        Connection connection = database.connect();
        CompletableFuture<Long> walked = CompletableFuture.supplyAsync(() -> {
            try (Streaming ignored = Streaming.open(connection)) {
                long[] counted = {0};
                // one session a stretch: after the long first COPY, the walk needs the connection again
                new EventWalk(connection, 1, new Findings(), 2).walk(count -> counted[0] = count);
                return counted[0];
            } catch (SQLException e) {
                throw new CompletionException(e);
            }
        });
        copyRunning();
        connection.close(); // as ChainVerifier.EventsBeside.abandon does
        assertThatThrownBy(walked::join).hasCauseInstanceOf(SQLException.class)
                .hasRootCauseMessage("this connection was closed");
        try (Connection again = database.connect(); Statement sql = again.createStatement();
             ResultSet r = sql.executeQuery("SELECT COUNT(*) FROM session_event")) {
            assertThat(r.next()).as("the connection given back is usable").isTrue();
            assertThat(r.getLong(1)).isEqualTo(20_000 + 21);
        }
    }

    /** Waits until the server is sending the events' COPY. */
    private void copyRunning() throws SQLException {
        try (Connection admin = database.connect(); Statement sql = admin.createStatement()) {
            while (true) {
                try (ResultSet r = sql.executeQuery("SELECT COUNT(*) FROM pg_stat_activity WHERE state = 'active'"
                        + " AND query LIKE 'COPY (SELECT session_id%'")) {
                    r.next();
                    if (r.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.onSpinWait();
            }
        }
    }
}
