package app.holdpoint.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Properties;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfoService;

/**
 * Where the record lives, opened so that it always opens again: the embedded H2 file in the data folder (the
 * default, a kiosk's own record) or a PostgreSQL server (the clinic's central record, {@code jdbc:postgresql://
 * host:port/database}). The schema is brought up to date by Flyway on open — the scripts in
 * {@code db/migration/common} plus those of the vendor ({@code h2} or {@code postgresql}) — in a way a kill at
 * any moment cannot leave half-done (see {@link EmbeddedFiles}; PostgreSQL runs each migration in a
 * transaction); a database from a newer Holdpoint is refused, never migrated down.
 *
 * <p>A server's user name and password come from a {@link ServerLogin} (a private file or the environment),
 * never from the address: an address carrying a password is refused.
 */
public final class Database {
    private static final String H2_USER = "sa";

    private final String url;
    private final Vendor vendor;
    private final Optional<ServerLogin.Credentials> credentials;
    private final String h2Password; // the embedded database's, from its data folder's db-password
    private final Optional<Path> dataDirectory;
    private final List<String> extraLocations;
    private final Logger flywayLog = Logger.getLogger("org.flywaydb");
    /** Idle server connections kept for the next read; unused for the embedded database. */
    private final ServerConnections serverConnections = new ServerConnections(this::login);
    /** The embedded database's connection left open by its preparation: the first {@link #connect()} takes it. */
    private final AtomicReference<Connection> firstConnection = new AtomicReference<>();

    private Database(String url, Optional<ServerLogin.Credentials> credentials, String h2Password, Optional<Path> dataDirectory,
                     List<String> extraLocations) {
        this.url = url;
        this.vendor = Vendor.of(url);
        this.credentials = credentials;
        this.h2Password = h2Password;
        this.dataDirectory = dataDirectory;
        this.extraLocations = List.copyOf(extraLocations);
        flywayLog.setLevel(Level.WARNING);
    }

    /**
     * Opens (creating or upgrading when needed) the database at {@code jdbcUrl}, or else the embedded one; a
     * server's credentials come from the environment ({@link ServerLogin#fromEnvironment()}).
     */
    public static Database open(Path dataDirectory, Optional<String> jdbcUrl) {
        return open(dataDirectory, jdbcUrl, ServerLogin.fromEnvironment(), List.of());
    }

    /**
     * Opens the database at {@code jdbcUrl} (a server, logged in with {@code login}) or else the embedded one.
     *
     * @throws StoreException in words: no credentials, a password in the address, an unreachable server, a
     *                        refused login, a database written by a newer Holdpoint
     */
    public static Database open(Path dataDirectory, Optional<String> jdbcUrl, ServerLogin login) {
        return open(dataDirectory, jdbcUrl, login, List.of());
    }

    /** With migrations from more classpath locations: tests use it to stand in for a future version. */
    static Database open(Path dataDirectory, Optional<String> jdbcUrl, List<String> extraLocations) {
        return open(dataDirectory, jdbcUrl, ServerLogin.fromEnvironment(), extraLocations);
    }

    static Database open(Path dataDirectory, Optional<String> jdbcUrl, ServerLogin login,
                         List<String> extraLocations) {
        if (jdbcUrl.isPresent()) {
            String address = jdbcUrl.get().strip();
            Vendor vendor = Vendor.of(address);
            Optional<ServerLogin.Credentials> credentials = Optional.empty();
            if (vendor != Vendor.H2) {
                refusePasswordInAddress(address);
                credentials = Optional.of(login.read());
            }
            Database database = new Database(address, credentials,
                    EmbeddedFiles.passwordBeside(address).orElse(""), Optional.empty(), extraLocations);
            if (vendor != Vendor.H2) {
                database.reach(address);
            }
            // Up to date (the usual case) is seen from the history table alone: Flyway need not start, and a
            // role that may only read or insert never asks for the lock a migration takes.
            if (database.pendingMigrations(address) > 0) {
                database.migrate(address);
            }
            return database;
        }
        EmbeddedFiles files = new EmbeddedFiles(dataDirectory);
        Database database = new Database(files.sharedUrl(), Optional.empty(), files.password(),
                Optional.of(files.folder()),
                extraLocations);
        database.firstConnection.set(files.prepare(database::migrate, database::pendingMigrations).orElse(null));
        return database;
    }

