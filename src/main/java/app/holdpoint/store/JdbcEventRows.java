package app.holdpoint.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The events through a streamed JDBC result, {@code fetchSize} rows at a time (H2, and any other connection). */
final class JdbcEventRows implements EventRows {
    private final PreparedStatement query;
    private final ResultSet rows;

    private JdbcEventRows(PreparedStatement query, ResultSet rows) {
        this.query = query;
        this.rows = rows;
    }

    /** Runs the query on a connection set up by {@link Streaming#open}. */
    static JdbcEventRows open(Connection connection, int fetchSize) throws SQLException {
        PreparedStatement query = Streaming.streamed(connection, "SELECT " + COLUMNS
                + " FROM session_event ORDER BY session_id, seq", fetchSize);
        try {
            return new JdbcEventRows(query, query.executeQuery());
        } catch (SQLException | RuntimeException e) {
            query.close();
            throw e;
        }
    }

    @Override
    public boolean next() throws SQLException {
        return rows.next();
    }

    @Override
    public long sessionId() throws SQLException {
        return rows.getLong(1);
    }

    @Override
    public Event event() throws SQLException {
        return new Event(rows.getInt(2), rows.getString(3), rows.getLong(4), rows.getLong(5), rows.getInt(6),
                rows.getLong(7), rows.getLong(8), rows.getString(9), rows.getString(10), rows.getString(11),
                rows.getString(12));
    }

    @Override
    public void close() throws SQLException {
        try {
            rows.close();
        } finally {
            query.close();
        }
    }
}
