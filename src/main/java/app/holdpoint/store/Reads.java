package app.holdpoint.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import app.holdpoint.session.EndedBy;
import app.holdpoint.session.EventType;
import app.holdpoint.session.SessionEvent;

/** Read queries over one connection; used by the store's readers and, inside a write, by the writer. */
final class Reads {
    /** A therapist with the newest dry-needling row (a grant, or a revocation that cancels it). */
    private static final String THERAPIST = "SELECT t.id, t.name, t.role_name, t.disabled, t.failed_attempts,"
            + " t.locked_until, t.created_at, c.action, c.jurisdiction, c.expires_on, c.recorded_by, c.recorded_at"
            + " FROM therapist t LEFT JOIN (SELECT therapist_id, MAX(id) AS newest FROM therapist_credential"
            + " WHERE credential = '" + CredentialWrites.DRY_NEEDLING + "' GROUP BY therapist_id) n"
            + " ON n.therapist_id = t.id LEFT JOIN therapist_credential c ON c.id = n.newest ";

    private final Sql sql;

    /** The statements these reads use, for reads kept beside their writes (recovery). */
    Sql sql() {
        return sql;
    }

    Reads(Sql sql) {
        this.sql = sql;
    }

    Optional<SessionRecord> session(long id) throws SQLException {
        PreparedStatement query = sql.prepare(SessionRows.SELECT + "WHERE s.id = ?");
        query.setLong(1, id);
        try (ResultSet rows = query.executeQuery()) {
            return rows.next() ? Optional.of(SessionRows.record(rows)) : Optional.empty();
        }
    }

