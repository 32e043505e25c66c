package app.holdpoint.store.replication;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import app.holdpoint.store.Database;

/** How the replicator reaches the central record: a new connection per pass, closed by the caller. */
@FunctionalInterface
public interface CentralRecord {
    Connection connect() throws SQLException;

    /**
     * The central database at {@code jdbcUrl}, opened (and its schema brought up to date) on first contact, with
     * the credentials {@link Database} finds for it. Nothing is tried before the first pass, so a kiosk starts
     * whether the central record is reachable or not.
     */
    static CentralRecord at(String jdbcUrl) {
        return new CentralRecord() {
            private Database database;

            @Override
            public synchronized Connection connect() throws SQLException {
                if (database == null) {
                    database = Database.open(Path.of("."), Optional.of(jdbcUrl));
                }
                return database.connect();
            }
        };
    }
}
