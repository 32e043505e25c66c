package app.holdpoint.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.PGStatement;

/**
 * A read of more rows than fit in memory, on one connection: autocommit off (PostgreSQL streams a result with a
 * fetch size only inside a transaction), H2's lazy mode (H2 otherwise buffers a whole result first), and on
 * close a rollback (nothing was written) and the connection's autocommit as it was.
 * <pre>{@code try (Streaming streaming = Streaming.open(connection)) { … streaming.prepare(sql, 10_000) … }}</pre>
 */
final class Streaming implements AutoCloseable {
    private final Connection connection;
    private final boolean autoCommit;

    private Streaming(Connection connection, boolean autoCommit) {
        this.connection = connection;
        this.autoCommit = autoCommit;
    }

    static Streaming open(Connection connection) throws SQLException {
        return open(connection, Vendor.of(connection));
    }

    static Streaming open(Connection connection, Vendor vendor) throws SQLException {
        Streaming streaming = new Streaming(connection, connection.getAutoCommit());
        connection.setAutoCommit(false);
        if (vendor == Vendor.H2) {
            try (Statement lazy = connection.createStatement()) {
                lazy.execute("SET LAZY_QUERY_EXECUTION TRUE");
            }
        }
        return streaming;
    }

    /** A statement whose rows arrive {@code fetchSize} at a time. */
    PreparedStatement prepare(String sql, int fetchSize) throws SQLException {
        return streamed(connection, sql, fetchSize);
    }

    /**
     * As {@link #prepare}, for a connection set up by {@link #open}. On PostgreSQL the statement is prepared on the
     * server from its first run, so numbers and times arrive in binary rather than as text to parse: the driver
     * does that only from a statement's fifth run, and a streamed read runs once (parsing the text of 16 M events'
     * numbers was an eighth of a large record's verify).
     */
    static PreparedStatement streamed(Connection connection, String sql, int fetchSize) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setFetchSize(fetchSize);
        if (statement.isWrapperFor(PGStatement.class)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
        }
        return statement;
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
