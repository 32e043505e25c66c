package app.holdpoint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import app.holdpoint.store.ServerLogin;

/**
 * Where a kiosk's central record is: {@code --central JDBC-URL}, else {@code HOLDPOINT_CENTRAL}, else
 * {@code url=} in {@code central.properties} in the data folder (the kiosk's setting). The login is never in
 * the address: it comes from the credentials file named by {@code credentials=} there, else the way every
 * server login comes ({@code HOLDPOINT_DB_CREDENTIALS}, or {@code HOLDPOINT_DB_USER} and
 * {@code HOLDPOINT_DB_PASSWORD}; the kiosk's own record is embedded and needs none).
 *
 * @param url   the central database's JDBC address
 * @param login how to log in to it
 */
public record CentralSetting(String url, ServerLogin login) {
    public static final String ENV = "HOLDPOINT_CENTRAL";
    public static final String FILE = "central.properties";

    /** Empty when the kiosk has no central record. */
    public static Optional<CentralSetting> resolve(String option, Map<String, String> env, Path dataDirectory) {
        return resolve(option, env, dataDirectory, CliText.ENGLISH);
    }

    /** As above, with an unreadable setting said in the language of {@code words}. */
    static Optional<CentralSetting> resolve(String option, Map<String, String> env, Path dataDirectory,
                                            CliText words) {
        Properties file = new Properties();
        Path path = dataDirectory.resolve(FILE);
        if (Files.isRegularFile(path)) {
            try (InputStream in = Files.newInputStream(path)) {
                file.load(in);
            } catch (IOException e) {
                throw new UserError(words.get("central.unreadable", path.toString(), String.valueOf(e.getMessage())));
            }
        }
        Optional<String> url = nonBlank(option).or(() -> nonBlank(env.get(ENV)))
                .or(() -> nonBlank(file.getProperty("url")));
        Optional<Path> credentials = nonBlank(file.getProperty("credentials")).map(Path::of);
        return url.map(u -> new CentralSetting(u.strip(), new ServerLogin(credentials, env)));
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
