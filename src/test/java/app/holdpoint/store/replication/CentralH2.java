package app.holdpoint.store.replication;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;

import org.h2.tools.Server;

/**
 * A central record on an H2 TCP server in a temporary folder, loopback only, that a test stops and starts again
 * on the same port: the stand-in for a central PostgreSQL server going away and coming back.
 */
final class CentralH2 implements AutoCloseable {
    private final Path folder;
    private final int port;
    private Server server;

    CentralH2(Path folder) throws IOException, SQLException {
        this.folder = folder;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        start();
    }

    String url() {
        return "jdbc:h2:tcp://localhost:" + port + "/central";
    }

    void start() throws SQLException {
        server = Server.createTcpServer("-tcpPort", Integer.toString(port), "-baseDir", folder.toString(),
                "-ifNotExists").start();
    }

    /** Stops the server and closes its connections: clients see the database vanish, as in an outage. */
    void stop() {
        server.stop();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
        }
    }
}
