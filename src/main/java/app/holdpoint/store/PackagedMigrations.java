package app.holdpoint.store;

import java.io.File;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The start-up fast path: when the schema history already holds exactly the migrations this version ships, all
 * successful, nothing is pending and Flyway (about two seconds of class loading and scanning on a tablet) need
 * not start. Anything unexpected — a failed or unknown row, a missing history, an unreadable classpath — answers
 * "don't know", and Flyway decides as before.
 */
final class PackagedMigrations {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");

    private PackagedMigrations() {
    }

    /** Opens a connection to the database in question. */
    @FunctionalInterface
    interface Connector {
        Connection connect() throws SQLException;
    }

    /** True only when the database is known to be up to date with the migrations in {@code locations}. */
    static boolean upToDate(String jdbcUrl, String user, String... locations) {
        return upToDateAs(jdbcUrl, user, "", locations);
    }

    /** Like {@link #upToDate}, connecting with {@code password}. */
    static boolean upToDateAs(String jdbcUrl, String user, String password, String... locations) {
        return upToDate(() -> DriverManager.getConnection(jdbcUrl, user, password), locations);
    }

    /** As above, on a connection from {@code connector} (a server's, with its credentials). */
    static boolean upToDate(Connector connector, String... locations) {
        Optional<Set<String>> shipped = versions(locations);
        if (shipped.isEmpty() || shipped.get().isEmpty()) {
            return false;
        }
        try (Connection connection = connector.connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            Set<String> applied = new TreeSet<>();
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return false;
                }
                applied.add(rows.getString(1));
            }
            return applied.equals(shipped.get());
        } catch (SQLException e) {
            return false;
        }
    }

    /** The versions of the migration scripts at the classpath locations ("db/migration/common", ...). */
    static Optional<Set<String>> versions(String... locations) {
        return versions(PackagedMigrations.class.getClassLoader(), locations);
    }

    /** As above, on {@code loader}'s classpath. */
    static Optional<Set<String>> versions(ClassLoader loader, String... locations) {
        Set<String> versions = new TreeSet<>();
        for (String location : locations) {
            URL url = loader.getResource(location);
            if (url == null) {
                continue;
            }
            try {
                for (String name : names(url)) {
                    Matcher matcher = VERSIONED.matcher(name);
                    if (matcher.matches()) {
                        versions.add(matcher.group(1).replace('_', '.'));
                    }
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                return Optional.empty();
            }
        }
        return Optional.of(versions);
    }

    /**
     * The file names directly in a classpath folder. In a jar, read from the jar's own index: the JDK shares the
     * index the class loader has already read, where a zip file system would read it again and load two dozen
     * classes on the kiosk's way to its first screen.
     */
    private static Set<String> names(URL folder) throws IOException, URISyntaxException {
        Set<String> names = new TreeSet<>();
        if (folder.openConnection() instanceof JarURLConnection connection) {
            String prefix = connection.getEntryName() + "/";
            try (JarFile jar = new JarFile(new File(connection.getJarFileURL().toURI()))) {
                jar.stream().map(JarEntry::getName)
                        .filter(name -> name.startsWith(prefix) && name.length() > prefix.length()
                                && name.indexOf('/', prefix.length()) < 0)
                        .forEach(name -> names.add(name.substring(prefix.length())));
            }
        } else {
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                files.forEach(file -> names.add(file.getFileName().toString()));
            }
        }
        return names;
    }
}
