package app.holdpoint.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

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
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setFetchSize(fetchSize);
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
