package app.holdpoint.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where things live, from the global options, then the environment, then defaults: protocols next to the
 * installation, data in a folder in the user's home.
 */
public record Settings(Path protocols, Path dataDirectory, Optional<String> jdbcUrl) {

    public static final String DATA_ENV = "HOLDPOINT_DATA";
    public static final String DB_ENV = "HOLDPOINT_DB";

    public static Settings resolve(Path protocolsOption, Path dataOption, String dbOption,
                                   Map<String, String> env, Path installation, Path home) {
        return resolve(protocolsOption, dataOption, dbOption, env, installation, home, false);
    }

    /**
     * As above; for an {@code installed} Holdpoint (the package) the protocols default to the data folder's
     * {@code protocols/}, the clinic's editable copies ({@link ShippedProtocols}), and to the installation's
     * read-only ones until the kiosk's first start made those copies.
     */
    public static Settings resolve(Path protocolsOption, Path dataOption, String dbOption,
                                   Map<String, String> env, Path installation, Path home, boolean installed) {
        Path data = dataOption != null ? dataOption
                : nonBlank(env.get(DATA_ENV)).map(Path::of).orElse(home.resolve(".holdpoint"));
        Path protocols = protocolsOption != null ? protocolsOption : installation.resolve("protocols");
        if (protocolsOption == null && installed && Files.isDirectory(data.resolve("protocols"))) {
            protocols = data.resolve("protocols");
        }
        Optional<String> db = nonBlank(dbOption).or(() -> nonBlank(env.get(DB_ENV)));
        return new Settings(protocols, data, db);
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
