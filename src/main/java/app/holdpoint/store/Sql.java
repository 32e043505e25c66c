package app.holdpoint.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Prepared statements of one connection, prepared once per SQL text. The writer keeps one for its whole life
 * (parsing SQL was most of the cost of a write); a reader uses one per call and closes it with the connection.
 * Not thread-safe, like the connection it wraps.
 */
final class Sql implements AutoCloseable {
    private Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    Sql(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    /** The statement for this text, parameters cleared. Callers close result sets, never the statement. */
    PreparedStatement prepare(String text) throws SQLException {
        PreparedStatement statement = prepared.get(text);
        if (statement == null) {
            statement = connection.prepareStatement(text);
            prepared.put(text, statement);
        } else {
            statement.clearParameters();
        }
        return statement;
    }

    /** Like {@link #prepare} for an INSERT whose generated key is read back. */
    PreparedStatement prepareWithKeys(String text) throws SQLException {
        String key = "keys:" + text;
        PreparedStatement statement = prepared.get(key);
        if (statement == null) {
            statement = connection.prepareStatement(text, Statement.RETURN_GENERATED_KEYS);
            prepared.put(key, statement);
        } else {
            statement.clearParameters();
        }
        return statement;
    }

    /** Moves to a fresh connection (the writer's, after its old one was lost); the old statements are dropped. */
    void reconnect(Connection fresh) {
        close();
        connection = fresh;
    }

    /** Closes the statements, not the connection. */
    @Override
    public void close() {
        for (PreparedStatement statement : prepared.values()) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // Closing a statement of a lost connection: nothing to release.
            }
        }
        prepared.clear();
    }
}
