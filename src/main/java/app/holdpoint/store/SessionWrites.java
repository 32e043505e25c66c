package app.holdpoint.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.holdpoint.domain.ClientReference;
import app.holdpoint.domain.PainScore;
import app.holdpoint.protocol.ScreeningQuestion;
import app.holdpoint.protocol.Side;
import app.holdpoint.session.SessionEvent;

/**
 * Begins sessions and appends their events, hash-chained. Confined to the writer thread. The tail of each open
 * session (next sequence, last hash) is cached; the writer forgets the cache when a transaction rolls back.
 * In a batch, event rows go out as one JDBC batch and the session's tail columns are written once at the end.
 */
final class SessionWrites {
    private final Sql sql;
    private final StoreConfig config;
    private final Hashes hashes = new Hashes();
    private final Map<Long, Tail> tails = new HashMap<>();
    private final Map<String, Long> versions = new HashMap<>();
    private PreparedStatement insertEvent;
    private PreparedStatement updateTail;
    private boolean batching;
    private int queued;

    /** Where a session's event chain ends. {@code dirty} when the session row does not show it yet. */
    record Tail(int nextSeq, String lastHash, boolean dirty) {
    }

    SessionWrites(Sql sql, StoreConfig config) {
        this.sql = sql;
        this.config = config;
    }

    /** After the writer moved to a fresh connection: the statements kept here belonged to the old one. */
    void forgetStatements() {
        insertEvent = null;
        updateTail = null;
        queued = 0;
        batching = false;
    }

    /** After a rollback: nothing cached or queued may outlive the transaction it came from. */
    void forgetCache() {
        tails.clear();
        versions.clear();
        if (queued > 0) {
            try {
                insertEvent.clearBatch();
            } catch (SQLException ignored) {
                // The connection is gone; so is the batch.
            }
        }
        queued = 0;
        batching = false;
    }

    long begin(NewSession s) throws SQLException {
        String clientRef = PersonText.line(s.clientRef(), "a client reference");
        if (!ClientReference.isRecordable(clientRef)) {
            throw new StoreException(StoreProblem.CLIENT_REFERENCE, ClientReference.RECORDED_MAX_LENGTH);
        }
        checkPain(s.painBefore().isPresent() ? s.painBefore().getAsInt() : 0, "pain before");
        Reads reads = new Reads(sql);
        Therapist therapist = reads.therapist(s.therapistId())
                .orElseThrow(() -> new StoreException("no therapist with id " + s.therapistId()));
        if (therapist.disabled()) {
            throw new StoreException("therapist '" + therapist.name() + "' is disabled");
        }
        checkCredential(s, therapist);
        checkAbsoluteStops(s);
        Optional<Therapist> overrideBy = Optional.empty();
        if (s.override().isPresent()) {
            overrideBy = Optional.of(checkOverride(s.override().get(), reads));
        }
        long versionId = protocolVersion(s);
        Instant started = Jdbc.micros(s.startedAt());
        String screening = Screening.encode(s.screening());
        String side = s.side().map(Side::word).orElse(null);
        String precautions = Screening.encodeLines(s.precautions());
        String points = Screening.encodePoints(s.triggerPoints());
        String overrideKind = s.override().map(o -> o.stop().word()).orElse(null);
        HeaderRow row = new HeaderRow(Hashes.HEADER_FORMAT, therapist, clientRef, side, s.protocol(),
                config.kioskId(), started, s.painBefore(), screening,
                s.override().map(NewSession.ScreeningOverride::reason), overrideBy, s.consent(), precautions, points,
                overrideKind);
        String header = hashes.header(row.hashInput());
        long id = nextSessionNumber();
        Columns columns = row.columns(id, versionId, header);
        PreparedStatement insert = sql.prepare("INSERT INTO therapy_session " + columns.values());
        columns.bind(insert);
        insert.executeUpdate();
        tails.put(id, new Tail(0, header, false));
        return id;
    }

    /**
     * The next session number: one more than the highest, so numbers stay consecutive across crashes and
     * rollbacks (an identity column hands out numbers outside the transaction and skips what a crash or a
     * rollback lost: 1, 1001, 2001 after kills with H2's cache; gaps on PostgreSQL after a rollback). The session
     * chain's head row is locked first, so two writers on one server (kiosks on PostgreSQL, the command line
     * beside the kiosk) take turns instead of both picking the same number; the primary key backs that up.
     */
    private long nextSessionNumber() throws SQLException {
        PreparedStatement lock = sql.prepare("SELECT seq FROM chain_head WHERE chain = 'session' FOR UPDATE");
        try (ResultSet r = lock.executeQuery()) {
            if (!r.next()) {
                throw new StoreException("the session chain has no head row; run verify");
            }
        }
        try (ResultSet r = sql.prepare("SELECT MAX(id) FROM therapy_session").executeQuery()) {
            return r.next() ? r.getLong(1) + 1 : 1;
        }
    }

