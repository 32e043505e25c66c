package app.holdpoint.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalLong;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

/**
 * The events of a range of sessions through PostgreSQL's {@code COPY … TO STDOUT (FORMAT binary)}: about twice
 * as fast as the JDBC driver's decoding of the same rows, which was most of a large record's verify. Every column
 * is a number or text (no casts), so each row reads as JDBC would read it.
 *
 * <p>While a COPY runs, the connection can do nothing else (the driver would wait for it forever): other
 * queries of the walk go before it starts or after {@link #next} has returned false or {@link #close} has
 * cancelled it.
 */
final class CopyEventRows implements EventRows {
    private static final int FIELDS = 12;

    private final CopyOut copy;
    private final BinaryCopy rows;
    private long sessionId;
    private Event event;

    private CopyEventRows(CopyOut copy) {
        this.copy = copy;
        this.rows = new BinaryCopy(copy::readFromCopy);
    }

    /** Whether a connection can copy (a PostgreSQL driver's connection). */
    static boolean possible(Connection connection) throws SQLException {
        return connection.isWrapperFor(PGConnection.class);
    }

    /**
     * Starts the COPY of the events of sessions after {@code after} up to {@code upTo} (each end open when empty),
     * in the transaction the connection is in (the read-only one {@link Streaming#open} set up).
     */
    static CopyEventRows open(Connection connection, OptionalLong after, OptionalLong upTo) throws SQLException {
        String where = after.isPresent() ? " WHERE session_id > " + after.getAsLong() : "";
        if (upTo.isPresent()) {
            where += (where.isEmpty() ? " WHERE" : " AND") + " session_id <= " + upTo.getAsLong();
        }
        return new CopyEventRows(connection.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (SELECT "
                + COLUMNS + " FROM session_event" + where + " ORDER BY session_id, seq) TO STDOUT (FORMAT binary)"));
    }

    @Override
    public boolean next() throws SQLException {
        if (!rows.row(FIELDS)) {
            event = null;
            return false;
        }
        sessionId = rows.int8();
        // Arguments are read in order: the columns' order.
        event = new Event(rows.int4(), rows.text(), rows.int8(), rows.int8(), rows.int4(), rows.int8(),
                rows.int8(), rows.text(), rows.text(), rows.text(), rows.text());
        return true;
    }

    @Override
    public long sessionId() {
        return sessionId;
    }

    @Override
    public Event event() {
        return event;
    }

    /** Cancels a COPY not read to its end (a walk that failed), so the connection is usable again. */
    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
