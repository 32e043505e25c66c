package app.holdpoint.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * The event half of verify: one ordered pass over all sessions and one over all events, merged like a zip.
 * Each session's chain starts at its header hash; every event must have the next sequence number, link to the
 * event before and hash to what it stores; the chain must end at the count and hash the session records.
 * A session's first broken event is reported and the rest of its events skipped; the walk goes on.
 */
final class EventWalk {
    private final Connection connection;
    private final Hashes hashes;
    private final int fetchSize;
    private final Findings findings;

    EventWalk(Connection connection, Hashes hashes, int fetchSize, Findings findings) {
        this.findings = findings;
        this.connection = connection;
        this.hashes = hashes;
        this.fetchSize = fetchSize;
    }

    /** Walks every event; {@code counted} receives the number of events checked. */
    void walk(LongConsumer counted) throws SQLException {
        long total = 0;
        try (PreparedStatement sessionQuery = connection.prepareStatement("SELECT id, header_hash, event_count,"
                + " last_event_hash, COALESCE(origin_id, id) FROM therapy_session ORDER BY id");
             PreparedStatement eventQuery = connection.prepareStatement("SELECT session_id, seq, event_type,"
                     + " offset_nanos, wall_micros, phase, planned_ms, actual_ms, ended_by, detail, prev_hash, hash"
                     + " FROM session_event ORDER BY session_id, seq")) {
            sessionQuery.setFetchSize(fetchSize);
            eventQuery.setFetchSize(fetchSize);
            try (ResultSet s = sessionQuery.executeQuery(); ResultSet e = eventQuery.executeQuery()) {
                boolean haveEvent = e.next();
                while (s.next()) {
                    long id = s.getLong(1);
                    long hashedId = s.getLong(5); // a replicated session's hashes carry its kiosk's number
                    String previous = s.getString(2);
                    int seq = 0;
                    boolean broken = false;
                    while (haveEvent && e.getLong(1) < id) {
                        long orphan = e.getLong(1);
                        findings.session(orphan, "event " + e.getInt(2) + " of session " + orphan
                                + " belongs to no session (the session row was deleted)");
                        haveEvent = skip(e, orphan);
                    }
                    while (haveEvent && e.getLong(1) == id) {
                        Optional<String> problem = check(e, id, hashedId, seq, previous);
                        if (problem.isPresent()) {
                            findings.session(id, problem.get());
                            broken = true;
                            haveEvent = skip(e, id);
                            break;
                        }
                        previous = e.getString(12);
                        seq++;
                        total++;
                        haveEvent = e.next();
                    }
                    if (broken) {
                        continue;
                    }
                    if (seq != s.getInt(3)) {
                        findings.session(id, "session " + id + ": " + seq + " events stored but the session records "
                                + s.getInt(3) + " (events " + (seq < s.getInt(3) ? "deleted" : "inserted") + ")");
                    } else if (!previous.equals(s.getString(4))) {
                        findings.session(id, "session " + id + ": its last event does not match the one it records");
                    }
                }
                while (haveEvent) {
                    long orphan = e.getLong(1);
                    findings.session(orphan, "event " + e.getInt(2) + " of session " + orphan
                            + " belongs to no session (the session row was deleted)");
                    haveEvent = skip(e, orphan);
                }
            }
        }
        counted.accept(total);
    }

    /** Moves past the rest of one session's events; false when no event is left. */
    private static boolean skip(ResultSet e, long sessionId) throws SQLException {
        boolean more = e.next();
        while (more && e.getLong(1) == sessionId) {
            more = e.next();
        }
        return more;
    }

    private Optional<String> check(ResultSet e, long sessionId, long hashedId, int expectedSeq, String previous)
            throws SQLException {
        int seq = e.getInt(2);
        if (seq != expectedSeq) {
            return Optional.of("session " + sessionId + ": event " + expectedSeq + " is missing (the next stored is "
                    + seq + ")");
        }
        if (!previous.equals(e.getString(11))) {
            return Optional.of("session " + sessionId + ", event " + seq + ": its link to the event before does not"
                    + " match (events deleted, inserted or reordered)");
        }
        String hash = hashes.event(previous, hashedId, seq, e.getString(3), e.getLong(4), e.getLong(5), e.getInt(6),
                e.getLong(7), e.getLong(8), e.getString(9), e.getString(10));
        if (!hash.equals(e.getString(12))) {
            return Optional.of("session " + sessionId + ", event " + seq + ": its content does not match its hash"
                    + " (edited or reordered)");
        }
        return Optional.empty();
    }
}
