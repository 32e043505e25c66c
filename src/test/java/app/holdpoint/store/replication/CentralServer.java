package app.holdpoint.store.replication;

import java.nio.file.Path;
import java.sql.SQLException;

import app.holdpoint.store.PostgresServer;
import app.holdpoint.store.ServerLogin;

/** A central record on a server a test can stop and start again, as an outage would. */
interface CentralServer extends AutoCloseable {
    String url();

    ServerLogin login();

    void stop();

    void start();

    /** Leaves the server running (a shared PostgreSQL stays up for the other tests). */
    @Override
    void close();

    enum Kind {
        /** The clinic's real central database: a new database on the JVM's test PostgreSQL server. */
        POSTGRESQL,
        /** An H2 TCP server on loopback: the same code on the other database. */
        H2_SERVER;

        CentralServer start(Path folder) throws Exception {
            return this == POSTGRESQL ? postgres() : h2(new CentralH2(folder));
        }
    }

    private static CentralServer postgres() {
        PostgresServer server = PostgresServer.get();
        String url = server.newDatabase();
        return new CentralServer() {
            private boolean stopped;

            @Override
            public String url() {
                return url;
            }

            @Override
            public ServerLogin login() {
                return server.login();
            }

            @Override
            public void stop() {
                server.stop();
                stopped = true;
            }

            @Override
            public void start() {
                server.start();
                stopped = false;
            }

            @Override
            public void close() {
                if (stopped) {
                    start();
                }
            }
        };
    }

    private static CentralServer h2(CentralH2 server) {
        return new CentralServer() {
            @Override
            public String url() {
                return server.url();
            }

            @Override
            public ServerLogin login() {
                return ServerLogin.fromEnvironment(); // H2 needs none
            }

            @Override
            public void stop() {
                server.stop();
            }

            @Override
            public void start() {
                try {
                    server.start();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public void close() {
                server.close();
            }
        };
    }
}
