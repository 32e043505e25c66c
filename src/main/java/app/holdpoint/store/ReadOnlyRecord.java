package app.holdpoint.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

import app.holdpoint.store.h2.DamageAlarm;

/**
 * Opening a record only to read it ({@code verify}, {@code audit}, {@code therapist list}): never creates a
 * database, never migrates one, never writes a byte of the file. The embedded file is opened by H2 read-only
 * ({@code IFEXISTS=TRUE;ACCESS_MODE_DATA=r}), so even H2's own housekeeping cannot rewrite it, with
 * {@link DamageAlarm} so a file H2 cannot read whole fails to open instead of opening with parts missing.
 *
 * <p>While a kiosk (or a writing command) has the file open, H2 refuses a second reader of the file; the record
 * is then read through the holder's own server (AUTO_SERVER), which is how the command line always read beside
 * a running kiosk. A lock left behind by a process that stopped has no server: the file is then read from a
 * copy, so a crash never makes the record unreadable until the kiosk starts again.
 */
final class ReadOnlyRecord {
    private static final String READ_ONLY = ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r;DATABASE_EVENT_LISTENER='"
            + DamageAlarm.class.getName() + "'";
    private static final int DATABASE_ALREADY_OPEN = 90020;

    private ReadOnlyRecord() {
    }

    /**
     * The record at {@code jdbcUrl}, or else the embedded one in {@code dataDirectory}, opened for reading.
     *
     * @throws StoreException "No Holdpoint record in DIR ..." when there is none (nothing is created); the
     *                        damaged-record message when the file cannot be read as written; a message saying to
     *                        start the kiosk once when the record needs an upgrade or a killed upgrade put back
     */
    static Database open(Path dataDirectory, Optional<String> jdbcUrl, ServerLogin login) {
        if (jdbcUrl.isPresent()) {
            String url = jdbcUrl.get();
            if (url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:") && !url.contains("IFEXISTS")) {
                url = url + ";IFEXISTS=TRUE";
            }
            return checked(Database.existing(url, Optional.empty(), login), url);
        }
        Path folder = dataDirectory.toAbsolutePath();
        Path file = folder.resolve(EmbeddedFiles.BASE + ".mv.db");
        if (!Files.isRegularFile(file)) {
            throw new StoreException(StoreProblem.NO_RECORD, folder, file.getFileName());
        }
        if (Files.exists(folder.resolve(EmbeddedFiles.BASE + ".migrating"))) {
            throw new StoreException(StoreProblem.UPGRADE_STOPPED, folder);
        }
        String url = "jdbc:h2:file:" + folder.resolve(EmbeddedFiles.BASE) + READ_ONLY;
        try {
            probe(url, file);
            return checked(Database.existing(url, Optional.of(folder), login), url);
        } catch (InUse inUse) {
            Optional<String> server = liveServer(folder);
            if (server.isPresent()) {
                String shared = "jdbc:h2:file:" + folder.resolve(EmbeddedFiles.BASE) + ";IFEXISTS=TRUE;AUTO_SERVER=TRUE";
                return checked(Database.existing(shared, Optional.of(folder), login), shared);
            }
            return fromCopy(folder, file, login);
        }
    }

    /**
     * Fails with the damaged-record message when the embedded file cannot be read whole; writes nothing. Called
     * before the kiosk and writing commands open the file for writing, since H2 would otherwise open a damaged
     * file with parts missing and save that state over it. A file in use elsewhere is that holder's to check.
     */
    static void requireUndamaged(Path dataDirectory) {
        Path folder = dataDirectory.toAbsolutePath();
        Path file = folder.resolve(EmbeddedFiles.BASE + ".mv.db");
        if (!Files.isRegularFile(file) || Files.exists(folder.resolve(EmbeddedFiles.BASE + ".migrating"))) {
            return; // nothing to check, or the kiosk's recovery puts the pre-upgrade copy back first
        }
        try {
            probe("jdbc:h2:file:" + folder.resolve(EmbeddedFiles.BASE) + READ_ONLY, file);
        } catch (InUse inUse) {
            // Another process has it open (and checked it when it did).
        }
    }

