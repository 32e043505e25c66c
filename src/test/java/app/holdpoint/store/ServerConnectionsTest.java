package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads on a server reuse a logged-in connection, handed back clean; after the server was stopped and started
 * again (an outage) the store reconnects by itself, and while it is down says so in words.
 */
class ServerConnectionsTest {
    @TempDir
    Path folder;

    @Test
    void aClosedConnectionIsReusedCleanAndAnOutageIsSurvived() throws SQLException {
        Database database = Backend.POSTGRESQL.open(folder);
        int first;
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            first = backend(s);
            c.setAutoCommit(false);
            s.execute("CREATE TEMPORARY TABLE scratch (x INTEGER)"); // rolled back when handed back
        }
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            assertThat(backend(s)).as("the same server process: no new login").isEqualTo(first);
            assertThat(c.getAutoCommit()).isTrue();
            assertThatThrownBy(() -> s.executeQuery("SELECT * FROM scratch")).isInstanceOf(SQLException.class);
        }
        PostgresServer server = PostgresServer.get();
        server.stop();
        try {
            assertThatThrownBy(database::connect).isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("cannot reach the database server at " + server.host() + ":"
                            + server.port() + " — check it is running and the address");
        } finally {
            server.start();
        }
        try (JdbcSessionStore store = new JdbcSessionStore(database, Fixtures.config())) {
            Fixtures.therapist(store, "Ana");
            assertThat(store.therapists()).hasSize(1);
        }
    }

    private static int backend(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT pg_backend_pid()")) {
            r.next();
            return r.getInt(1);
        }
    }
}