    List<SessionRecord> sessionsWithStatus(SessionStatus status, boolean sealed, Optional<String> kioskId)
            throws SQLException {
        PreparedStatement query = sql.prepare(SessionRows.SELECT + "WHERE s.status = ? AND s.seal_hash IS "
                + (sealed ? "NOT NULL" : "NULL") + (kioskId.isPresent() ? " AND s.kiosk_id = ?" : "")
                + " ORDER BY s.id");
        query.setString(1, status.word());
        if (kioskId.isPresent()) {
            query.setString(2, kioskId.get());
        }
        List<SessionRecord> found = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                found.add(SessionRows.record(rows));
            }
        }
        return found;
    }

    List<SessionEvent> events(long sessionId) throws SQLException {
        PreparedStatement query = sql.prepare("SELECT seq, event_type, offset_nanos, wall_micros, phase, planned_ms,"
                + " actual_ms, ended_by, detail FROM session_event WHERE session_id = ? ORDER BY seq");
        query.setLong(1, sessionId);
        List<SessionEvent> events = new ArrayList<>();
        try (ResultSet r = query.executeQuery()) {
            while (r.next()) {
                String endedBy = r.getString(8);
                events.add(new SessionEvent(r.getInt(1), EventType.valueOf(r.getString(2)), r.getLong(3),
                        Jdbc.fromEpochMicros(r.getLong(4)), r.getInt(5), r.getLong(6), r.getLong(7),
                        endedBy == null ? null : EndedBy.valueOf(endedBy), r.getString(9)));
            }
        }
        return events;
    }

    /** As {@link ChainVerifier}'s clock-order notice, for one session: see {@link SessionStore#clockNotice}. */
    Optional<VerifyFinding> clockNotice(long id) throws SQLException {
        PreparedStatement query = sql.prepare("SELECT p.id, s.started_at, p.signed_at, p.ended_at"
                + " FROM therapy_session s JOIN therapy_session p ON p.kiosk_id = s.kiosk_id"
                + " AND p.seal_seq < s.seal_seq AND (p.signed_at IS NOT NULL OR p.ended_at IS NOT NULL)"
                + " WHERE s.id = ? ORDER BY p.seal_seq DESC FETCH FIRST 1 ROWS ONLY");
        query.setLong(1, id);
        try (ResultSet r = query.executeQuery()) {
            if (!r.next()) {
                return Optional.empty();
            }
            Instant started = Jdbc.instant(r, 2);
            Instant signed = Jdbc.instant(r, 3);
            Instant sealed = signed != null ? signed : Jdbc.instant(r, 4);
            return started != null && started.isBefore(sealed)
                    ? Optional.of(VerifyFinding.of(VerifyFinding.Kind.CLOCK_BACK, id, r.getLong(1))) : Optional.empty();
        }
    }

    List<Addendum> addenda(long sessionId) throws SQLException {
        PreparedStatement query = sql.prepare("SELECT a.id, a.session_id, t.name, a.created_at, a.body, a.hash"
                + " FROM addendum a JOIN therapist t ON t.id = a.author_id WHERE a.session_id = ? ORDER BY a.chain_seq");
        query.setLong(1, sessionId);
        List<Addendum> addenda = new ArrayList<>();
        try (ResultSet r = query.executeQuery()) {
            while (r.next()) {
                addenda.add(new Addendum(r.getLong(1), r.getLong(2), r.getString(3), Jdbc.instant(r, 4),
                        r.getString(5), r.getString(6)));
            }
        }
        return addenda;
    }

    Optional<ProtocolVersion> protocolVersion(long id) throws SQLException {
        PreparedStatement query = sql.prepare("SELECT id, protocol_id, version, file_name, sha256, body"
                + " FROM protocol_version WHERE id = ?");
        query.setLong(1, id);
        try (ResultSet r = query.executeQuery()) {
            return r.next() ? Optional.of(new ProtocolVersion(r.getLong(1), r.getString(2), r.getInt(3),
                    r.getString(4), r.getString(5), r.getString(6))) : Optional.empty();
        }
    }

    List<String> protocolIds() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (ResultSet rows = sql.prepare("SELECT DISTINCT protocol_id FROM protocol_version ORDER BY protocol_id")
                .executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    List<Therapist> therapists() throws SQLException {
        List<Therapist> all = new ArrayList<>();
        try (ResultSet rows = sql.prepare(THERAPIST + "ORDER BY t.name").executeQuery()) {
            while (rows.next()) {
                all.add(therapist(rows));
            }
        }
        return all;
    }

    Optional<Therapist> therapist(String name) throws SQLException {
        PreparedStatement query = sql.prepare(THERAPIST + "WHERE t.name = ?");
        query.setString(1, PersonText.lookup(name));
        try (ResultSet rows = query.executeQuery()) {
            return rows.next() ? Optional.of(therapist(rows)) : Optional.empty();
        }
    }

    Optional<Therapist> therapist(long id) throws SQLException {
        PreparedStatement query = sql.prepare(THERAPIST + "WHERE t.id = ?");
        query.setLong(1, id);
        try (ResultSet rows = query.executeQuery()) {
            return rows.next() ? Optional.of(therapist(rows)) : Optional.empty();
        }
    }

    /**
     * The newest screening of {@code clientRef} in a session started at or after {@code notBefore} that had any
     * answers (simulations record none). Reads the client index (V5) newest first and stops at the first hit.
     */
    Optional<PriorScreening> lastScreening(String clientRef, Instant notBefore) throws SQLException {
        PreparedStatement query = sql.prepare("SELECT id, started_at, screening FROM therapy_session"
                + " WHERE client_ref = ? AND started_at >= ? AND screening <> '[]'"
                + " ORDER BY client_ref, started_at DESC, id DESC FETCH FIRST 1 ROWS ONLY");
        query.setString(1, clientRef.strip());
        Jdbc.setInstant(query, 2, notBefore);
        try (ResultSet r = query.executeQuery()) {
            return r.next() ? Optional.of(new PriorScreening(r.getLong(1), Jdbc.instant(r, 2),
                    Screening.answers(r.getString(3)))) : Optional.empty();
        }
    }

    private static Therapist therapist(ResultSet r) throws SQLException {
        Optional<Credential> dryNeedling = Optional.empty();
        if (CredentialWrites.GRANT.equals(r.getString(8))) {
            dryNeedling = Optional.of(new Credential(r.getString(9),
                    Optional.ofNullable(r.getObject(10, LocalDate.class)), r.getLong(11), Jdbc.instant(r, 12)));
        }
        return new Therapist(r.getLong(1), r.getString(2), Role.parse(r.getString(3)), r.getBoolean(4), r.getInt(5),
                Jdbc.optionalInstant(r, 6), Jdbc.instant(r, 7), dryNeedling);
    }
}