    /**
     * A database that is already there, opened as {@code url} says, neither created nor migrated: the embedded
     * file with the password of its data folder (read, never created), a server with {@code login}'s credentials.
     */
    static Database existing(String url, Optional<Path> dataDirectory, ServerLogin login) {
        Vendor vendor = Vendor.of(url);
        if (vendor != Vendor.H2) {
            refusePasswordInAddress(url);
            return new Database(url, Optional.of(login.read()), "", Optional.empty(), List.of());
        }
        String password = dataDirectory.flatMap(EmbeddedFiles::storedPassword)
                .or(() -> EmbeddedFiles.passwordBeside(url)).orElse("");
        return new Database(url, Optional.empty(), password, dataDirectory, List.of());
    }

    /**
     * A new connection; the caller closes it.
     *
     * @throws StoreException for a server that cannot be reached or refuses the login, in words
     * @throws SQLException   for anything else the driver reports
     */
    public Connection connect() throws SQLException {
        Connection prepared = firstConnection.getAndSet(null);
        if (prepared != null) {
            return prepared;
        }
        if (credentials.isEmpty()) {
            return DriverManager.getConnection(url, H2_USER, h2Password);
        }
        return serverConnections.take();
    }

    /** A new physical connection to the server, with the credentials. */
    private Connection login() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", credentials.orElseThrow().user());
        properties.setProperty("password", credentials.orElseThrow().password());
        try {
            return DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            throw new StoreException(Failures.describeServer(e, serverAddress(url), credentials.get().user()), e);
        }
    }

    /** Logs in once (the connection is kept for what follows), or says in words why not. */
    private void reach(String address) {
        try (Connection probe = connect()) {
            probe.isValid(1);
        } catch (StoreException | SQLException e) {
            String why = e instanceof SQLException sql ? Failures.describe(sql) : e.getMessage();
            throw new StoreException("cannot open the database at " + describe(address) + ": " + why, e);
        }
    }

    /**
     * Makes H2's automatic server bind to the loopback interface only. H2 reads the setting once, when it first
     * loads, so the program calls this before anything touches H2 (a store opened later would otherwise leave
     * the server off, and the command line could not read beside a running kiosk).
     */
    public static void keepServersLocal() {
        EmbeddedFiles.bindToLoopback();
    }

    /** Which kind of database this is. */
    public Vendor vendor() {
        return vendor;
    }

    /** The data folder of the embedded database; empty for a database given by URL. */
    public Optional<Path> dataDirectory() {
        return dataDirectory;
    }

    public String url() {
        return url;
    }

    /** The embedded database user's password (from its data folder's db-password; empty for a server). */
    String password() {
        return h2Password;
    }

    /** The user name the store logs in with on a server; empty for the embedded database. */
    public Optional<String> user() {
        return credentials.map(ServerLogin.Credentials::user);
    }

    /** "host:port" of a server address, as messages name it ("localhost:5432" when the address has none). */
    static String serverAddress(String jdbcUrl) {
        int slashes = jdbcUrl.indexOf("//");
        if (slashes < 0) {
            return "localhost:5432";
        }
        String rest = jdbcUrl.substring(slashes + 2);
        int end = rest.length();
        for (char stop : new char[] {'/', '?'}) {
            int at = rest.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String hosts = rest.substring(0, end);
        if (hosts.isEmpty()) {
            return "localhost:5432";
        }
        return hosts.contains(":") || hosts.contains(",") ? hosts : hosts + ":5432";
    }

    private static void refusePasswordInAddress(String jdbcUrl) {
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        if (lower.contains("password=") || lower.matches("jdbc:[a-z]+://[^/?]*:[^/?]*@.*")) {
            throw new StoreException("the database address carries a password, and a command line or setting"
                    + " can be read by other users of this machine; take it out of the address and put it in a"
                    + " credentials file (--db-credentials FILE, mode 600) or in " + ServerLogin.PASSWORD_ENV
                    + ". Nothing was opened.");
        }
    }

    /** How many migrations this version would apply; fails when the database is newer than this version. */
    int pendingMigrations(String jdbcUrl) {
        if (extraLocations.isEmpty() && PackagedMigrations.upToDate(() -> connect(jdbcUrl), locations(jdbcUrl).stream()
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
                throw new StoreException(StoreProblem.NEWER_VERSION, describe(jdbcUrl), applied.getVersion(),
                        latestKnown(info));
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
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration/common",
                "classpath:db/migration/" + Vendor.of(jdbcUrl).migrationFolder()));
        locations.addAll(extraLocations);
        return locations;
    }

    /** A connection to {@code jdbcUrl} (this database, or the side file an embedded one is built in). */
    private Connection connect(String jdbcUrl) throws SQLException {
        return jdbcUrl.equals(url) ? connect() : DriverManager.getConnection(jdbcUrl, H2_USER, h2Password);
    }

    private Flyway flyway(String jdbcUrl) {
        List<String> locations = locations(jdbcUrl);
        String user = jdbcUrl.equals(url) ? credentials.map(ServerLogin.Credentials::user).orElse(H2_USER) : H2_USER;
        String password = jdbcUrl.equals(url) ? credentials.map(ServerLogin.Credentials::password).orElse(h2Password)
                : h2Password;
        return Flyway.configure()
                .dataSource(jdbcUrl, user, password)
                .locations(locations.toArray(String[]::new))
                .failOnMissingLocations(false)
                .cleanDisabled(true)
                .load();
    }

    private StoreException cannotOpen(String jdbcUrl, FlywayException e) {
        SQLException sql = null;
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof StoreException store) {
                return new StoreException("cannot open the database at " + describe(jdbcUrl) + ": "
                        + store.getMessage(), e);
            }
            if (t instanceof SQLException found) {
                sql = found; // the deepest one names the cause
            }
        }
        String why;
        if (sql != null) {
            why = vendor == Vendor.H2 ? Failures.describe(sql)
                    : Failures.describeServer(sql, serverAddress(jdbcUrl), user().orElse(""));
        } else {
            why = vendor == Vendor.H2 ? String.valueOf(rootMessage(e))
                    : "the database could not be brought up to date; ask the administrator to check that the"
                    + " owner role runs the first start (see docs/postgresql.md)";
        }
        return new StoreException("cannot open the database at " + describe(jdbcUrl) + ": " + why, e);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** The address as messages show it: an embedded file's path, or a server URL without its options. */
    static String describe(String jdbcUrl) {
        int options = jdbcUrl.indexOf(';');
        String base = options < 0 ? jdbcUrl : jdbcUrl.substring(0, options);
        int query = base.indexOf('?');
        if (query >= 0 && base.startsWith("jdbc:postgresql:")) {
            base = base.substring(0, query); // options may hold file paths or key passwords
        }
        return base.startsWith("jdbc:h2:file:") ? base.substring("jdbc:h2:file:".length()) : base;
    }

    /** Creates the data folder, or says clearly why it cannot. */
    static Path folder(Path dataDirectory) {
        try {
            return Files.createDirectories(dataDirectory.toAbsolutePath());
        } catch (IOException e) {
            throw new StoreException(e, StoreProblem.FOLDER_NOT_CREATED, dataDirectory, e.getMessage());
        }
    }
}
