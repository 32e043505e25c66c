package app.holdpoint.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.LongConsumer;

/**
 * The event half of verify: one ordered pass over all sessions and one over all events, merged like a zip.
 * Each session's chain starts at its header hash; every event must have the next sequence number, link to the
 * event before and hash to what it stores; the chain must end at the count and hash the session records.
 */
final class EventWalk {
    private final Connection connection;
    private final Hashes hashes;
    private final int fetchSize;

    /** The first event (or missing event) that does not match. */
    static final class Broken extends Exception {
        Broken(String message) {
            super(message, null, false, false);
        }
    }

    EventWalk(Connection connection, Hashes hashes, int fetchSize) {
        this.connection = connection;
        this.hashes = hashes;
        this.fetchSize = fetchSize;
    }

    /** Walks every event; {@code counted} receives the number of events checked. */
    void walk(LongConsumer counted) throws SQLException, Broken {
        long total = 0;
        try (PreparedStatement sessionQuery = connection.prepareStatement("SELECT id, header_hash, event_count,"
                + " last_event_hash FROM therapy_session ORDER BY id");
             PreparedStatement eventQuery = connection.prepareStatement("SELECT session_id, seq, event_type,"
                     + " offset_nanos, wall_micros, phase, planned_ms, actual_ms, ended_by, detail, prev_hash, hash"
                     + " FROM session_event ORDER BY session_id, seq")) {
            sessionQuery.setFetchSize(fetchSize);
            eventQuery.setFetchSize(fetchSize);
            try (ResultSet s = sessionQuery.executeQuery(); ResultSet e = eventQuery.executeQuery()) {
                boolean haveEvent = e.next();
                while (s.next()) {
                    long id = s.getLong(1);
                    String previous = s.getString(2);
                    int seq = 0;
                    if (haveEvent && e.getLong(1) < id) {
                        throw new Broken("event " + e.getInt(2) + " of session " + e.getLong(1)
                                + " belongs to no session (the session row was deleted)");
                    }
                    while (haveEvent && e.getLong(1) == id) {
                        check(e, id, seq, previous);
                        previous = e.getString(12);
                        seq++;
                        total++;
                        haveEvent = e.next();
                    }
                    if (seq != s.getInt(3)) {
                        throw new Broken("session " + id + ": " + seq + " events stored but the session records "
                                + s.getInt(3) + " (events " + (seq < s.getInt(3) ? "deleted" : "inserted") + ")");
                    }
                    if (!previous.equals(s.getString(4))) {
                        throw new Broken("session " + id + ": its last event does not match the one it records");
                    }
                }
                if (haveEvent) {
                    throw new Broken("event " + e.getInt(2) + " of session " + e.getLong(1)
                            + " belongs to no session (the session row was deleted)");
                }
            }
        }
        counted.accept(total);
    }

    private void check(ResultSet e, long sessionId, int expectedSeq, String previous) throws SQLException, Broken {
        int seq = e.getInt(2);
        if (seq != expectedSeq) {
            throw new Broken("session " + sessionId + ": event " + expectedSeq + " is missing (the next stored is "
                    + seq + ")");
        }
        if (!previous.equals(e.getString(11))) {
            throw new Broken("session " + sessionId + ", event " + seq + ": its link to the event before does not"
                    + " match (events deleted, inserted or reordered)");
        }
        String hash = hashes.event(previous, sessionId, seq, e.getString(3), e.getLong(4), e.getLong(5), e.getInt(6),
                e.getLong(7), e.getLong(8), e.getString(9), e.getString(10));
        if (!hash.equals(e.getString(12))) {
            throw new Broken("session " + sessionId + ", event " + seq + ": its content does not match its hash"
                    + " (edited or reordered)");
        }
    }
}
