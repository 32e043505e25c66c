package app.holdpoint.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.h2.engine.SysProperties;

/**
 * The embedded H2 files of a data folder, and the steps that make creating or upgrading them survive a kill at
 * any moment. H2 commits each DDL statement on its own, so a migration killed half-way would leave a
 * half-built schema that Flyway then refuses. Instead:
 * <ul>
 *   <li>a new database is built and migrated as {@code holdpoint-new.mv.db} and renamed into place only when
 *       complete; leftovers of a killed attempt are deleted on the next start;</li>
 *   <li>an upgrade first takes an online backup ({@code BACKUP TO}) while holding the database exclusively,
 *       writes a marker, migrates, then removes both; a marker found on start means the upgrade was killed,
 *       and the backup is put back before anything else opens the file.</li>
 * </ul>
 * Nothing listens on the network: H2's automatic server (which lets the command line read while the kiosk has
 * the file open) binds to the loopback interface only ({@code h2.bindAddress}), and the database user has a
 * random password kept in {@code db-password} (0600); a database created before had none and gets one on its
 * first open. When H2 was already loaded without the loopback binding, the server is left off altogether. The
 * data folder is made private (0700) and its files 0600.
 */
final class EmbeddedFiles {
    static final String BASE = "holdpoint";
    private static final String NEW_BASE = BASE + "-new";
    // WRITE_DELAY=0: a commit reaches the file before COMMIT returns (H2 otherwise batches for up to 500 ms,
    // which a kill would lose). AUTO_SERVER lets the command line read while the kiosk has the file open.
    private static final String SETTINGS = ";WRITE_DELAY=0";
    static final String PASSWORD_FILE = "db-password";
    static final String USER = "sa";
    private static final int WRONG_USER_OR_PASSWORD = 28000;

    static {
        bindToLoopback();
    }

    private final Path folder;
    private String password;
    private boolean passwordCreated;

    EmbeddedFiles(Path dataDirectory) {
        this.folder = PrivateFiles.folder(dataDirectory);
    }

    /**
     * Makes H2's servers (the automatic one above all) bind to the loopback interface instead of every
     * interface. H2 reads the property once, when its settings class loads, so this runs before any connection.
     */
    static void bindToLoopback() {
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    /** True when H2 will bind its servers to a loopback address only. */
    static boolean serverStaysLocal() {
        String bind = SysProperties.BIND_ADDRESS;
        try {
            return bind != null && !bind.isEmpty() && InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    Path folder() {
        return folder;
    }

    String sharedUrl() {
        return url(BASE) + (serverStaysLocal() ? ";AUTO_SERVER=TRUE" : "");
    }

    /** The database user's password, from {@code db-password}; created (0600) when the folder has none. */
    synchronized String password() {
        if (password == null) {
            Path file = folder.resolve(PASSWORD_FILE);
            try {
                if (!Files.exists(file)) {
                    byte[] random = new byte[24];
                    new SecureRandom().nextBytes(random);
                    passwordCreated = true;
                    PrivateFiles.writeAtomically(file, Base64.getUrlEncoder().withoutPadding()
                            .encodeToString(random).getBytes(StandardCharsets.US_ASCII));
                }
                password = Files.readString(file, StandardCharsets.US_ASCII).strip();
            } catch (IOException e) {
                throw new StoreException(e, StoreProblem.PASSWORD_FILE_UNWRITABLE, file, e.getMessage());
            }
        }
        return password;
    }

    /** The password kept in {@code folder}'s db-password, when there is one; never creates it (for readers). */
    static Optional<String> storedPassword(Path folder) {
        Path file = folder.resolve(PASSWORD_FILE);
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file,
                    StandardCharsets.US_ASCII).strip()) : Optional.empty();
        } catch (IOException e) {
            throw new StoreException("cannot read the database password " + file + ": " + e.getMessage(), e);
        }
    }

