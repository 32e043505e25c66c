package app.holdpoint.store;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests, one per JVM, started on first use.
 * <ul>
 *   <li>With {@code HOLDPOINT_TEST_POSTGRES_URL} set (and {@code HOLDPOINT_TEST_POSTGRES_USER},
 *       {@code HOLDPOINT_TEST_POSTGRES_PASSWORD} for a role that may CREATE DATABASE and CREATE ROLE), that
 *       server is used; it cannot be stopped by the tests.</li>
 *   <li>Else {@code initdb} and {@code pg_ctl} are looked for on the PATH and in
 *       {@code /usr/lib/postgresql/<version>/bin}; a throwaway cluster is made in a temporary folder and started
 *       on a free port, listening on 127.0.0.1 only with its socket in that folder, password logins over TCP.
 *       PostgreSQL refuses to run as root, so as root the cluster belongs to the user {@code postgres} and its
 *       programs run through {@code runuser}. A shutdown hook stops it and deletes the folder.</li>
 * </ul>
 * No server found or started is a test failure that says how to install one, never a skip.
 * Each {@link #newDatabase()} is an empty, migrated database of its own (a copy of a template migrated once).
 */
public final class PostgresServer {
    public static final String URL_ENV = "HOLDPOINT_TEST_POSTGRES_URL";
    public static final String USER_ENV = "HOLDPOINT_TEST_POSTGRES_USER";
    public static final String PASSWORD_ENV = "HOLDPOINT_TEST_POSTGRES_PASSWORD";
    private static final String USER = "holdpoint_test";
    private static final String TEMPLATE = "holdpoint_template";
    private static final String HOW_TO_INSTALL = "The store's tests need a real PostgreSQL server: install one"
            + " (Debian/Ubuntu: apt-get install postgresql; .ci/run does this), or point " + URL_ENV + " (with "
            + USER_ENV + " and " + PASSWORD_ENV + ") at a server where that role may create databases and roles.";

    private static PostgresServer instance;

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final Optional<Local> local;
    private final AtomicInteger databases = new AtomicInteger();
    private boolean templateReady;

    /** The cluster this JVM started: its folder, its programs and how to run them. */
    private record Local(Path folder, Path bin, List<String> asOwner) {
        Path data() {
            return folder.resolve("data");
        }
    }

    private PostgresServer(String host, int port, String user, String password, Optional<Local> local) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.local = local;
    }

    /** The JVM's server, started on first call. Fails (never skips) when none can be had. */
    public static synchronized PostgresServer get() {
        if (instance == null) {
            instance = create();
        }
        return instance;
    }

    /** A JDBC URL of {@code database} on this server. */
    public String url(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** The login of the tests' administrator role (it owns and migrates the test databases). */
    public ServerLogin login() {
        return loginAs(user, password);
    }

    /** A login of any role, as the store would read it from the environment. */
    public static ServerLogin loginAs(String role, String secret) {
        return new ServerLogin(Optional.empty(), Map.of(ServerLogin.USER_ENV, role,
                ServerLogin.PASSWORD_ENV, secret));
    }

    /** Environment variables that give the administrator's login to a store (for command-line tests). */
    public Map<String, String> loginEnvironment() {
        return Map.of(ServerLogin.USER_ENV, user, ServerLogin.PASSWORD_ENV, password);
    }

    /** A connection as the administrator to {@code database}. */
    public Connection admin(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return DriverManager.getConnection(url(database), properties);
    }

    /**
     * A new, empty database with the store's schema, and its URL. The first call migrates a template with the
     * store's own code (so migrations are exercised); later ones copy it, which is much faster.
     */
    public synchronized String newDatabase() {
        String name = "hp_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        try {
            if (!templateReady) {
                execute("postgres", "DROP DATABASE IF EXISTS " + TEMPLATE);
                execute("postgres", "CREATE DATABASE " + TEMPLATE);
                Database.open(Path.of("unused"), Optional.of(url(TEMPLATE)), login());
                templateReady = true;
            }
            // A template may have no other session: the store that migrated it keeps an idle connection.
            execute("postgres", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                    + TEMPLATE + "' AND pid <> pg_backend_pid()");
            execute("postgres", "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + host + ":" + port + ": "
                    + e.getMessage(), e);
        }
        return url(name);
    }

    /** A new database without any schema (to test migrations themselves). */
    public synchronized String newEmptyDatabase() {
        String name = "hp_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet() + "_empty";
        try {
            execute("postgres", "CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database: " + e.getMessage(), e);
        }
        return url(name);
    }

    /** Runs statements as the administrator on {@code database}. */
    public void execute(String database, String... statements) throws SQLException {
        try (Connection connection = admin(database); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Stops the server (fast shutdown: connections are cut), as an outage would. Only a server we started. */
    public synchronized void stop() {
        Local cluster = local.orElseThrow(() -> new IllegalStateException("the server at " + URL_ENV
                + " was not started by the tests, so they cannot stop it; unset it to use a local one"));
        run(cluster, cluster.bin().resolve("pg_ctl").toString(), "-D", cluster.data().toString(), "-m", "fast",
                "-w", "stop");
    }

    /** Starts it again after {@link #stop()}, on the same port. */
    public synchronized void start() {
        Local cluster = local.orElseThrow(() -> new IllegalStateException("not a server the tests started"));
        startCluster(cluster, port);
    }

    private static PostgresServer create() {
        String external = System.getenv(URL_ENV);
        if (external != null && !external.isBlank()) {
            return external(external.strip());
        }
        Path bin = findBinaries().orElseThrow(() -> new AssertionError("initdb and pg_ctl were not found on the"
                + " PATH nor in /usr/lib/postgresql/*/bin. " + HOW_TO_INSTALL));
        try {
            return startLocal(bin);
        } catch (IOException e) {
            throw new AssertionError("could not start a PostgreSQL server for the tests: " + e.getMessage() + ". "
                    + HOW_TO_INSTALL, e);
        }
    }

    private static PostgresServer external(String url) {
        String rest = url.substring(url.indexOf("//") + 2);
        String hostPort = rest.substring(0, rest.indexOf('/') < 0 ? rest.length() : rest.indexOf('/'));
        String host = hostPort.contains(":") ? hostPort.substring(0, hostPort.indexOf(':')) : hostPort;
        int port = hostPort.contains(":") ? Integer.parseInt(hostPort.substring(hostPort.indexOf(':') + 1)) : 5432;
        String user = Optional.ofNullable(System.getenv(USER_ENV)).orElse("postgres");
        String password = Optional.ofNullable(System.getenv(PASSWORD_ENV)).orElse("");
        PostgresServer server = new PostgresServer(host, port, user, password, Optional.empty());
        try (Connection ignored = server.admin("postgres")) {
            return server;
        } catch (SQLException e) {
            throw new AssertionError("cannot log in to the test server " + url + " as " + user + ": "
                    + e.getMessage() + ". " + HOW_TO_INSTALL, e);
        }
    }

    static Optional<Path> findBinaries() {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String folder : path.split(":")) {
            Path initdb = Path.of(folder.isEmpty() ? "." : folder, "initdb");
            if (Files.isExecutable(initdb)) {
                try {
                    Path real = initdb.toRealPath();
                    if (Files.isExecutable(real.resolveSibling("pg_ctl"))) {
                        return Optional.of(real.getParent());
                    }
                } catch (IOException ignored) {
                    // a broken link: look further
                }
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(debian)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.comparing(bin -> versionOf(bin.getParent().getFileName().toString())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int versionOf(String name) {
        try {
            return Integer.parseInt(name.replaceAll("\\..*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static PostgresServer startLocal(Path bin) throws IOException {
        boolean root = isRoot();
        Path folder = Files.createTempDirectory(Path.of("/tmp"), "holdpoint-pg-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        List<String> asOwner = root ? List.of("runuser", "-u", "postgres", "--") : List.of();
        Local cluster = new Local(folder, bin, asOwner);
        String password = "pw-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
        Path pwfile = folder.resolve("pwfile");
        Files.writeString(pwfile, password + "\n", StandardCharsets.UTF_8);
        if (root) {
            UserPrincipal postgres = folder.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName("postgres");
            Files.setOwner(folder, postgres);
            Files.setOwner(pwfile, postgres);
        }
        Files.setPosixFilePermissions(pwfile, PosixFilePermissions.fromString("rw-------"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(cluster), "postgres-test-server-stop"));
        run(cluster, bin.resolve("initdb").toString(), "-D", cluster.data().toString(), "-U", USER,
                "--pwfile=" + pwfile, "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8",
                "--no-locale", "--no-sync", "--no-instructions");
        int port = freePort();
        startCluster(cluster, port);
        return new PostgresServer("127.0.0.1", port, USER, password, Optional.of(cluster));
    }

    private static void startCluster(Local cluster, int port) {
        // fsync off: a test cluster is thrown away after the run, and syncing it would slow every test.
        String options = "-c listen_addresses=127.0.0.1 -p " + port + " -k " + cluster.folder()
                + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
        run(cluster, cluster.bin().resolve("pg_ctl").toString(), "-D", cluster.data().toString(), "-l",
                cluster.folder().resolve("server.log").toString(), "-o", options, "-w", "-t", "60", "start");
    }

    private static void shutdown(Local cluster) {
        try {
            run(cluster, cluster.bin().resolve("pg_ctl").toString(), "-D", cluster.data().toString(), "-m",
                    "immediate", "-w", "stop");
        } catch (RuntimeException | AssertionError ignored) {
            // already stopped (a test stopped it last), or never started
        }
        try {
            // Thousands of files: removed by a process of its own, so the JVM need not wait for it to exit.
            new ProcessBuilder("rm", "-rf", cluster.folder().toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException ignored) {
            // a temporary folder; the system cleans /tmp eventually
        }
    }

    private static void run(Local cluster, String... command) {
        List<String> full = new ArrayList<>(cluster.asOwner());
        full.addAll(List.of(command));
        Path output = cluster.folder().resolve("command.out");
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", full) + " did not finish in 120 s. " + HOW_TO_INSTALL);
            }
            if (process.exitValue() != 0) {
                String said = Files.exists(output) ? Files.readString(output) : "";
                String log = cluster.folder().resolve("server.log").toFile().exists()
                        ? Files.readString(cluster.folder().resolve("server.log")) : "";
                throw new AssertionError(String.join(" ", full) + " failed (exit " + process.exitValue() + "):\n"
                        + said + "\n" + tail(log) + "\n" + HOW_TO_INSTALL);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run " + String.join(" ", full) + ": " + e.getMessage() + ". "
                    + HOW_TO_INSTALL, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + full.get(0), e);
        }
    }

    private static String tail(String log) {
        return log.length() <= 2000 ? log : log.substring(log.length() - 2000);
    }

    private static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