    void append(long sessionId, SessionEvent e) throws SQLException {
        Tail tail = tail(sessionId);
        if (e.sequence() != tail.nextSeq()) {
            throw new StoreException("session " + sessionId + ": event " + e.sequence() + " is out of order;"
                    + " the next event must be number " + tail.nextSeq());
        }
        long wall = Jdbc.epochMicros(Jdbc.micros(e.wallTime()));
        String endedBy = e.endedBy() == null ? null : e.endedBy().name();
        String hash = hashes.event(tail.lastHash(), sessionId, e.sequence(), e.type().name(), e.offsetNanos(), wall,
                e.phase(), e.plannedMillis(), e.actualMillis(), endedBy, e.detail());
        if (insertEvent == null) {
            insertEvent = sql.prepare("INSERT INTO session_event (session_id, seq, event_type,"
                    + " offset_nanos, wall_micros, phase, planned_ms, actual_ms, ended_by, detail, prev_hash, hash)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        PreparedStatement p = insertEvent;
        p.setLong(1, sessionId);
        p.setInt(2, e.sequence());
        p.setString(3, e.type().name());
        p.setLong(4, e.offsetNanos());
        p.setLong(5, wall);
        p.setInt(6, e.phase());
        p.setLong(7, e.plannedMillis());
        p.setLong(8, e.actualMillis());
        p.setString(9, endedBy);
        p.setString(10, e.detail());
        p.setString(11, tail.lastHash());
        p.setString(12, hash);
        Tail next = new Tail(e.sequence() + 1, hash, batching);
        tails.put(sessionId, next);
        if (batching) {
            p.addBatch();
            queued++;
        } else {
            p.executeUpdate();
            writeTail(sessionId, next);
        }
    }

    /** Starts a batch: events are queued until {@link #flush()}. */
    void startBatch() {
        batching = true;
    }

    /** Writes queued events and the tails of sessions that have them; ends batching. */
    void flush() throws SQLException {
        if (queued > 0) {
            insertEvent.executeBatch();
            queued = 0;
        }
        for (Map.Entry<Long, Tail> entry : tails.entrySet()) {
            if (entry.getValue().dirty()) {
                writeTail(entry.getKey(), entry.getValue());
                entry.setValue(new Tail(entry.getValue().nextSeq(), entry.getValue().lastHash(), false));
            }
        }
        batching = false;
    }

    /** Queued events must reach the table before anything reads it (a seal, a long batch). */
    void flushEvents() throws SQLException {
        if (queued > 0) {
            insertEvent.executeBatch();
            queued = 0;
        }
    }

    /**
     * Event count and last hash of a running or interrupted session about to be sealed (queued batch rows
     * included), and forgets it.
     */
    Tail closeTail(long sessionId) throws SQLException {
        Tail cached = tails.remove(sessionId);
        flushEvents();
        return cached != null ? cached : load(sessionId, true);
    }

    private Tail tail(long sessionId) throws SQLException {
        Tail cached = tails.get(sessionId);
        if (cached != null) {
            return cached;
        }
        Tail tail = load(sessionId, false);
        tails.put(sessionId, tail);
        return tail;
    }

    private Tail load(long sessionId, boolean interruptedToo) throws SQLException {
        PreparedStatement query = sql.prepare("SELECT status, seal_hash, event_count,"
                + " last_event_hash FROM therapy_session WHERE id = ?");
        query.setLong(1, sessionId);
        try (ResultSet r = query.executeQuery()) {
            if (!r.next()) {
                throw new StoreException("no session " + sessionId);
            }
            if (r.getString(2) != null) {
                throw new StoreException("session " + sessionId + " is sealed; corrections are addenda");
            }
            boolean running = SessionStatus.RUNNING.word().equals(r.getString(1));
            if (!running && !(interruptedToo && SessionStatus.INTERRUPTED.word().equals(r.getString(1)))) {
                throw new StoreException("session " + sessionId + " is " + r.getString(1)
                        + "; resume it before adding events");
            }
            return new Tail(r.getInt(3), r.getString(4), false);
        }
    }

    private void writeTail(long sessionId, Tail tail) throws SQLException {
        if (updateTail == null) {
            updateTail = sql.prepare(
                    "UPDATE therapy_session SET event_count = ?, last_event_hash = ? WHERE id = ?");
        }
        updateTail.setInt(1, tail.nextSeq());
        updateTail.setString(2, tail.lastHash());
        updateTail.setLong(3, sessionId);
        updateTail.executeUpdate();
    }

    /** The stored version of the session's protocol, inserted on first use; checked and cached per hash. */
    private long protocolVersion(NewSession s) throws SQLException {
        Long cached = versions.get(s.protocol().sha256());
        if (cached != null) {
            return cached;
        }
        if (!Canon.sha256(s.protocol().text()).equals(s.protocol().sha256())) {
            throw new StoreException("protocol " + s.protocol().id() + ": the text does not match its SHA-256");
        }
        long id = storedVersion(s);
        versions.put(s.protocol().sha256(), id);
        return id;
    }

    private long storedVersion(NewSession s) throws SQLException {
        PreparedStatement query = sql.prepare(
                "SELECT id FROM protocol_version WHERE sha256 = ?");
        query.setString(1, s.protocol().sha256());
        try (ResultSet r = query.executeQuery()) {
            if (r.next()) {
                return r.getLong(1);
            }
        }
        PreparedStatement insert = sql.prepareWithKeys("INSERT INTO protocol_version (protocol_id,"
                + " version, file_name, sha256, body, first_used) VALUES (?, ?, ?, ?, ?, ?)");
        insert.setString(1, s.protocol().id());
        insert.setInt(2, s.protocol().version());
        insert.setString(3, s.protocol().fileName());
        insert.setString(4, s.protocol().sha256());
        insert.setString(5, s.protocol().text());
        Jdbc.setInstant(insert, 6, config.clock().instant());
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /**
     * Needling is for therapists whose record carries a valid dry-needling credential on the session's day
     * (defence in depth: the kiosk hides such protocols and the command line refuses first).
     */
    private void checkCredential(NewSession s, Therapist therapist) {
        if (!s.protocol().hasNeedling()) {
            return;
        }
        LocalDate day = LocalDate.ofInstant(s.startedAt(), config.clock().getZone());
        if (!therapist.mayNeedleOn(day)) {
            String why = therapist.dryNeedling()
                    .map(credential -> "their dry-needling credential expired on " + credential.expires().orElseThrow())
                    .orElse("their record carries no dry-needling credential");
            throw new SessionRefused(SessionRefused.Reason.DRY_NEEDLING_CREDENTIAL, s.protocol().id()
                    + " has dry needling and therapist '" + therapist.name() + "' may not needle: " + why
                    + "; an administrator records one with: therapist credential '" + therapist.name()
                    + "' --dry-needling [--jurisdiction X] [--expires YYYY-MM-DD]");
        }
    }

    /** An absolute stop answer ends the preparation: no session begins, whoever would override it. */
    private static void checkAbsoluteStops(NewSession s) {
        Map<String, Boolean> given = new HashMap<>();
        s.screening().forEach(answer -> given.put(answer.questionId(), answer.answer()));
        List<String> absolute = s.protocol().screening().stream()
                .filter(q -> q.absolute() && given.containsKey(q.id()) && q.stops(given.get(q.id())))
                .map(ScreeningQuestion::id).toList();
        if (!absolute.isEmpty()) {
            throw new SessionRefused(SessionRefused.Reason.ABSOLUTE_STOP, "the answer to " + String.join(", ",
                    absolute) + " rules this treatment out today and cannot be overridden by anyone");
        }
    }

    /** Only an enabled administrator lifts a stop, only a relative one, and only with a reason that says why. */
    private static Therapist checkOverride(NewSession.ScreeningOverride override, Reads reads) throws SQLException {
        if (override.stop() == StopKind.ABSOLUTE) {
            throw new SessionRefused(SessionRefused.Reason.ABSOLUTE_STOP,
                    "an absolute stop cannot be overridden by anyone; the session cannot start");
        }
        Therapist by = reads.therapist(override.therapistId())
                .orElseThrow(() -> new StoreException("no therapist with id " + override.therapistId()));
        if (!by.isAdmin() || by.disabled()) {
            throw new SessionRefused(SessionRefused.Reason.OVERRIDE_NOT_BY_ADMINISTRATOR, "only an enabled"
                    + " administrator may override a stop answer, and '" + by.name() + "' is not one");
        }
        Optional<String> problem = NewSession.ScreeningOverride.reasonProblem(override.reason());
        if (problem.isPresent()) {
            throw new SessionRefused(SessionRefused.Reason.OVERRIDE_REASON, problem.get());
        }
        return by;
    }

    static void checkPain(int value, String what) {
        if (!PainScore.isValid(value)) {
            throw new StoreException(what + " must be " + PainScore.MIN + " to " + PainScore.MAX + ", got " + value);
        }
    }
}
