package app.holdpoint.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

import app.holdpoint.io.AtomicFile;

/**
 * Where the kiosk's daily backups go and how many it keeps, from {@code backup.properties} in the data folder
 * ({@code folder=/media/usb/holdpoint}, {@code keep=14}); and the last backup that was written and verified, from
 * {@code backup-status.properties} beside it. A missing or unreadable file gives the defaults (the folder
 * {@code <data>/backups}, 14 kept) or no last backup, never a failure: a kiosk must start.
 *
 * @param folder where daily backups are written, as {@link Backups#fileName} names them
 * @param keep   how many daily backups are kept (1–365); the oldest beyond it are deleted after a new one verified
 */
public record BackupPlan(Path folder, int keep) {
    public static final String FILE = "backup.properties";
    public static final String STATUS_FILE = "backup-status.properties";
    public static final int DEFAULT_KEEP = 14;
    /** A last backup older than this deserves a warning: the daily backup has failed at least once. */
    public static final Duration WARN_AFTER = Duration.ofDays(2);

    public BackupPlan {
        if (keep < 1 || keep > 365) {
            throw new IllegalArgumentException("keep 1 to 365 backups");
        }
    }

    /** The plan of a data folder: {@code backup.properties}, else the defaults. */
    public static BackupPlan load(Path dataDirectory) {
        BackupPlan defaults = new BackupPlan(dataDirectory.resolve("backups"), DEFAULT_KEEP);
        Properties p = read(dataDirectory.resolve(FILE));
        try {
            Path folder = Optional.ofNullable(p.getProperty("folder")).filter(v -> !v.isBlank()).map(String::strip)
                    .map(Path::of).map(dataDirectory::resolve).orElse(defaults.folder());
            int keep = Integer.parseInt(p.getProperty("keep", String.valueOf(DEFAULT_KEEP)).strip());
            return new BackupPlan(folder, keep);
        } catch (RuntimeException e) {
            return defaults;
        }
    }

    /** Writes {@code backup.properties} through a temporary file and a move. */
    public void save(Path dataDirectory) throws IOException {
        Properties p = new Properties();
        p.setProperty("folder", folder.toString());
        p.setProperty("keep", String.valueOf(keep));
        write(dataDirectory, FILE, p, "Holdpoint daily backups: folder and how many to keep");
    }

    /** The last backup written and verified from this data folder, by the kiosk or the {@code backup} command. */
    public record Last(Instant at, Path file, long sessions) {
        /** True when this backup is older than {@link #WARN_AFTER} at {@code now}. */
        public boolean overdue(Instant now) {
            return Duration.between(at, now).compareTo(WARN_AFTER) > 0;
        }
    }

    /** The last verified backup recorded in the data folder; empty when none was. */
    public static Optional<Last> last(Path dataDirectory) {
        Properties p = read(dataDirectory.resolve(STATUS_FILE));
        try {
            return Optional.of(new Last(Instant.parse(p.getProperty("at")), Path.of(p.getProperty("file")),
                    Long.parseLong(p.getProperty("sessions", "0"))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Records a verified backup as the last one (best effort for the caller: it throws, the backup stands). */
    public static void recordLast(Path dataDirectory, Backups.Written written) throws IOException {
        Properties p = new Properties();
        p.setProperty("at", written.at().toString());
        p.setProperty("file", written.file().toString());
        p.setProperty("sessions", String.valueOf(written.verified().sessions()));
        write(dataDirectory, STATUS_FILE, p, "Holdpoint: the last backup that was written and verified");
    }

    private static Properties read(Path file) {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException | RuntimeException e) {
                return new Properties();
            }
        }
        return p;
    }

    private static void write(Path dataDirectory, String name, Properties p, String comment) throws IOException {
        Files.createDirectories(dataDirectory);
        AtomicFile.write(dataDirectory.resolve(name), out -> p.store(out, comment));
    }
}
