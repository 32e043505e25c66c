package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.testsupport.SettableClock;

/** The kiosk's daily backup: once a day, verified, recorded as the last, only the newest kept. */
class DailyBackupTest {
    @TempDir
    Path data;

    @Test
    void aBackupIsTakenOnceADayAndOnlyTheNewestAreKept() throws Exception {
        SettableClock clock = new SettableClock(Instant.parse("2026-11-30T03:00:00Z"));
        Database database = Database.open(data, Optional.empty());
        try (JdbcSessionStore store = new JdbcSessionStore(database, Fixtures.config())) {
            Fixtures.recordedSession(store, Fixtures.therapist(store, "Ana"), 1, true);
        }
        new BackupPlan(data.resolve("backups"), 2).save(data);
        Path unrelated = Files.createDirectories(data.resolve("backups")).resolve("notes.txt");
        Files.writeString(unrelated, "kept");
        DailyBackup daily = new DailyBackup(database, data, clock);

        assertThat(daily.runIfDue()).isPresent();
        clock.advance(Duration.ofHours(23));
        assertThat(daily.runIfDue()).as("not yet a day").isEmpty();
        clock.advance(Duration.ofHours(1));
        assertThat(daily.runIfDue()).isPresent();
        clock.advance(Duration.ofDays(1));
        Backups.Written third = daily.runIfDue().orElseThrow();

        assertThat(third.verified().sessions()).isEqualTo(1);
        try (Stream<Path> files = Files.list(data.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    "holdpoint-2026-12-01T03-00-00Z.zip", "holdpoint-2026-12-02T03-00-00Z.zip", "notes.txt");
        }
        assertThat(BackupPlan.last(data)).contains(new BackupPlan.Last(clock.instant(), third.file(), 1));
    }

    @Test
    void aMissingOrDamagedPlanGivesTheDefaults() throws Exception {
        assertThat(BackupPlan.load(data)).isEqualTo(new BackupPlan(data.resolve("backups"), 14));
        Files.writeString(data.resolve(BackupPlan.FILE), "keep=lots\n");
        assertThat(BackupPlan.load(data).keep()).isEqualTo(14);
        assertThat(BackupPlan.last(data)).isEmpty();
    }
}
