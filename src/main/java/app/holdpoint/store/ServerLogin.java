package app.holdpoint.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Where the user name and password for a database server come from: never the command line (any user of the
 * machine can read another's command line), but a credentials file or the environment.
 * <ul>
 *   <li>a file named by {@code --db-credentials FILE} or {@code HOLDPOINT_DB_CREDENTIALS}: lines
 *       {@code user=NAME} and {@code password=SECRET}; refused unless only its owner may read it (mode 0600 or
 *       0400), since it holds a password;</li>
 *   <li>else {@code HOLDPOINT_DB_USER} and {@code HOLDPOINT_DB_PASSWORD}.</li>
 * </ul>
 * The embedded H2 database needs neither.
 *
 * @param file a credentials file given on the command line, if any
 * @param env  the environment to read the variables from
 */
public record ServerLogin(Optional<Path> file, Map<String, String> env) {
    public static final String USER_ENV = "HOLDPOINT_DB_USER";
    public static final String PASSWORD_ENV = "HOLDPOINT_DB_PASSWORD";
    public static final String FILE_ENV = "HOLDPOINT_DB_CREDENTIALS";

    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    public ServerLogin {
        env = Map.copyOf(env);
    }

    /** From this process's environment only. */
    public static ServerLogin fromEnvironment() {
        return new ServerLogin(Optional.empty(), System.getenv());
    }

    /** A user name and password; the password is never shown by {@link #toString()}. */
    public record Credentials(String user, String password) {
        @Override
        public String toString() {
            return "Credentials[user=" + user + ", password=(hidden)]";
        }
    }

    /**
     * The credentials to use, read now.
     *
     * @throws StoreException when the file is missing, unreadable, readable by others, or lacks a user; or when
     *                        neither a file nor {@code HOLDPOINT_DB_USER} is given
     */
    public Credentials read() {
        Optional<Path> named = file.or(() -> nonBlank(env.get(FILE_ENV)).map(Path::of));
        if (named.isPresent()) {
            return fromFile(named.get());
        }
        Optional<String> user = nonBlank(env.get(USER_ENV));
        if (user.isEmpty()) {
            throw new StoreException(StoreProblem.SERVER_NEEDS_LOGIN, FILE_ENV, USER_ENV, PASSWORD_ENV);
        }
        return new Credentials(user.get(), env.getOrDefault(PASSWORD_ENV, ""));
    }

    private static Credentials fromFile(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new StoreException(StoreProblem.CREDENTIALS_MISSING, path);
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
            if (permissions.stream().anyMatch(OTHERS::contains)) {
                throw new StoreException(StoreProblem.CREDENTIALS_NOT_PRIVATE, path, path);
            }
        } catch (UnsupportedOperationException e) {
            // A file system without POSIX permissions (Windows): its access lists are the administrator's job.
        } catch (IOException e) {
            throw new StoreException("cannot read the database credentials file " + path + ": " + e.getMessage(), e);
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException(e, StoreProblem.CREDENTIALS_FORM, path);
        }
        Optional<String> user = nonBlank(properties.getProperty("user"));
        if (user.isEmpty()) {
            throw new StoreException(StoreProblem.CREDENTIALS_NO_USER, path);
        }
        return new Credentials(user.get().strip(), properties.getProperty("password", ""));
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
