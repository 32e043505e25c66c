package app.holdpoint.store.h2;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import org.h2.api.Trigger;

/**
 * H2 row trigger that keeps audit rows append-only inside the database, whoever connects: events, addenda and
 * protocol texts never change; a session changes only until it is sealed; a chain head only moves forward; a
 * therapist is never deleted (it fires on DELETE only there).
 * Column positions follow V1__session_store.sql.
 */
public final class AppendOnlyTrigger implements Trigger {
    private static final int SESSION_SEAL_HASH = 31;
    private static final int CHAIN_HEAD_SEQ = 1;

    private String table = "";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) {
        table = tableName.toLowerCase(Locale.ROOT);
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        boolean delete = newRow == null;
        switch (table) {
            case "therapy_session" -> {
                if (delete || oldRow[SESSION_SEAL_HASH] != null) {
                    throw refused(delete ? "a session is never deleted" : "session " + oldRow[0]
                            + " is sealed; corrections are addenda");
                }
            }
            case "therapist" -> throw refused("a therapist is never deleted (their sessions name them); disable"
                    + " them instead");
            case "chain_head" -> {
                if (delete || ((Number) newRow[CHAIN_HEAD_SEQ]).longValue()
                        < ((Number) oldRow[CHAIN_HEAD_SEQ]).longValue()) {
                    throw refused("a chain head only moves forward");
                }
            }
            default -> throw refused(table + " rows are append-only");
        }
    }

    private static SQLException refused(String why) {
        return new SQLException("Holdpoint audit record: " + why, "HP001");
    }
}
