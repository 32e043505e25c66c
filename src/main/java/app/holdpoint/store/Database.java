package app.holdpoint.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfoService;

/**
 * Where the record lives, opened so that it always opens again: the embedded H2 file in the data folder (the
 * default) or any JDBC URL. The schema is brought up to date by Flyway on open, in a way a kill at any moment
 * cannot leave half-done (see {@link EmbeddedFiles}); a database from a newer Holdpoint is refused, never
 * migrated down.
 */
public final class Database {
    private static final String USER = "sa";

    private final String url;
    private final Optional<Path> dataDirectory;
    private final List<String> extraLocations;
    private final Logger flywayLog = Logger.getLogger("org.flywaydb");

    private Database(String url, Optional<Path> dataDirectory, List<String> extraLocations) {
        this.url = url;
        this.dataDirectory = dataDirectory;
        this.extraLocations = List.copyOf(extraLocations);
        flywayLog.setLevel(Level.WARNING);
    }

    /** Opens (creating or upgrading when needed) the database at {@code jdbcUrl}, or else the embedded one. */
    public static Database open(Path dataDirectory, Optional<String> jdbcUrl) {
        return open(dataDirectory, jdbcUrl, List.of());
    }

    /** With migrations from more classpath locations: tests use it to stand in for a future version. */
    static Database open(Path dataDirectory, Optional<String> jdbcUrl, List<String> extraLocations) {
        if (jdbcUrl.isPresent()) {
            Database database = new Database(jdbcUrl.get(), Optional.empty(), extraLocations);
            database.migrate(jdbcUrl.get());
            return database;
        }
        EmbeddedFiles files = new EmbeddedFiles(dataDirectory);
        Database database = new Database(files.sharedUrl(), Optional.of(files.folder()), extraLocations);
        files.prepare(database::migrate, database::pendingMigrations);
        return database;
    }

    /** A database that is already there, opened as {@code url} says, neither created nor migrated. */
    static Database existing(String url, Optional<Path> dataDirectory) {
        return new Database(url, dataDirectory, List.of());
    }

    /** A new connection; the caller closes it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, USER, "");
    }

    /** The data folder of the embedded database; empty for a database given by URL. */
    public Optional<Path> dataDirectory() {
        return dataDirectory;
    }

    public String url() {
        return url;
    }

    boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    /** How many migrations this version would apply; fails when the database is newer than this version. */
    int pendingMigrations(String jdbcUrl) {
        if (extraLocations.isEmpty() && PackagedMigrations.upToDate(jdbcUrl, USER, locations(jdbcUrl).stream()
                .map(location -> location.substring("classpath:".length())).toArray(String[]::new))) {
            return 0;
        }
        try {
            var info = flyway(jdbcUrl).info();
            refuseNewer(info, jdbcUrl);
            return info.pending().length;
        } catch (FlywayException e) {
            throw cannotOpen(jdbcUrl, e);
        }
    }

    void migrate(String jdbcUrl) {
        try {
            Flyway flyway = flyway(jdbcUrl);
            var info = flyway.info();
            refuseNewer(info, jdbcUrl);
            // The scripts are idempotent, so a migration that failed half-way is safe to run again.
            if (Arrays.stream(info.all()).anyMatch(m -> m.getState().isFailed())) {
                flyway.repair();
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw cannotOpen(jdbcUrl, e);
        }
    }

    private void refuseNewer(MigrationInfoService info, String jdbcUrl) {
        for (var applied : info.applied()) {
            String state = applied.getState().name();
            if (state.startsWith("FUTURE")) {
                throw new StoreException("the database at " + describe(jdbcUrl) + " was written by a newer version"
                        + " of Holdpoint (schema version " + applied.getVersion() + "); this version knows up to "
                        + latestKnown(info) + ". Use the newer Holdpoint; nothing was changed.");
            }
        }
    }

    private static String latestKnown(MigrationInfoService info) {
        String latest = "none";
        for (var migration : info.all()) {
            if (migration.getState().isResolved() && migration.getVersion() != null) {
                latest = migration.getVersion().toString();
            }
        }
        return latest;
    }

    /** The shipped migrations for this kind of database, then any extra (test) locations. */
    private List<String> locations(String jdbcUrl) {
        String vendor = jdbcUrl.startsWith("jdbc:h2:") ? "h2"
                : jdbcUrl.startsWith("jdbc:postgresql:") ? "postgresql" : "other";
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration/common",
                "classpath:db/migration/" + vendor));
        locations.addAll(extraLocations);
        return locations;
    }

    private Flyway flyway(String jdbcUrl) {
        List<String> locations = locations(jdbcUrl);
        return Flyway.configure()
                .dataSource(jdbcUrl, USER, "")
                .locations(locations.toArray(String[]::new))
                .failOnMissingLocations(false)
                .cleanDisabled(true)
                .load();
    }

    private static StoreException cannotOpen(String jdbcUrl, FlywayException e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String why = root instanceof SQLException sql ? Failures.describe(sql) : root.getMessage();
        return new StoreException("cannot open the database at " + describe(jdbcUrl) + ": " + why, e);
    }

    static String describe(String jdbcUrl) {
        int options = jdbcUrl.indexOf(';');
        String base = options < 0 ? jdbcUrl : jdbcUrl.substring(0, options);
        return base.startsWith("jdbc:h2:file:") ? base.substring("jdbc:h2:file:".length()) : base;
    }

    /** Creates the data folder, or says clearly why it cannot. */
    static Path folder(Path dataDirectory) {
        try {
            return Files.createDirectories(dataDirectory.toAbsolutePath());
        } catch (IOException e) {
            throw new StoreException("cannot create the data folder " + dataDirectory + ": " + e.getMessage(), e);
        }
    }
}
