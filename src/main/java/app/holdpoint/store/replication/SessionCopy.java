package app.holdpoint.store.replication;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Copies one sealed session (its row, its events, its derived deviation row) or one addendum of this kiosk to the
 * central record, in one central transaction each, keyed by (origin, origin_id) for sessions and (origin,
 * chain_seq) for addenda. Copying what is already there is recognised (same seal hash) and is no change; a
 * different copy under the same key is a {@link Conflict}.
 *
 * <p>Ids are each database's own. What the hashes cover travels unchanged (names, texts, the kiosk's session
 * number in origin_id); ids are translated: a therapist by name (names are unique and hashed), a protocol text by
 * its SHA-256, a session by (origin, origin_id). A therapist who signed here but is not in the central directory
 * (a kiosk that ran alone before it joined) is added to it as recorded here, so the record stays whole.
 */
final class SessionCopy {
    private final Connection local;
    private final Connection central;
    private final String origin;
    private final Map<String, Set<String>> centralColumns = new HashMap<>();
    private final Map<Long, Long> therapists = new HashMap<>();
    private final Map<Long, Long> protocols = new HashMap<>();

    enum Outcome { COPIED, ALREADY_THERE }

    /** {@code central} must not auto-commit: each copy is its own transaction there. */
    SessionCopy(Connection local, Connection central, String origin) {
        this.local = local;
        this.central = central;
        this.origin = origin;
    }

    /** Copies this kiosk's session with seal number {@code sealSeq}. */
    Outcome session(long sealSeq) throws SQLException, Conflict {
        List<Map<String, Object>> found = Rows.all(local,
                "SELECT * FROM therapy_session WHERE origin = '' AND seal_seq = ?", sealSeq);
        if (found.isEmpty()) {
            throw new SQLException("seal #" + sealSeq + " is not in this kiosk's record");
        }
        Map<String, Object> row = found.get(0);
        long localId = ((Number) row.get("id")).longValue();
        if (alreadyThere(localId, sealSeq, (String) row.get("seal_hash"))) {
            return Outcome.ALREADY_THERE;
        }
        try {
            insertSession(row, localId);
            central.commit();
            return Outcome.COPIED;
        } catch (SQLException e) {
            central.rollback();
            forgetIds();
            // Someone (this kiosk before a crash, a second replicator) got there first: the unique key decides.
            if (Rows.duplicate(e) && alreadyThere(localId, sealSeq, (String) row.get("seal_hash"))) {
                return Outcome.ALREADY_THERE;
            }
            throw e;
        }
    }

    private boolean alreadyThere(long localId, long sealSeq, String sealHash) throws SQLException, Conflict {
        List<Map<String, Object>> same = Rows.all(central, "SELECT origin_id, seal_seq, seal_hash FROM therapy_session"
                + " WHERE origin = ? AND (origin_id = ? OR seal_seq = ?)", origin, localId, sealSeq);
        central.rollback(); // end the read's transaction: PostgreSQL would otherwise hold it open
        for (Map<String, Object> there : same) {
            if (((Number) there.get("origin_id")).longValue() == localId
                    && Objects.equals(there.get("seal_hash"), sealHash)
                    && there.get("seal_seq") != null && ((Number) there.get("seal_seq")).longValue() == sealSeq) {
                return true;
            }
        }
        if (!same.isEmpty()) {
            throw new Conflict("the central record already holds a different session " + localId + " or seal #"
                    + sealSeq + " for kiosk '" + origin + "' (this kiosk's record was changed after it was copied,"
                    + " or another kiosk copies under the same name); run verify --against on this kiosk");
        }
        return false;
    }

    private void insertSession(Map<String, Object> row, long localId) throws SQLException {
        row.remove("id");
        row.put("origin", origin);
        row.put("origin_id", localId);
        row.put("therapist_id", centralTherapist((Number) row.get("therapist_id")));
        row.put("override_by", centralTherapist((Number) row.get("override_by")));
        row.put("signed_by", centralTherapist((Number) row.get("signed_by")));
        row.put("protocol_version_id", centralProtocol(((Number) row.get("protocol_version_id")).longValue()));
        // seal_key / seal_signature (V8) travel as they are: key ids are SHA-256 of the key, the same everywhere,
        // and keys() has registered this kiosk's public keys centrally before any session is copied.
        Rows.insert(central, "therapy_session", row, columns("therapy_session"));
        long centralId = Rows.longValue(central, "SELECT id FROM therapy_session WHERE origin = ? AND origin_id = ?",
                origin, localId);
        copyEvents(localId, centralId);
        for (Map<String, Object> deviation : Rows.all(local, "SELECT * FROM session_deviation WHERE session_id = ?",
                localId)) {
            deviation.put("session_id", centralId);
            Rows.insert(central, "session_deviation", deviation, columns("session_deviation"));
        }
    }

