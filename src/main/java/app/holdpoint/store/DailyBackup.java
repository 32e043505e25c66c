package app.holdpoint.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The running kiosk's daily backup: when the newest backup in the plan's folder is a day old (or there is none),
 * one is written and verified ({@link Backups#backup}, online, so sessions go on being recorded), recorded as the
 * last backup, and the oldest beyond the plan's count are deleted. Holds no thread: the kiosk calls
 * {@link #runIfDue()} from a background thread of its own, never the Event Dispatch Thread. The plan is read
 * afresh each time, so an edited {@code backup.properties} applies without a restart.
 */
public final class DailyBackup {
    public static final Duration EVERY = Duration.ofDays(1);
    private static final Logger LOG = Logger.getLogger(DailyBackup.class.getName());

    private final Database database;
    private final Path dataDirectory;
    private final Clock clock;

    public DailyBackup(Database database, Path dataDirectory, Clock clock) {
        this.database = database;
        this.dataDirectory = dataDirectory;
        this.clock = clock;
    }

    /**
     * Writes today's backup when it is due; returns it, or empty when none was due. A failure is logged and
     * returned as empty (the last backup recorded stays, so Settings warns once it is two days old).
     */
    public Optional<Backups.Written> runIfDue() {
        if (database.dataDirectory().isEmpty()) {
            return Optional.empty(); // a server's record is the server's to back up
        }
        BackupPlan plan = BackupPlan.load(dataDirectory);
        Instant now = clock.instant();
        try {
            Optional<Instant> newest = backups(plan.folder()).keySet().stream().max(Comparator.naturalOrder());
            if (newest.isPresent() && Duration.between(newest.get(), now).compareTo(EVERY) < 0) {
                return Optional.empty();
            }
            Backups.Written written = Backups.backup(database, plan.folder().resolve(Backups.fileName(now)), clock);
            BackupPlan.recordLast(dataDirectory, written);
            prune(plan);
            LOG.info("daily backup written and verified: " + written.file() + ", "
                    + written.verified().sessions() + " sessions");
            return Optional.of(written);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "the daily backup to " + plan.folder() + " failed", e);
            return Optional.empty();
        }
    }

    /** Deletes the oldest daily backups beyond the plan's count; other files in the folder are left alone. */
    private static void prune(BackupPlan plan) throws IOException {
        List<Path> oldestFirst = backups(plan.folder()).entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
        for (int i = 0; i < oldestFirst.size() - plan.keep(); i++) {
            Files.deleteIfExists(oldestFirst.get(i));
        }
    }

    /** The daily backups in a folder, by the time in their names. */
    private static Map<Instant, Path> backups(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Map.of();
        }
        TreeMap<Instant, Path> found = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(file -> Backups.timeOf(file.getFileName().toString())
                    .ifPresent(at -> found.put(at, file)));
        }
        return found;
    }
}
