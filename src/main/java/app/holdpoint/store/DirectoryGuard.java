package app.holdpoint.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A kiosk configured with a central record (a row in replication_position, V9) keeps a copy of the central
 * therapist directory for sign-in and never changes it itself: the directory has one place where people are
 * added, disabled and credentialed, so every kiosk and the central record mean the same person by a name.
 */
final class DirectoryGuard {
    static final String MANAGED_CENTRALLY = "this kiosk's therapist directory is managed in the central record,"
            + " so therapists are not added, disabled or given credentials here. Do it on the central record"
            + " (for example: holdpoint therapist add NAME --db CENTRAL-JDBC-URL); the kiosk copies the change for"
            + " sign-in the next time it reaches the central record";

    private DirectoryGuard() {
    }

    /** Fails with {@link #MANAGED_CENTRALLY} when this database is a kiosk's in central mode. */
    static void refuseInCentralMode(Sql sql) throws SQLException {
        PreparedStatement query = sql.prepare("SELECT COUNT(*) FROM replication_position");
        try (ResultSet r = query.executeQuery()) {
            if (r.next() && r.getLong(1) > 0) {
                throw new StoreException(MANAGED_CENTRALLY);
            }
        }
    }
}
