package app.holdpoint.cli;


import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import app.holdpoint.store.ServerLogin;

/**
 * Where things live, from the global options, then the environment, then defaults: protocols next to the
 * installation, data in a folder in the user's home. {@code login} says where a database server's user name
 * and password come from ({@code --db-credentials FILE}, else the environment); read only when a server is used.
 */
public record Locations(Path protocols, Path dataDirectory, Optional<String> jdbcUrl, ServerLogin login) {

    /** With the server login taken from this process's environment. */
    public Locations(Path protocols, Path dataDirectory, Optional<String> jdbcUrl) {
        this(protocols, dataDirectory, jdbcUrl, ServerLogin.fromEnvironment());
    }

    public static final String DATA_ENV = "HOLDPOINT_DATA";
    public static final String DB_ENV = "HOLDPOINT_DB";

    public static Locations resolve(Path protocolsOption, Path dataOption, String dbOption,
                                   Map<String, String> env, Path installation, Path home) {
        return resolve(protocolsOption, dataOption, dbOption, null, env, installation, home, false);
    }

    /**
     * As above, with {@code --db-credentials FILE} (null when not given); for an {@code installed} Holdpoint (the
     * package) the protocols default to the data folder's {@code protocols/}, the clinic's editable copies
     * ({@link ShippedProtocols}), and to the installation's read-only ones until the kiosk's first start made
     * those copies.
     */
    public static Locations resolve(Path protocolsOption, Path dataOption, String dbOption, Path credentialsOption,
                                   Map<String, String> env, Path installation, Path home, boolean installed) {
        Path data = dataOption != null ? dataOption
                : nonBlank(env.get(DATA_ENV)).map(Path::of).orElse(home.resolve(".holdpoint"));
        Path protocols = protocolsOption != null ? protocolsOption : installation.resolve("protocols");
        if (protocolsOption == null && installed && Files.isDirectory(data.resolve("protocols"))) {
            protocols = data.resolve("protocols");
        }
        Optional<String> db = nonBlank(dbOption).or(() -> nonBlank(env.get(DB_ENV)));
        return new Locations(protocols, data, db, new ServerLogin(Optional.ofNullable(credentialsOption), env));
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
