package app.holdpoint.store.testmigration;

import java.io.IOException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A migration from "a newer version": it changes the schema and, in a crash-test child, says so on standard output, then waits for its
 * standard input to close, so a test can kill the process exactly mid-migration.
 */
public class V999__Stands_in_for_a_future_upgrade extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("CREATE TABLE future_feature (id INTEGER)");
        }
        if (Boolean.getBoolean("holdpoint.test.blockInMigration")) {
            System.out.println("MIGRATING");
            System.out.flush();
            waitForever();
        }
    }

    private static void waitForever() throws IOException {
        while (System.in.read() >= 0) {
            // The parent never writes; it kills this process.
        }
        // Standard input closes while a SIGTERM shuts the JVM down: a migration stopped there never completes
        // (returning would let Flyway record it, racing the shutdown hook that closes the database).
        throw new IOException("stopped mid-migration");
    }
}
