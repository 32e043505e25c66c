package app.holdpoint.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The databases the store runs on, for tests that run on each ({@code @ParameterizedClass @EnumSource(Backend.class)}):
 * {@link #open} gives a fresh, empty, migrated store database of the kind.
 */
public enum Backend {
    /** The kiosk's embedded file, in the test's folder. */
    H2,
    /** A new database on the JVM's test server ({@link PostgresServer}). */
    POSTGRESQL;

    /** PostgreSQL databases by the test folder they stand for, so opening a folder again reopens its database. */
    private static final Map<Path, String> DATABASES = new ConcurrentHashMap<>();

    /**
     * The test's database: H2 in {@code folder}; on PostgreSQL a database of its own, new on the first call for
     * this folder and the same one on later calls (a reopen), like the embedded file.
     */
    public Database open(Path folder) {
        if (this == H2) {
            return Database.open(folder, Optional.empty());
        }
        PostgresServer server = PostgresServer.get();
        String url = DATABASES.computeIfAbsent(folder.toAbsolutePath(), f -> server.newDatabase());
        return Database.open(folder, Optional.of(url), server.login());
    }

    /** The {@code --db} address for command-line tests of this folder's database; empty for H2. */
    public Optional<String> address(Path folder) {
        if (this == H2) {
            return Optional.empty();
        }
        return Optional.of(DATABASES.computeIfAbsent(folder.toAbsolutePath(),
                f -> PostgresServer.get().newDatabase()));
    }

    /** The statement that puts back an append-only trigger (events, addenda, protocol texts) a test dropped. */
    public String appendOnlyTrigger(String trigger, String table) {
        return this == H2 ? "CREATE TRIGGER " + trigger + " BEFORE UPDATE, DELETE ON " + table
                + " FOR EACH ROW CALL 'app.holdpoint.store.h2.AppendOnlyTrigger'"
                : "CREATE TRIGGER " + trigger + " BEFORE UPDATE OR DELETE ON " + table
                + " FOR EACH ROW EXECUTE FUNCTION holdpoint_append_only()";
    }

    /** The statement that drops one trigger of one table (PostgreSQL names the table; H2 does not). */
    public String dropTrigger(String trigger, String table) {
        return "DROP TRIGGER IF EXISTS " + trigger + (this == H2 ? "" : " ON " + table);
    }

    /**
     * Drops the append-only triggers as someone editing the record by hand would have to, so tamper tests can
     * then edit rows.
     */
    public void dropTriggers(Connection connection) throws SQLException {
        String[][] triggers = {{"session_event_append_only", "session_event"}, {"addendum_append_only", "addendum"},
                {"protocol_version_append_only", "protocol_version"}, {"session_sealed_only", "therapy_session"},
                {"chain_head_forward_only", "chain_head"}, {"therapist_never_deleted", "therapist"}};
        try (Statement sql = connection.createStatement()) {
            for (String[] trigger : triggers) {
                sql.execute("DROP TRIGGER " + trigger[0] + (this == H2 ? "" : " ON " + trigger[1]));
            }
        }
    }
}