    /** Opens and closes once: a damaged file fails here, before anything reads from it. */
    private static void probe(String url, Path file) {
        String password = EmbeddedFiles.storedPassword(file.getParent()).orElse("");
        try (Connection connection = DriverManager.getConnection(url, EmbeddedFiles.USER, password)) {
            connection.isValid(1);
        } catch (SQLException e) {
            throw failure(e, url, Optional.of(file));
        }
    }

    /** The record is Holdpoint's and as new as this version: else a message, and nothing is read. */
    private static Database checked(Database database, String url) {
        return checked(database, url, database.dataDirectory());
    }

    /** @param folder where the record lives, for messages (a copy is read from elsewhere) */
    private static Database checked(Database database, String url, Optional<Path> folder) {
        Optional<Path> file = folder.map(d -> d.resolve(EmbeddedFiles.BASE + ".mv.db"));
        try (Connection connection = database.connect()) {
            boolean hasHistory;
            try (ResultSet tables = connection.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
                hasHistory = tables.next();
            }
            if (!hasHistory) {
                String where = folder.map(Path::toString).orElse(Database.describe(url));
                throw file.map(f -> new StoreException(StoreProblem.EMPTY_RECORD, where, f.getFileName()))
                        .orElseGet(() -> new StoreException(StoreProblem.NO_TABLES, where));
            }
        } catch (SQLException e) {
            throw failure(e, url, file);
        }
        if (database.pendingMigrations(url) > 0) {
            throw new StoreException(StoreProblem.NEEDS_UPGRADE, folder.map(Path::toString)
                    .orElse(Database.describe(url)));
        }
        return database;
    }

    private static RuntimeException failure(SQLException e, String url, Optional<Path> file) {
        if (e.getErrorCode() == DATABASE_ALREADY_OPEN && url.contains("ACCESS_MODE_DATA=r")) {
            return new InUse();
        }
        if (damaged(e)) {
            return Failures.damaged(file, e);
        }
        if (e.getErrorCode() == 28000 && file.isPresent()) { // WRONG_USER_OR_PASSWORD
            return EmbeddedFiles.wrongPasswordFile(file.get().getParent());
        }
        if (e.getErrorCode() == 90146) { // DATABASE_NOT_FOUND_WITH_IF_EXISTS_1: given by --db
            return new StoreException(e, StoreProblem.NO_RECORD_AT, Database.describe(url));
        }
        return new StoreException("cannot open the database at " + Database.describe(url) + ": "
                + Failures.describe(e), e);
    }

    private static boolean damaged(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DamageAlarm.Damaged
                    || t instanceof SQLException sql && Failures.DAMAGED.equals(Failures.describe(sql))) {
                return true;
            }
        }
        return false;
    }

    /** The server address in H2's lock file, when something answers there (a live holder, not a stale lock). */
    private static Optional<String> liveServer(Path folder) {
        Properties lock = new Properties();
        try (InputStream in = Files.newInputStream(folder.resolve(EmbeddedFiles.BASE + ".lock.db"))) {
            lock.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        String server = lock.getProperty("server", "");
        int colon = server.lastIndexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.substring(0, colon),
                    Integer.parseInt(server.substring(colon + 1))), 1000);
            return Optional.of(server);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * A lock a stopped process left behind keeps H2 from reading the file in place (and would let a writable open
     * take the file over): read a copy instead, deleted when this program ends.
     */
    private static Database fromCopy(Path folder, Path file, ServerLogin login) {
        try {
            Path copyFolder = Files.createTempDirectory("holdpoint-read-");
            Path copy = copyFolder.resolve(file.getFileName());
            Files.copy(file, copy);
            copyFolder.toFile().deleteOnExit();
            copy.toFile().deleteOnExit();
            String url = "jdbc:h2:file:" + copyFolder.resolve(EmbeddedFiles.BASE) + READ_ONLY;
            probe(url, file);
            checked(Database.existing(url, Optional.of(folder), login), url, Optional.of(folder));
            return Database.existing(url, Optional.of(folder), login);
        } catch (IOException e) {
            throw new StoreException("cannot read the record in " + folder + ": it is marked as open by a Holdpoint"
                    + " that stopped, and a copy to read could not be made (" + e.getMessage() + "); start the"
                    + " kiosk once, then try again", e);
        }
    }

    /** The file is held by another process; see {@link #open}. */
    private static final class InUse extends RuntimeException {
        InUse() {
            super(null, null, false, false);
        }
    }
}
