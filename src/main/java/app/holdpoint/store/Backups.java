package app.holdpoint.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Backups of the embedded record, and putting one back.
 *
 * <p>A backup is H2's {@code BACKUP TO} on a connection to the open database: online (a kiosk keeps writing;
 * H2 copies a transactionally consistent state), written to {@code FILE.partial}, then opened read-only and
 * verified like the record itself, and only then renamed to {@code FILE}. So a file with the final name has
 * always verified. A restore refuses while a kiosk holds the data folder, verifies the backup first, keeps the
 * record it replaces (renamed with a timestamp) and then puts the backup's file in place.
 *
 * <p>Only the embedded record has files to copy; a record on a database server (PostgreSQL) is backed up by the
 * server's own tools ({@code pg_dump}, {@code pg_basebackup}).
 */
public final class Backups {
    static final String ENTRY = EmbeddedFiles.BASE + ".mv.db";
    /** The record's database password travels with it: without it the copy could not be opened anywhere. */
    static final String PASSWORD_ENTRY = EmbeddedFiles.PASSWORD_FILE;
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'")
            .withZone(ZoneOffset.UTC);

    private Backups() {
    }

    /** A backup that was written and verified: where, when, and what its verify found. */
    public record Written(Path file, Instant at, VerifyResult verified) {
    }

    /** A restore that happened: the backup, and where the record it replaced was kept (empty: there was none). */
    public record Restored(Path from, Optional<Path> replacedKeptAs, VerifyResult verified) {
    }

