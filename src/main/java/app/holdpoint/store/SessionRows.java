package app.holdpoint.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import app.holdpoint.protocol.Side;

/** The one SELECT of a whole session row (with therapist names and protocol), and its mappings. */
final class SessionRows {
    static final String SELECT = "SELECT s.id, t.name, s.client_ref, s.side, s.protocol_version_id, pv.protocol_id,"
            + " pv.version, pv.sha256, s.protocol_id, s.kiosk_id, s.status, s.started_at, s.ended_at, s.pain_before,"
            + " s.pain_after, s.screening, s.override_reason, o.name, s.consent, s.note, g.name, s.signed_at,"
            + " s.planned_ms, s.actual_ms, s.skipped, s.shortened, s.extended, s.capped, s.deviations,"
            + " s.event_count, s.last_event_hash, s.header_hash, s.seal_seq, s.prev_seal_hash, s.seal_hash,"
            + " s.header_format, s.precautions, s.trigger_points, s.override_kind, s.seal_key, s.seal_signature,"
            + " s.origin, s.origin_id"
            + " FROM therapy_session s LEFT JOIN therapist t ON t.id = s.therapist_id"
            + " JOIN protocol_version pv ON pv.id = s.protocol_version_id"
            + " LEFT JOIN therapist o ON o.id = s.override_by LEFT JOIN therapist g ON g.id = s.signed_by ";

    static final int KIOSK_ID = 10;
    static final int STARTED_AT = 12;
    static final int ENDED_AT = 13;
    static final int SIGNED_AT = 22;
    static final int LAST_EVENT_HASH = 31;
    static final int HEADER_HASH = 32;
    static final int SEAL_SEQ = 33;
    static final int PREV_SEAL_HASH = 34;
    static final int SEAL_HASH = 35;
    static final int HEADER_FORMAT = 36;
    static final int PRECAUTIONS = 37;
    static final int TRIGGER_POINTS = 38;
    static final int OVERRIDE_KIND = 39;
    static final int SEAL_KEY = 40;
    static final int SEAL_SIGNATURE = 41;
    /** The kiosk a replicated session came from ('' for this database's own sessions) and its number there. */
    static final int ORIGIN = 42;
    static final int ORIGIN_ID = 43;

    private SessionRows() {
    }

    static SessionRecord record(ResultSet r) throws SQLException {
        Long planned = Jdbc.longValue(r, 23);
        Optional<SealedTotals> summary = planned == null ? Optional.empty() : Optional.of(new SealedTotals(planned,
                r.getLong(24), r.getInt(25), r.getInt(26), r.getInt(27), r.getInt(28), r.getInt(29)));
        return new SessionRecord(r.getLong(1), r.getString(2), r.getString(3),
                Optional.ofNullable(r.getString(4)).flatMap(Side::parse), r.getLong(5), r.getString(6), r.getInt(7),
                r.getString(8), r.getString(10), status(r.getString(11)), Jdbc.instant(r, 12),
                Jdbc.optionalInstant(r, 13), Jdbc.optionalInt(r, 14), Jdbc.optionalInt(r, 15),
                Screening.decode(r.getString(16)), Optional.ofNullable(r.getString(17)),
                Optional.ofNullable(r.getString(18)), r.getBoolean(19), Optional.ofNullable(r.getString(20)),
                Optional.ofNullable(r.getString(21)), Jdbc.optionalInstant(r, 22), summary, r.getInt(30),
                Optional.ofNullable(r.getString(SEAL_HASH)), Screening.decodeLines(r.getString(PRECAUTIONS)),
                Screening.decodePoints(r.getString(TRIGGER_POINTS)),
                Optional.ofNullable(r.getString(OVERRIDE_KIND)).flatMap(StopKind::parse));
    }

    static Hashes.Header header(ResultSet r) throws SQLException {
        Integer format = Jdbc.integer(r, HEADER_FORMAT);
        return new Hashes.Header(format == null ? 1 : format, r.getString(2), r.getString(3), r.getString(4),
                r.getString(6), r.getInt(7), r.getString(8), r.getString(9), r.getString(10), Jdbc.micros(r, 12),
                Jdbc.integer(r, 14), r.getString(16), r.getString(17), r.getString(18), r.getBoolean(19),
                r.getString(PRECAUTIONS), r.getString(TRIGGER_POINTS), r.getString(OVERRIDE_KIND));
    }

    /** The seal as stored, linked to {@code previous}, for hashing. */
    static Hashes.Seal seal(ResultSet r, String previous, String headerHash) throws SQLException {
        return new Hashes.Seal(previous, r.getLong(SEAL_SEQ), hashedId(r), headerHash, r.getString(11),
                Jdbc.micros(r, 13), Jdbc.integer(r, 15), r.getString(20), r.getString(21), Jdbc.micros(r, 22),
                Jdbc.longValue(r, 23), Jdbc.longValue(r, 24), Jdbc.integer(r, 25), Jdbc.integer(r, 26),
                Jdbc.integer(r, 27), Jdbc.integer(r, 28), Jdbc.integer(r, 29), r.getInt(30),
                r.getString(LAST_EVENT_HASH));
    }

    /**
     * The session number the hashes cover: the kiosk's own number for a replicated session (the central row's id
     * is the central record's), else the row's id.
     */
    static long hashedId(ResultSet r) throws SQLException {
        Long origin = Jdbc.longValue(r, ORIGIN_ID);
        return origin == null ? r.getLong(1) : origin;
    }

    static SessionStatus status(String word) {
        return SessionStatus.parse(word).orElseThrow(() -> new StoreException("unknown session status '" + word
                + "' in the database"));
    }
}
