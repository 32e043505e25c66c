package app.holdpoint.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import app.holdpoint.domain.NoteText;

/**
 * Sealing sessions into the session chain and addenda into the addendum chain. Confined to the writer thread.
 * The chain heads are read {@code FOR UPDATE}, so two processes sealing at once (several kiosks on one server)
 * queue rather than fork the chain; the unique seal_seq and chain_seq columns back that up.
 */
final class SealWrites {
    private final Sql sql;
    private final StoreConfig config;
    private final SessionWrites sessions;
    private final Hashes hashes = new Hashes();
    private final Signing signing;
    private ChainHeadFile.Head sealed; // the newest seal of the open transaction, for the head file
    private boolean chained; // the open transaction sealed a session or added an addendum

    SealWrites(Sql sql, StoreConfig config, SessionWrites sessions, Signing signing) {
        this.sql = sql;
        this.config = config;
        this.sessions = sessions;
        this.signing = signing;
    }

    /** The newest seal written since the last call (its transaction has committed when the writer asks). */
    Optional<ChainHeadFile.Head> takeSealed() {
        Optional<ChainHeadFile.Head> taken = Optional.ofNullable(sealed);
        sealed = null;
        return taken;
    }

    /** Whether a seal or an addendum was written since the last call (its transaction has committed). */
    boolean takeChained() {
        boolean taken = chained;
        chained = false;
        return taken;
    }

    /** After a rollback: no seal of it happened, and the key registration may be undone. */
    void forget() {
        sealed = null;
        chained = false;
        signing.forget();
    }

    void seal(long sessionId, Closing closing, Optional<Signature> signer) throws SQLException {
        closing.painAfter().ifPresent(p -> SessionWrites.checkPain(p, "pain after"));
        Open open = open(sessionId);
        if (open.sealed()) {
            throw new StoreException("session " + sessionId + " is already sealed; corrections are addenda");
        }
        if (closing.status() != SessionStatus.INTERRUPTED && open.status() != SessionStatus.RUNNING) {
            throw new StoreException("session " + sessionId + " is " + open.status().word()
                    + "; resume it before sealing it as " + closing.status().word());
        }
        if (signer.isPresent() && new Reads(sql).therapist(signer.get().therapistId()).isEmpty()) {
            throw new StoreException("the signer is not a therapist of this database");
        }
        SessionWrites.Tail tail = sessions.closeTail(sessionId);
        Head head = head("session");
        long sealSeq = head.seq() + 1;
        Instant ended = Jdbc.micros(closing.endedAt());
        Instant signedAt = signer.isPresent() ? Jdbc.micros(config.clock().instant()) : null;
        String note = closing.note().map(n -> PersonText.note(n, "a note")).filter(n -> !n.isEmpty()).orElse(null);
        if (note != null && !NoteText.fitsNote(note)) {
            throw new StoreException("a note has at most " + NoteText.MAX_LENGTH + " characters");
        }
        SealRow row = new SealRow(head.hash(), sealSeq, sessionId, open.headerHash(), closing.status(), ended,
                closing.painAfter(), note, signer, signedAt, closing.totals(), tail.nextSeq(), tail.lastHash());
        String sealHash = hashes.seal(row.hashInput());
        String signature = signing.sign(sql, sealHash);
        // The signature goes in the same UPDATE as the seal: the append-only trigger allows no later one.
        Columns columns = row.columns(sealHash, signing.keyId(), signature);
        PreparedStatement update = sql.prepare("UPDATE therapy_session SET " + columns.assignments()
                + " WHERE id = ? AND seal_hash IS NULL");
        update.setLong(columns.bind(update), sessionId);
        if (update.executeUpdate() != 1) {
            throw new StoreException("session " + sessionId + " was sealed meanwhile");
        }
        deriveDeviations(sessionId);
        moveHead("session", sealSeq, sealHash);
        sealed = new ChainHeadFile.Head(sealSeq, sessionId, signedAt != null ? signedAt
                : Jdbc.micros(config.clock().instant()), sealHash);
        chained = true;
    }