    /**
     * Writes a verified backup of {@code database} (the embedded record, open or not, beside a running kiosk)
     * to {@code to}, replacing a file already there only once the new one verified.
     *
     * @throws StoreException in words when the record is not embedded, the file cannot be written, or the copy
     *                        does not verify (the partial copy is deleted; nothing else changes)
     */
    public static Written backup(Database database, Path to, Clock clock) {
        if (database.dataDirectory().isEmpty()) {
            throw new StoreException(serverRecord(database.url()));
        }
        Path target = to.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(partial);
            Instant at = clock.instant();
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
            }
            addPassword(partial, database.password());
            restrict(partial);
            VerifyResult verified = verify(partial);
            if (!verified.ok()) {
                throw new StoreException(StoreProblem.BACKUP_COPY_FAILS_VERIFY, verified.firstProblem().get());
            }
            move(partial, target);
            return new Written(target, at, verified);
        } catch (SQLException e) {
            throw new StoreException(e, StoreProblem.BACKUP_NOT_WRITTEN, target, Failures.describe(e));
        } catch (IOException e) {
            throw new StoreException(e, StoreProblem.BACKUP_NOT_WRITTEN, target, ioReason(e));
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // A leftover .partial never has the final name, so it is never mistaken for a backup.
            }
        }
    }

    /**
     * Opens a backup read-only, straight from its zip, and verifies it like the record.
     *
     * @throws StoreException in words when the file is missing, not a Holdpoint backup, damaged, or from a
     *                        newer Holdpoint
     */
    public static VerifyResult verify(Path backup) {
        Path file = backup.toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new StoreException(StoreProblem.NO_BACKUP_FILE, file);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry(ENTRY) == null) {
                throw new StoreException(StoreProblem.NOT_A_BACKUP, file, ENTRY);
            }
        } catch (ZipException e) {
            throw new StoreException(e, StoreProblem.BACKUP_NOT_ZIP, file);
        } catch (IOException e) {
            throw new StoreException(e, StoreProblem.BACKUP_NOT_READ, file, ioReason(e));
        }
        String url = "jdbc:h2:zip:" + file + "!/" + EmbeddedFiles.BASE + ";ACCESS_MODE_DATA=r";
        try (Connection connection = DriverManager.getConnection(url, EmbeddedFiles.USER, passwordIn(file))) {
            refuseNewer(connection, file);
            return new ChainVerifier(connection).verify();
        } catch (SQLException e) {
            throw new StoreException(e, StoreProblem.BACKUP_NOT_OPENED, file, Failures.describe(e));
        }
    }

    /**
     * Puts the backup {@code from} in place of the embedded record in {@code dataDirectory}, keeping the record it
     * replaces as {@code holdpoint-replaced-<UTC time>.mv.db} beside it.
     *
     * @throws StoreException in words, with nothing changed, when a kiosk or another program has the record open,
     *                        or the backup is missing, damaged or does not verify
     */
    @SuppressWarnings("try") // the lock is held for the block, never read
    public static Restored restore(Path dataDirectory, Path from, Clock clock) {
        Path folder = Database.folder(dataDirectory);
        Optional<KioskLock> lock = KioskLock.tryAcquire(folder);
        if (lock.isEmpty()) {
            throw new StoreException(StoreProblem.KIOSK_RUNNING_RESTORE, folder);
        }
        try (KioskLock held = lock.get()) {
            VerifyResult verified = verify(from);
            if (!verified.ok()) {
                throw new StoreException(StoreProblem.BACKUP_FAILS_VERIFY, from.toAbsolutePath(),
                        verified.firstProblem().get());
            }
            EmbeddedFiles files = new EmbeddedFiles(folder);
            Path record = folder.resolve(ENTRY);
            refuseWhileOpen(files, record);
            Path incoming = folder.resolve(EmbeddedFiles.BASE + ".restoring");
            try {
                extract(from.toAbsolutePath(), incoming);
                Optional<Path> kept = Optional.empty();
                String stamp = STAMP.format(clock.instant());
                if (Files.exists(record)) {
                    Path keep = folder.resolve(EmbeddedFiles.BASE + "-replaced-" + stamp + ".mv.db");
                    Files.move(record, keep, StandardCopyOption.ATOMIC_MOVE);
                    kept = Optional.of(keep);
                }
                // A restore is the deliberate going back that kiosk-head exists to notice: its head moves aside
                // with the replaced record, and the restored record's next seal starts a new one.
                ChainHeadFile.moveAside(folder, stamp);
                // The restored record opens with its own password; the replaced one's is kept beside it.
                Path passwordFile = folder.resolve(EmbeddedFiles.PASSWORD_FILE);
                if (Files.exists(passwordFile)) {
                    Files.copy(passwordFile, folder.resolve(EmbeddedFiles.PASSWORD_FILE + "-replaced-" + stamp),
                            StandardCopyOption.REPLACE_EXISTING);
                }
                String password = passwordIn(from.toAbsolutePath());
                if (password.isEmpty()) {
                    Files.deleteIfExists(passwordFile); // a record from before passwords gets a new one on open
                } else {
                    PrivateFiles.writeAtomically(passwordFile, password.getBytes(
                            StandardCharsets.US_ASCII));
                }
                Files.move(incoming, record, StandardCopyOption.ATOMIC_MOVE);
                return new Restored(from.toAbsolutePath(), kept, verified);
            } catch (IOException e) {
                throw new StoreException(e, StoreProblem.RESTORE_FAILED, from.toAbsolutePath(), ioReason(e));
            } finally {
                try {
                    Files.deleteIfExists(incoming);
                } catch (IOException ignored) {
                    // Only a leftover copy; the record is either the old one or the restored one.
                }
            }
        }
    }

    /** The words for a record on a server, where copying files is not how it is backed up. */
    public static String serverRecord(String url) {
        return "this record is on a database server (" + Database.describe(url) + "), not in a data folder:"
                + " back it up with the server's own tools (for PostgreSQL, pg_dump or pg_basebackup; see"
                + " docs/deployment.md, Backups)";
    }

    /** A name for a backup taken at {@code at}, sortable by time: {@code holdpoint-2026-11-30T03-00-00Z.zip}. */
    public static String fileName(Instant at) {
        return EmbeddedFiles.BASE + "-" + STAMP.format(at) + ".zip";
    }

    /** The time in a name made by {@link #fileName}, when it is one. */
    static Optional<Instant> timeOf(String fileName) {
        String prefix = EmbeddedFiles.BASE + "-";
        if (!fileName.startsWith(prefix) || !fileName.endsWith(".zip")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(STAMP.parse(fileName.substring(prefix.length(),
                    fileName.length() - ".zip".length()))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** H2 would open a backup of a newer schema; restoring it would then stop the kiosk from starting. */
    private static void refuseNewer(Connection connection, Path file) throws SQLException {
        Set<String> shipped = PackagedMigrations.versions("db/migration/common", "db/migration/h2")
                .orElse(Set.of());
        if (shipped.isEmpty()) {
            return;
        }
        Set<String> applied = new TreeSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            while (rows.next()) {
                applied.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new StoreException(e, StoreProblem.BACKUP_NO_RECORD, file);
        }
        applied.removeAll(shipped);
        if (!applied.isEmpty()) {
            throw new StoreException(StoreProblem.BACKUP_NEWER, file, String.join(", ", applied));
        }
    }

    static void refuseWhileOpen(EmbeddedFiles files, Path record) {
        if (!Files.exists(record)) {
            return;
        }
        // Opening without AUTO_SERVER fails while any other process (a command, an audit window) has the file.
        try (Connection exclusive = DriverManager.getConnection(files.exclusiveUrl() + ";IFEXISTS=TRUE",
                EmbeddedFiles.USER, files.password())) {
            exclusive.isValid(1);
        } catch (SQLException e) {
            if (e.getErrorCode() == 28000) {
                return; // opened, so no one else has it; only the password differs
            }
            throw new StoreException(e, StoreProblem.OPEN_ELSEWHERE_RESTORE, files.folder());
        }
    }

    /** Adds the database password to a backup zip (an entry of its own, beside the database file). */
    static void addPassword(Path zip, String password) throws IOException {
        try (FileSystem zipfs = FileSystems.newFileSystem(zip, Map.of())) {
            Files.writeString(zipfs.getPath(PASSWORD_ENTRY), password, StandardCharsets.US_ASCII);
        }
    }

    /** The password a backup's record opens with: its own entry, else none (a record from before passwords). */
    private static String passwordIn(Path zipFile) {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            ZipEntry entry = zip.getEntry(PASSWORD_ENTRY);
            if (entry == null) {
                return "";
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
            }
        } catch (IOException e) {
            return "";
        }
    }

    /** A backup holds the record and its password: as private as the data folder. */
    private static void restrict(Path file) throws IOException {
        if (PrivateFiles.posix()) {
            Files.setPosixFilePermissions(file, PrivateFiles.FILE);
        }
    }

    private static void extract(Path zipFile, Path to) throws IOException {
        try (InputStream in = Files.newInputStream(zipFile); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(ENTRY)) {
                    Files.copy(zip, to, StandardCopyOption.REPLACE_EXISTING);
                    return;
                }
            }
        }
        throw new IOException("it holds no " + ENTRY);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String ioReason(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.contains("No space left")) {
            return "the disk is full";
        }
        return e instanceof AccessDeniedException ? "permission denied (" + message + ")"
                : e instanceof NoSuchFileException ? "no such file or folder (" + message + ")"
                : Failures.plain(message);
    }
}
