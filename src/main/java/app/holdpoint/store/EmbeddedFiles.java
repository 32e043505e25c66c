package app.holdpoint.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

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
 */
final class EmbeddedFiles {
    static final String BASE = "holdpoint";
    private static final String NEW_BASE = BASE + "-new";
    // WRITE_DELAY=0: a commit reaches the file before COMMIT returns (H2 otherwise batches for up to 500 ms,
    // which a kill would lose). AUTO_SERVER lets the command line read while the kiosk has the file open.
    private static final String SETTINGS = ";WRITE_DELAY=0";

    private final Path folder;

    EmbeddedFiles(Path dataDirectory) {
        this.folder = Database.folder(dataDirectory);
    }

    Path folder() {
        return folder;
    }

    String sharedUrl() {
        return url(BASE) + ";AUTO_SERVER=TRUE";
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

    void prepare(Consumer<String> migrate, ToIntFunction<String> pending) {
        try {
            recoverKilledUpgrade();
            if (!Files.exists(file(BASE))) {
                create(migrate);
            } else if (pending.applyAsInt(sharedUrl()) > 0) {
                upgrade(migrate);
            }
        } catch (IOException | SQLException e) {
            throw new StoreException("cannot prepare the database in " + folder + ": " + e.getMessage(), e);
        }
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
            exclusive = DriverManager.getConnection(exclusiveUrl(), "sa", "");
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

    private static void shutdown(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }
}
