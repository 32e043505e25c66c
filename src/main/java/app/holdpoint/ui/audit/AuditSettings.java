package app.holdpoint.ui.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import app.holdpoint.io.AtomicFile;
import app.holdpoint.store.SealedTotals;

/**
 * The workspace's own setting: the deviation tolerance (how much shorter than planned a phase may end before it
 * counts as shortened). Kept in {@code audit.properties} in the data folder when there is one, written to a side
 * file and moved into place so a crash never leaves half a file; otherwise only for this session.
 */
final class AuditSettings {
    static final String FILE = "audit.properties";
    static final int MAX_SECONDS = 300;
    private static final Logger LOG = Logger.getLogger(AuditSettings.class.getName());
    private static final String TOLERANCE = "deviation.tolerance.seconds";

    private final Optional<Path> folder;
    private Duration tolerance = SealedTotals.TOLERANCE;

    AuditSettings(Optional<Path> folder) {
        this.folder = folder;
        folder.map(f -> f.resolve(FILE)).filter(Files::isRegularFile).ifPresent(this::read);
    }

    Duration tolerance() {
        return tolerance;
    }

    /** Sets and keeps the tolerance; false when the file could not be written (the value still applies now). */
    boolean tolerance(Duration value) {
        long seconds = Math.max(0, Math.min(MAX_SECONDS, value.getSeconds()));
        tolerance = Duration.ofSeconds(seconds);
        if (folder.isEmpty()) {
            return true;
        }
        Properties properties = new Properties();
        properties.setProperty(TOLERANCE, Long.toString(seconds));
        Path target = folder.get().resolve(FILE);
        try {
            AtomicFile.write(target, out -> properties.store(out, "Holdpoint audit workspace"));
            return true;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "audit settings not written to " + target, e);
            return false;
        }
    }

    private void read(Path file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
            long seconds = Long.parseLong(properties.getProperty(TOLERANCE, "1").trim());
            tolerance = Duration.ofSeconds(Math.max(0, Math.min(MAX_SECONDS, seconds)));
        } catch (IOException | NumberFormatException e) {
            LOG.log(Level.WARNING, "audit settings in " + file + " not read; using the default tolerance", e);
        }
    }
}