    /** For an H2 file named by URL ({@code jdbc:h2:file:/data/holdpoint;...}): the db-password beside it. */
    static Optional<String> passwordBeside(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:file:")) {
            return Optional.empty();
        }
        Path base = Path.of(Database.describe(jdbcUrl));
        Path file = base.toAbsolutePath().resolveSibling(PASSWORD_FILE);
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file,
                    StandardCharsets.US_ASCII).strip()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A database created before passwords (user sa, empty password) gets this folder's password; run before
     * anything else connects. A kill between writing the file and setting the password is redone next time.
     *
     * @return a connection left open when the password was already set (the usual start), so the database is
     *         not closed and opened again by the next connection; empty when the password was set just now
     */
    private Optional<Connection> protectWithPassword() throws SQLException {
        try {
            return Optional.of(DriverManager.getConnection(sharedUrl(), USER, password()));
        } catch (SQLException e) {
            if (e.getErrorCode() != WRONG_USER_OR_PASSWORD) {
                throw e;
            }
        }
        try (Connection open = DriverManager.getConnection(sharedUrl(), USER, "");
             Statement statement = open.createStatement()) {
            statement.execute("ALTER USER " + USER + " SET PASSWORD '" + password().replace("'", "''") + "'");
        } catch (SQLException e) {
            if (e.getErrorCode() == WRONG_USER_OR_PASSWORD) {
                if (passwordCreated) { // made just now for a record that has one: leave the folder as it was
                    try {
                        Files.deleteIfExists(folder.resolve(PASSWORD_FILE));
                    } catch (IOException ignored) {
                        // The message below still says what to put back.
                    }
                }
                throw wrongPasswordFile(folder);
            }
            throw e;
        }
        return Optional.empty();
    }

    /**
     * The record has a password, and the folder's db-password is not it: the file was copied without the
     * db-password that was beside it (every backup carries it), or that file was replaced.
     */
    static StoreException wrongPasswordFile(Path folder) {
        return new StoreException(StoreProblem.WRONG_PASSWORD_FILE, folder, PASSWORD_FILE, PASSWORD_FILE, BASE);
    }

    /** Without AUTO_SERVER: opening fails while any other process has the file, and keeps it ours meanwhile. */
    String exclusiveUrl() {
        return url(BASE);
    }

    private String url(String base) {
        return "jdbc:h2:file:" + folder.resolve(base) + SETTINGS;
    }

    private Path file(String base) {
        return folder.resolve(base + ".mv.db");
    }

    private Path marker() {
        return folder.resolve(BASE + ".migrating");
    }

    private Path backup() {
        return folder.resolve(BASE + "-before-migration.zip");
    }

    /**
     * Creates, upgrades or just checks the embedded database.
     *
     * @return a connection still open on an existing database that needed no upgrade (the usual start): H2 reads
     *         a database's whole schema each time it opens one, and closing the last connection closes it, so the
     *         caller's first connection should be this one rather than a second opening
     */
    Optional<Connection> prepare(Consumer<String> migrate, ToIntFunction<String> pending) {
        Optional<Connection> open = Optional.empty();
        try {
            recoverKilledUpgrade();
            if (!Files.exists(file(BASE))) {
                create(migrate);
            } else {
                open = protectWithPassword();
                if (pending.applyAsInt(sharedUrl()) > 0) {
                    closeQuietly(open);
                    open = Optional.empty();
                    upgrade(migrate);
                }
            }
            PrivateFiles.restrictFiles(folder);
            return open;
        } catch (IOException | SQLException | RuntimeException e) {
            closeQuietly(open);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new StoreException("cannot prepare the database in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Optional<Connection> connection) {
        connection.ifPresent(c -> {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Only kept open to spare a reopening; the failure that got here is the one to report.
            }
        });
    }

    private void create(Consumer<String> migrate) throws IOException, SQLException {
        deleteLeftovers(NEW_BASE);
        migrate.accept(url(NEW_BASE));
        shutdown(url(NEW_BASE));
        Files.move(file(NEW_BASE), file(BASE), StandardCopyOption.ATOMIC_MOVE);
    }

    private void upgrade(Consumer<String> migrate) throws IOException, SQLException {
        Connection exclusive;
        try {
            exclusive = DriverManager.getConnection(exclusiveUrl(), USER, password());
        } catch (SQLException e) {
            throw new StoreException("the database in " + folder + " needs an upgrade, which needs it to"
                    + " itself: close the kiosk and any other Holdpoint using this folder, then try again", e);
        }
        try (exclusive; Statement statement = exclusive.createStatement()) {
            Files.deleteIfExists(backup());
            statement.execute("BACKUP TO '" + backup().toString().replace("'", "''") + "'");
            Files.writeString(marker(), "upgrade in progress; on the next start Holdpoint restores "
                    + backup().getFileName() + "\n");
            migrate.accept(exclusiveUrl());
            statement.execute("SHUTDOWN");
        }
        Files.delete(marker());
        Files.deleteIfExists(backup());
    }

    /** Puts back the backup of an upgrade that was killed, so the database is as it was before it. */
    private void recoverKilledUpgrade() throws IOException {
        if (!Files.exists(marker())) {
            Files.deleteIfExists(backup()); // killed before the marker: the database was never touched
            return;
        }
        try (InputStream in = Files.newInputStream(backup()); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(BASE + ".mv.db")) {
                    Path restored = folder.resolve(BASE + ".restoring");
                    Files.copy(zip, restored, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(restored, file(BASE), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                }
            }
        }
        Files.delete(marker());
        Files.delete(backup());
    }

    private void deleteLeftovers(String base) throws IOException {
        Files.deleteIfExists(file(base));
        Files.deleteIfExists(folder.resolve(base + ".trace.db"));
        Files.deleteIfExists(folder.resolve(base + ".lock.db"));
    }

    private void shutdown(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, USER, password());
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }
}
