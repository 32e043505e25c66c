package app.holdpoint.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The kinds of database the store runs on. Almost all SQL is shared; the few differences (index hints, row
 * triggers, streaming) ask this. The embedded H2 file is the kiosk's own record; PostgreSQL is the clinic's
 * central record.
 */
public enum Vendor {
    H2("h2"),
    POSTGRESQL("postgresql");

    private final String folder;

    Vendor(String folder) {
        this.folder = folder;
    }

    /** The vendor's own migration folder under {@code db/migration/}. */
    String migrationFolder() {
        return folder;
    }

    /** The vendor of a JDBC URL ("jdbc:h2:…", "jdbc:postgresql:…"); anything else is refused in words. */
    public static Vendor of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new StoreException("Holdpoint keeps its record in its own embedded database or on a PostgreSQL"
                + " server; the address must start with jdbc:postgresql:// (for example"
                + " jdbc:postgresql://records.clinic.lan:5432/holdpoint), not " + Database.describe(jdbcUrl));
    }

    /** The vendor of an open connection. */
    static Vendor of(Connection connection) throws SQLException {
        return of(connection.getMetaData().getURL());
    }
}
