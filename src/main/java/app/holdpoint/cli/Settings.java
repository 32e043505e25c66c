package app.holdpoint.cli;

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
        Path protocols = protocolsOption != null ? protocolsOption : installation.resolve("protocols");
        Path data = dataOption != null ? dataOption
                : nonBlank(env.get(DATA_ENV)).map(Path::of).orElse(home.resolve(".holdpoint"));
        Optional<String> db = nonBlank(dbOption).or(() -> nonBlank(env.get(DB_ENV)));
        return new Settings(protocols, data, db);
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
