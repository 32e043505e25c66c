package app.holdpoint.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The re-chain attack, done the way a determined editor with a SQL console and this project's source would do
 * it: drop the append-only triggers, edit a sealed session, recompute every hash after the edit with the
 * product's own {@link Hashes} (events, seals, the chain after it, addenda, chain heads), put the triggers back.
 * Without signatures the result verifies.
 */
final class Rechain {
    static final List<String> TRIGGERS = List.of("session_event_append_only", "addendum_append_only",
            "protocol_version_append_only", "session_sealed_only", "therapist_never_deleted",
            "chain_head_forward_only", "session_deviation_append_only", "therapist_credential_append_only",
            "kiosk_key_append_only", "signing_start_append_only");
    private static final List<String> TABLES = List.of("session_event", "addendum", "protocol_version",
            "therapy_session", "therapist", "chain_head", "session_deviation", "therapist_credential", "kiosk_key",
            "signing_start");

    private final Connection connection;
    private final Hashes hashes = new Hashes();

    Rechain(Connection connection) {
        this.connection = connection;
    }

    void dropTriggers() throws SQLException {
        try (Statement sql = connection.createStatement()) {
            for (String trigger : TRIGGERS) {
                sql.execute("DROP TRIGGER IF EXISTS " + trigger);
            }
        }
    }

    void restoreTriggers() throws SQLException {
        try (Statement sql = connection.createStatement()) {
            for (int i = 0; i < TRIGGERS.size(); i++) {
                String events = TRIGGERS.get(i).equals("therapist_never_deleted") ? "DELETE" : "UPDATE, DELETE";
                sql.execute("CREATE TRIGGER " + TRIGGERS.get(i) + " BEFORE " + events + " ON " + TABLES.get(i)
                        + " FOR EACH ROW CALL 'app.holdpoint.store.h2.AppendOnlyTrigger'");
            }
        }
    }

    /** Edits session {@code id}'s note, pain after and one event, then makes every hash consistent again. */
    void editAndRechain(long id, String note, int painAfter, int eventSeq, long actualMs) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("UPDATE therapy_session SET note = '" + note + "', pain_after = " + painAfter
                    + " WHERE id = " + id);
            sql.execute("UPDATE session_event SET actual_ms = " + actualMs + " WHERE session_id = " + id
                    + " AND seq = " + eventSeq);
        }
        rehashEvents(id);
        rehashSealsFrom(sealSeq(id));
        rehashAddenda();
    }

    /** Also removes every signature and moves the signed era past the end: the downgrade to "legacy". */
    void stripSignatures() throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("UPDATE therapy_session SET seal_key = NULL, seal_signature = NULL");
            sql.execute("UPDATE addendum SET signing_key = NULL, signature = NULL");
            sql.execute("UPDATE signing_start SET first_seq = 1000000");
        }
    }

    private void rehashEvents(long id) throws SQLException {
        String previous;
        try (Statement sql = connection.createStatement();
             ResultSet r = sql.executeQuery("SELECT header_hash FROM therapy_session WHERE id = " + id)) {
            r.next();
            previous = r.getString(1);
        }
        try (PreparedStatement events = connection.prepareStatement("SELECT seq, event_type, offset_nanos,"
                + " wall_micros, phase, planned_ms, actual_ms, ended_by, detail FROM session_event"
                + " WHERE session_id = ? ORDER BY seq");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE session_event SET prev_hash = ?, hash = ? WHERE session_id = ? AND seq = ?")) {
            events.setLong(1, id);
            try (ResultSet e = events.executeQuery()) {
                while (e.next()) {
                    String hash = hashes.event(previous, id, e.getInt(1), e.getString(2), e.getLong(3), e.getLong(4),
                            e.getInt(5), e.getLong(6), e.getLong(7), e.getString(8), e.getString(9));
                    update.setString(1, previous);
                    update.setString(2, hash);
                    update.setLong(3, id);
                    update.setInt(4, e.getInt(1));
                    update.executeUpdate();
                    previous = hash;
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE therapy_session SET last_event_hash = ? WHERE id = ?")) {
            update.setString(1, previous);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    private long sealSeq(long id) throws SQLException {
        try (Statement sql = connection.createStatement();
             ResultSet r = sql.executeQuery("SELECT seal_seq FROM therapy_session WHERE id = " + id)) {
            r.next();
            return r.getLong(1);
        }
    }

    private void rehashSealsFrom(long fromSeq) throws SQLException {
        String previous = Canon.ZERO_HASH;
        String head = previous;
        long last = 0;
        try (Statement sql = connection.createStatement();
             ResultSet r = sql.executeQuery(SessionRows.SELECT + "WHERE s.seal_seq IS NOT NULL ORDER BY s.seal_seq")) {
            while (r.next()) {
                long seq = r.getLong(SessionRows.SEAL_SEQ);
                if (seq < fromSeq) {
                    previous = r.getString(SessionRows.SEAL_HASH);
                    continue;
                }
                String hash = hashes.seal(SessionRows.seal(r, previous, r.getString(SessionRows.HEADER_HASH)));
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE therapy_session SET prev_seal_hash = ?, seal_hash = ? WHERE id = ?")) {
                    update.setString(1, previous);
                    update.setString(2, hash);
                    update.setLong(3, r.getLong(1));
                    update.executeUpdate();
                }
                previous = hash;
                last = seq;
            }
            head = previous;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE chain_head SET seq = ?, head_hash = ? WHERE chain = 'session'")) {
            update.setLong(1, last);
            update.setString(2, head);
            update.executeUpdate();
        }
    }

    private void rehashAddenda() throws SQLException {
        String previous = Canon.ZERO_HASH;
        long last = 0;
        try (Statement sql = connection.createStatement();
             ResultSet r = sql.executeQuery("SELECT a.id, a.chain_seq, a.session_id, s.seal_hash, t.name,"
                     + " a.created_at, a.body FROM addendum a JOIN therapy_session s ON s.id = a.session_id"
                     + " JOIN therapist t ON t.id = a.author_id ORDER BY a.chain_seq")) {
            while (r.next()) {
                String hash = hashes.addendum(previous, r.getLong(2), r.getLong(3), r.getString(4), r.getString(5),
                        Jdbc.micros(r, 6), r.getString(7));
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE addendum SET prev_hash = ?, hash = ? WHERE id = ?")) {
                    update.setString(1, previous);
                    update.setString(2, hash);
                    update.setLong(3, r.getLong(1));
                    update.executeUpdate();
                }
                previous = hash;
                last = r.getLong(2);
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE chain_head SET seq = ?, head_hash = ? WHERE chain = 'addendum'")) {
            update.setLong(1, last);
            update.setString(2, previous);
            update.executeUpdate();
        }
    }
}
