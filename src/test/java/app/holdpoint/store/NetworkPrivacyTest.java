package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing of the kiosk's record is reachable from the network or by other users of the machine: H2's automatic
 * server listens on loopback only and needs the folder's password; the data folder is 0700 and its files 0600.
 */
class NetworkPrivacyTest {
    @TempDir
    Path folder;

    /** A listening TCP socket of this process: its local address as /proc/net shows it (hex) and whether loopback. */
    record Listener(String file, String address, boolean loopback) {
    }

    @Test
    void withTheKioskStoreOpenThisProcessListensOnLoopbackOnly() throws IOException {
        try (Stores.Opened opened = Stores.forKiosk(folder, Optional.empty(), Fixtures.config())) {
            Fixtures.recordedSession(opened.store(), Fixtures.therapist(opened.store(), "Ana"), 1, true);
            List<Listener> listeners = listeners();
            assertThat(listeners).as("listening sockets of this JVM").allSatisfy(listener ->
                    assertThat(listener.loopback()).as(listener.toString()).isTrue());
            if (EmbeddedFiles.serverStaysLocal()) {
                assertThat(opened.database().url()).contains("AUTO_SERVER=TRUE");
                assertThat(listeners).as("H2's automatic server, on loopback").isNotEmpty();
            } else {
                assertThat(opened.database().url()).doesNotContain("AUTO_SERVER");
            }
        }
    }

    @Test
    void theDatabaseNeedsTheFoldersPasswordAndTheFolderIsPrivate() throws Exception {
        try (Stores.Opened opened = Stores.forKiosk(folder, Optional.empty(), Fixtures.config())) {
            Fixtures.recordedSession(opened.store(), Fixtures.therapist(opened.store(), "Ana"), 1, true);
            if (PrivateFiles.posix()) {
                try (Stream<Path> files = Files.list(folder)) {
                    assertThat(files.filter(Files::isRegularFile).toList()).allSatisfy(file ->
                            assertThat(permissions(file)).as(file.getFileName().toString()).isEqualTo("rw-------"));
                }
            }
            assertThatThrownBy(() -> DriverManager.getConnection(opened.database().url(), "sa", "").close())
                    .isInstanceOf(SQLException.class);
        }
        if (PrivateFiles.posix()) {
            assertThat(permissions(folder)).isEqualTo("rwx------");
            for (String file : List.of("holdpoint.mv.db", "db-password", "kiosk-key", "kiosk-key.pub", "kiosk-head")) {
                assertThat(permissions(folder.resolve(file))).as(file).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void aDatabaseFromBeforePasswordsGetsOneOnItsFirstOpen() throws Exception {
        Database database = Database.open(folder, Optional.empty());
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            sql.execute("ALTER USER sa SET PASSWORD ''"); // as every database was created before issue 12
        }
        Files.delete(folder.resolve(EmbeddedFiles.PASSWORD_FILE));
        if (PrivateFiles.posix()) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(folder.resolve("holdpoint.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));
        }

        Database reopened = Database.open(folder, Optional.empty());
        try (JdbcSessionStore store = new JdbcSessionStore(reopened, Fixtures.config())) {
            assertThat(store.verify().failures()).isEmpty();
        }
        assertThat(Files.readString(folder.resolve(EmbeddedFiles.PASSWORD_FILE))).hasSizeGreaterThan(20);
        assertThatThrownBy(() -> DriverManager.getConnection(reopened.url(), "sa", "").close())
                .isInstanceOf(SQLException.class);
        if (PrivateFiles.posix()) {
            assertThat(permissions(folder)).isEqualTo("rwx------");
            assertThat(permissions(folder.resolve("holdpoint.mv.db"))).isEqualTo("rw-------");
        }
    }

    private static String permissions(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every LISTEN socket in /proc/net/tcp{,6} whose inode is one of this process's open sockets. */
    static List<Listener> listeners() throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // The fd of the directory listing itself, or one closed while listing.
                }
            }
        }
        List<Listener> found = new ArrayList<>();
        for (String file : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path table = Path.of(file);
            if (!Files.exists(table)) {
                continue;
            }
            for (String line : Files.readAllLines(table).subList(1, Files.readAllLines(table).size())) {
                String[] columns = line.trim().split("\\s+");
                boolean listening = columns[3].equals("0A");
                if (listening && inodes.contains(columns[9])) {
                    String address = columns[1].substring(0, columns[1].indexOf(':'));
                    found.add(new Listener(file, columns[1], loopback(address)));
                }
            }
        }
        return found;
    }

    /** 127.0.0.0/8 (little-endian hex in /proc), ::1, or ::ffff:127.x.x.x. */
    static boolean loopback(String hex) {
        if (hex.length() == 8) {
            return hex.endsWith("7F");
        }
        return hex.equals("00000000000000000000000001000000")
                || hex.startsWith("0000000000000000FFFF0000") && hex.endsWith("7F");
    }
}
