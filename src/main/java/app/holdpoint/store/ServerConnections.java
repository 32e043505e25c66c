package app.holdpoint.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A few idle connections to a database server, kept for the next read. Logging in to PostgreSQL (a TCP
 * connection, often TLS, and a SCRAM exchange) costs tens of milliseconds, more than an audit page's query; the
 * store opens a connection per read, so without this every page would pay it. A connection handed out is
 * returned on {@code close()}, rolled back and in auto-commit, as a new one would be; one that fails a quick
 * validity check when taken (the server restarted meanwhile) is dropped and a new one opened.
 */
final class ServerConnections {
    /** Opens a new physical connection. */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    private static final int MAX_IDLE = 4;
    private static final int VALID_SECONDS = 2;

    private final Opener opener;
    private final Deque<Connection> idle = new ArrayDeque<>();

    ServerConnections(Opener opener) {
        this.opener = opener;
    }

    /** A connection whose {@code close()} gives it back. */
    Connection take() throws SQLException {
        Connection physical = null;
        while (physical == null) {
            Connection candidate;
            synchronized (idle) {
                candidate = idle.pollFirst();
            }
            if (candidate == null) {
                physical = opener.open();
            } else if (candidate.isValid(VALID_SECONDS)) {
                physical = candidate;
            } else {
                closeQuietly(candidate);
            }
        }
        return wrap(physical);
    }

    private Connection wrap(Connection physical) {
        InvocationHandler handler = new InvocationHandler() {
            private boolean closed;

            @Override
            public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                switch (method.getName()) {
                    case "close":
                        if (!closed) {
                            closed = true;
                            giveBack(physical);
                        }
                        return null;
                    case "isClosed":
                        return closed || physical.isClosed();
                    case "unwrap":
                    case "isWrapperFor":
                        break;
                    default:
                        if (closed) {
                            throw new SQLException("this connection was closed");
                        }
                }
                try {
                    return method.invoke(physical, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }

    private void giveBack(Connection physical) {
        try {
            if (physical.isClosed()) {
                return;
            }
            if (!physical.getAutoCommit()) {
                physical.rollback();
                physical.setAutoCommit(true);
            }
            physical.clearWarnings();
        } catch (SQLException e) {
            closeQuietly(physical); // a broken connection is not kept
            return;
        }
        synchronized (idle) {
            if (idle.size() < MAX_IDLE) {
                idle.addFirst(physical);
                return;
            }
        }
        closeQuietly(physical);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already gone
        }
    }
}
