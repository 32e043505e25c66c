package app.holdpoint.store.replication;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import app.holdpoint.store.Database;
import app.holdpoint.store.ServerLogin;

/** How the replicator reaches the central record: a new connection per pass, closed by the caller. */
@FunctionalInterface
public interface CentralRecord {
    Connection connect() throws SQLException;

    /**
     * The central database at {@code jdbcUrl}, logged in with the credentials of the environment
     * ({@link ServerLogin#fromEnvironment()}).
     */
    static CentralRecord at(String jdbcUrl) {
        return at(jdbcUrl, ServerLogin.fromEnvironment());
    }

    /**
     * The central database at {@code jdbcUrl}, opened (and its schema brought up to date) on first contact, logged
     * in with {@code login} (a private credentials file or the environment, never the address). Nothing is tried
     * before the first pass, so a kiosk starts whether the central record is reachable or not; a login that
     * cannot be read is reported by each pass like an unreachable server, in words.
     */
    static CentralRecord at(String jdbcUrl, ServerLogin login) {
        return new CentralRecord() {
            private Database database;

            @Override
            public synchronized Connection connect() throws SQLException {
                if (database == null) {
                    database = Database.open(Path.of("."), Optional.of(jdbcUrl), login);
                }
                return database.connect();
            }
        };
    }
}