    private void copyEvents(long localId, long centralId) throws SQLException {
        List<Map<String, Object>> events = Rows.all(local,
                "SELECT * FROM session_event WHERE session_id = ? ORDER BY seq", localId);
        if (events.isEmpty()) {
            return;
        }
        List<String> names = Rows.insertable(events.get(0), columns("session_event"));
        try (PreparedStatement insert = central.prepareStatement(Rows.insertSql("session_event", names))) {
            for (Map<String, Object> event : events) {
                event.put("session_id", centralId);
                Rows.bind(insert, names, event);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Registers this kiosk's public keys (kiosk_key, V8) in the central record, and where its signed eras begin
     * (signing_start, as replica_signing_start for this kiosk), so the central verify checks its signatures as
     * the kiosk does. Rows already there are left alone: both tables only ever grow.
     */
    void keys() throws SQLException {
        Set<String> keyColumns = columns("kiosk_key");
        for (Map<String, Object> key : Rows.all(local, "SELECT * FROM kiosk_key")) {
            if (Rows.value(central, "SELECT key_id FROM kiosk_key WHERE key_id = ?", key.get("key_id")) == null) {
                Rows.insert(central, "kiosk_key", key, keyColumns);
            }
        }
        for (Map<String, Object> start : Rows.all(local, "SELECT chain, first_seq FROM signing_start")) {
            if (Rows.value(central, "SELECT first_seq FROM replica_signing_start WHERE origin = ? AND chain = ?",
                    origin, start.get("chain")) == null) {
                start.put("origin", origin);
                Rows.insert(central, "replica_signing_start", start, columns("replica_signing_start"));
            }
        }
        central.commit();
    }

    /**
     * Copies this kiosk's addendum number {@code chainSeq}; {@code null} when its session is not in the central
     * record yet (it is copied first, the addendum on a later pass).
     */
    Outcome addendum(long chainSeq) throws SQLException, Conflict {
        List<Map<String, Object>> found = Rows.all(local, "SELECT * FROM addendum WHERE origin = '' AND chain_seq = ?",
                chainSeq);
        if (found.isEmpty()) {
            throw new SQLException("addendum #" + chainSeq + " is not in this kiosk's record");
        }
        Map<String, Object> row = found.get(0);
        if (addendumThere(chainSeq, (String) row.get("hash"))) {
            return Outcome.ALREADY_THERE;
        }
        Long session = Rows.longValue(central, "SELECT id FROM therapy_session WHERE origin = ? AND origin_id = ?",
                origin, row.get("session_id"));
        if (session == null) {
            central.rollback();
            return null;
        }
        try {
            row.remove("id");
            row.put("origin", origin);
            row.put("session_id", session);
            row.put("author_id", centralTherapist((Number) row.get("author_id")));
            Rows.insert(central, "addendum", row, columns("addendum"));
            central.commit();
            return Outcome.COPIED;
        } catch (SQLException e) {
            central.rollback();
            forgetIds();
            if (Rows.duplicate(e) && addendumThere(chainSeq, (String) found.get(0).get("hash"))) {
                return Outcome.ALREADY_THERE;
            }
            throw e;
        }
    }

    private boolean addendumThere(long chainSeq, String hash) throws SQLException, Conflict {
        Object there = Rows.value(central, "SELECT hash FROM addendum WHERE origin = ? AND chain_seq = ?", origin,
                chainSeq);
        central.rollback();
        if (there == null) {
            return false;
        }
        if (!there.equals(hash)) {
            throw new Conflict("the central record already holds a different addendum #" + chainSeq + " for kiosk '"
                    + origin + "'; run verify --against on this kiosk");
        }
        return true;
    }

    /** A rolled-back transaction may have taken therapists or protocol texts it added with it. */
    private void forgetIds() {
        therapists.clear();
        protocols.clear();
    }

    private Long centralTherapist(Number localId) throws SQLException {
        if (localId == null) {
            return null;
        }
        Long cached = therapists.get(localId.longValue());
        if (cached != null) {
            return cached;
        }
        List<Map<String, Object>> rows = Rows.all(local, "SELECT * FROM therapist WHERE id = ?", localId.longValue());
        if (rows.isEmpty()) {
            throw new SQLException("therapist " + localId + " is missing from this kiosk's record");
        }
        Map<String, Object> therapist = rows.get(0);
        String name = (String) therapist.get("name");
        Long id = Rows.longValue(central, "SELECT id FROM therapist WHERE name = ?", name);
        if (id == null) {
            therapist.remove("id");
            therapist.put("failed_attempts", 0);
            therapist.put("locked_until", null);
            Rows.insert(central, "therapist", therapist, columns("therapist"));
            id = Rows.longValue(central, "SELECT id FROM therapist WHERE name = ?", name);
        }
        therapists.put(localId.longValue(), id);
        return id;
    }

    private long centralProtocol(long localId) throws SQLException {
        Long cached = protocols.get(localId);
        if (cached != null) {
            return cached;
        }
        Map<String, Object> version = Rows.all(local, "SELECT * FROM protocol_version WHERE id = ?", localId).get(0);
        String sha = (String) version.get("sha256");
        Long id = Rows.longValue(central, "SELECT id FROM protocol_version WHERE sha256 = ?", sha);
        if (id == null) {
            version.remove("id");
            Rows.insert(central, "protocol_version", version, columns("protocol_version"));
            id = Rows.longValue(central, "SELECT id FROM protocol_version WHERE sha256 = ?", sha);
        }
        protocols.put(localId, id);
        return id;
    }

    private Set<String> columns(String table) throws SQLException {
        Set<String> known = centralColumns.get(table);
        if (known == null) {
            known = Rows.columns(central, table);
            centralColumns.put(table, known);
        }
        return known;
    }
}
