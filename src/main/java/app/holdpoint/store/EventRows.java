package app.holdpoint.store;

import java.sql.SQLException;

/**
 * The stored events the verify walk pulls, in session and sequence order: through JDBC ({@link JdbcEventRows},
 * H2 and any other connection) or PostgreSQL's binary COPY ({@link CopyEventRows}, the central record's millions).
 * A read that fails (a closed connection, a server error) is the {@link SQLException} it was.
 * <pre>{@code while (rows.next()) { long session = rows.sessionId(); Event event = rows.event(); }}</pre>
 */
interface EventRows extends AutoCloseable {
    /** The columns both read, in this order. */
    String COLUMNS = "session_id, seq, event_type, offset_nanos, wall_micros, phase, planned_ms, actual_ms,"
            + " ended_by, detail, prev_hash, hash";

    /** Moves to the next event; false when none is left. */
    boolean next() throws SQLException;

    /** The current event's session. */
    long sessionId() throws SQLException;

    /** The current event, as hashing needs it. */
    Event event() throws SQLException;

    @Override
    void close() throws SQLException;

    /** A stored event as read, for hashing on a worker. */
    record Event(int seq, String type, long offsetNanos, long wallMicros, int phase, long plannedMs,
                 long actualMs, String endedBy, String detail, String prevHash, String hash) {
    }
}
