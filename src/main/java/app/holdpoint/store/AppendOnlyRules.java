package app.holdpoint.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The append-only triggers every migrated record must have (V2, V4, V7, V8), and which of them are missing:
 * without them a plain SQL console can edit rows, so verify reports each one gone as a failure. Read from
 * H2's {@code INFORMATION_SCHEMA.TRIGGERS}, or PostgreSQL's {@code pg_trigger} (where a trigger can also be
 * disabled, which counts as missing); the vendor is taken from the connection's URL.
 */
final class AppendOnlyRules {
    static final List<String> EXPECTED = List.of("session_event_append_only", "addendum_append_only",
            "protocol_version_append_only", "session_sealed_only", "therapist_never_deleted",
            "chain_head_forward_only", "session_deviation_append_only", "therapist_credential_append_only",
            "kiosk_key_append_only", "signing_start_append_only");

    static final String H2_QUERY = "SELECT TRIGGER_NAME FROM INFORMATION_SCHEMA.TRIGGERS";
    static final String POSTGRESQL_QUERY = "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT t.tgisinternal AND t.tgenabled <> 'D'"
            + " AND n.nspname = current_schema()";

    private AppendOnlyRules() {
    }

    /** The expected triggers this database lacks (or has disabled), in {@link #EXPECTED} order. */
    static List<String> missing(Connection connection) throws SQLException {
        String url = connection.getMetaData().getURL();
        String query = url.startsWith("jdbc:h2:") ? H2_QUERY
                : url.startsWith("jdbc:postgresql:") ? POSTGRESQL_QUERY : null;
        if (query == null) {
            return List.of(); // a database the migrations do not know has no triggers of ours to check
        }
        Set<String> present = new HashSet<>();
        try (Statement statement = connection.createStatement(); ResultSet r = statement.executeQuery(query)) {
            while (r.next()) {
                present.add(r.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        List<String> missing = new ArrayList<>();
        for (String name : EXPECTED) {
            if (!present.contains(name)) {
                missing.add(name);
            }
        }
        return missing;
    }
}