    /**
     * Writes the session's tolerance-independent deviation facts (see V3__session_deviation.sql, which fills
     * them the same way for sessions sealed before it), in the seal's transaction.
     */
    private void deriveDeviations(long sessionId) throws SQLException {
        PreparedStatement insert = sql.prepare("INSERT INTO session_deviation (session_id, fixed_deviation,"
                + " max_shortfall_ms) SELECT s.id,"
                + " COALESCE(MAX(CASE WHEN e.event_type IN ('EXTENDED', 'SESSION_ENDED_EARLY')"
                + " OR (e.event_type = 'PHASE_ENDED' AND e.ended_by IN ('SKIP', 'CAP', 'BACK')) THEN 1 ELSE 0 END),"
                + " CASE WHEN s.status = 'ended-early' THEN 1 ELSE 0 END),"
                + " COALESCE(MAX(CASE WHEN e.event_type = 'PHASE_ENDED' AND e.ended_by <> 'BACK'"
                + " AND e.planned_ms > e.actual_ms THEN e.planned_ms - e.actual_ms END), 0)"
                + " FROM therapy_session s LEFT JOIN session_event e ON e.session_id = s.id WHERE s.id = ?"
                + " GROUP BY s.id, s.status");
        insert.setLong(1, sessionId);
        insert.executeUpdate();
    }

    Addendum addAddendum(long sessionId, Signature author, String text) throws SQLException {
        String body = PersonText.note(text, "an addendum");
        if (!NoteText.fitsAddendum(body)) {
            throw new StoreException("an addendum has 1 to " + NoteText.ADDENDUM_MAX_LENGTH + " characters");
        }
        SessionRecord session = new Reads(sql).session(sessionId)
                .orElseThrow(() -> new StoreException("no session " + sessionId));
        if (!session.sealed()) {
            throw new StoreException("session " + sessionId + " is not sealed yet; addenda correct sealed sessions");
        }
        Head head = head("addendum");
        long chainSeq = head.seq() + 1;
        Instant created = Jdbc.micros(config.clock().instant());
        String hash = hashes.addendum(head.hash(), chainSeq, sessionId, session.sealHash().orElseThrow(),
                author.name(), Jdbc.epochMicros(created), body);
        String signature = signing.sign(sql, hash);
        long id;
        PreparedStatement insert = sql.prepareWithKeys("INSERT INTO addendum (chain_seq, session_id,"
                + " author_id, created_at, body, prev_hash, hash, signing_key, signature)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insert.setLong(1, chainSeq);
        insert.setLong(2, sessionId);
        insert.setLong(3, author.therapistId());
        Jdbc.setInstant(insert, 4, created);
        insert.setString(5, body);
        insert.setString(6, head.hash());
        insert.setString(7, hash);
        insert.setString(8, signing.keyId());
        insert.setString(9, signature);
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            id = keys.getLong(1);
        }
        moveHead("addendum", chainSeq, hash);
        chained = true;
        return new Addendum(id, sessionId, author.name(), created, body, hash);
    }

    /** What sealing needs to know of a session, without reading all of it. */
    private record Open(SessionStatus status, boolean sealed, String headerHash) {
    }

    private Open open(long sessionId) throws SQLException {
        PreparedStatement query = sql.prepare(
                "SELECT status, seal_hash, header_hash FROM therapy_session WHERE id = ?");
        query.setLong(1, sessionId);
        try (ResultSet r = query.executeQuery()) {
            if (!r.next()) {
                throw new StoreException("no session " + sessionId);
            }
            return new Open(SessionRows.status(r.getString(1)), r.getString(2) != null, r.getString(3));
        }
    }

    private record Head(long seq, String hash) {
    }

    private Head head(String chain) throws SQLException {
        PreparedStatement query = sql.prepare(
                "SELECT seq, head_hash FROM chain_head WHERE chain = ? FOR UPDATE");
        query.setString(1, chain);
        try (ResultSet r = query.executeQuery()) {
            if (!r.next()) {
                throw new StoreException("the " + chain + " chain has no head row; run verify");
            }
            return new Head(r.getLong(1), r.getString(2));
        }
    }

    private void moveHead(String chain, long seq, String hash) throws SQLException {
        PreparedStatement update = sql.prepare(
                "UPDATE chain_head SET seq = ?, head_hash = ? WHERE chain = ?");
        update.setLong(1, seq);
        update.setString(2, hash);
        update.setString(3, chain);
        update.executeUpdate();
    }
}
