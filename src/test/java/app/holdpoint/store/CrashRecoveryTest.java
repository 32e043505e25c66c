package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.holdpoint.session.EventType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Processes killed at chosen points: whatever was acknowledged is there, and the database opens. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CrashRecoveryTest {
    @TempDir
    Path folder;

    @ParameterizedTest(name = "killed after {0} acknowledged events")
    @ValueSource(ints = {0, 1, 7, 60})
    void everyAcknowledgedEventSurvivesSigkillAndTheSessionIsFoundInterrupted(int acknowledged) throws Exception {
        long id;
        try (Child child = Child.start("session", folder)) {
            id = Long.parseLong(child.awaitLine("BEGUN ").substring(6));
            if (acknowledged > 0) {
                child.awaitLine("COMMITTED " + (acknowledged - 1));
            }
            child.kill();
        }
        try (Stores.Opened opened = Stores.forKiosk(folder, Optional.empty(), Fixtures.config())) {
            SessionStore store = opened.store();
            assertThat(opened.recovered()).isEqualTo(1);
            assertThat(store.events(id)).hasSizeGreaterThanOrEqualTo(acknowledged);
            assertThat(store.findInterrupted()).extracting(SessionRecord::id).containsExactly(id);
            assertThat(store.audit(AuditFilter.all().withStatus(SessionStatus.INTERRUPTED), Optional.empty(), 10)
                    .rows()).extracting(AuditRow::id).containsExactly(id);
            assertThat(store.verify().firstProblem()).isEmpty();
        }
    }

    @Test
    void interruptedSessionCanBeResumedThenSealed() throws Exception {
        long id;
        try (Child child = Child.start("session", folder)) {
            id = Long.parseLong(child.awaitLine("BEGUN ").substring(6));
            child.awaitLine("COMMITTED 4");
            child.kill();
        }
        try (Stores.Opened opened = Stores.forKiosk(folder, Optional.empty(), Fixtures.config())) {
            SessionStore store = opened.store();
            int stored = Stores.await(store.resume(id)).size();
            assertThat(store.session(id).orElseThrow().status()).isEqualTo(SessionStatus.RUNNING);
            Stores.await(store.append(id, Fixtures.event(stored, EventType.RESUMED, 0, 0, 0,
                    null, "after restart")));
            SessionRecord sealed = Stores.await(store.seal(id, Fixtures.completed(),
                    Optional.of(Fixtures.sign(store, "Ana"))));
            assertThat(sealed.eventCount()).isEqualTo(stored + 1);
            assertThat(store.findInterrupted()).isEmpty();
            assertThat(store.verify().firstProblem()).isEmpty();
        }
    }

    @Test
    void secondKioskOnTheSameFolderGetsAClearMessageWhileTheCommandLineStillReads() throws Exception {
        try (Child child = Child.start("session", folder)) {
            long id = Long.parseLong(child.awaitLine("BEGUN ").substring(6));
            child.awaitLine("COMMITTED 3");
            assertThatThrownBy(() -> Stores.forKiosk(folder, Optional.empty(), Fixtures.config()))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("another Holdpoint kiosk is already running on the data folder");
            try (Stores.Opened cli = Stores.forCommandLine(folder, Optional.empty(), Fixtures.config())) {
                assertThat(cli.recovered()).as("a live kiosk's session is not an orphan").isZero();
                assertThat(cli.store().events(id)).hasSizeGreaterThanOrEqualTo(4);
                assertThat(cli.store().session(id).orElseThrow().status()).isEqualTo(SessionStatus.RUNNING);
            }
            child.kill();
        }
    }

    @Test
    void secondKioskInTheSameProcessIsRefusedToo() {
        try (Stores.Opened first = Stores.forKiosk(folder, Optional.empty(), Fixtures.config())) {
            assertThatThrownBy(() -> Stores.forKiosk(folder, Optional.empty(), Fixtures.config()))
                    .hasMessageStartingWith("another Holdpoint kiosk is already running");
        }
    }

    @ParameterizedTest(name = "first start killed mid-migration (SIGKILL={0})")
    @ValueSource(booleans = {true, false})
    void databaseOpensAfterTheFirstStartWasKilledMidMigration(boolean sigkill) throws Exception {
        try (Child child = Child.start("migrate", folder)) {
            child.awaitLine("MIGRATING");
            stop(child, sigkill);
        }
        try (JdbcSessionStore store = Fixtures.open(folder)) {
            long id = Fixtures.recordedSession(store, Fixtures.therapist(store, "Ana"), 1, true);
            assertThat(store.session(id)).isPresent();
            assertThat(store.verify().firstProblem()).isEmpty();
        }
        assertThat(Files.exists(folder.resolve("holdpoint-new.mv.db"))).isFalse();
    }

    @ParameterizedTest(name = "upgrade killed mid-migration (SIGKILL={0})")
    @ValueSource(booleans = {true, false})
    void upgradeKilledMidMigrationIsRolledBackToTheBackup(boolean sigkill) throws Exception {
        long id;
        try (JdbcSessionStore store = Fixtures.open(folder)) {
            id = Fixtures.recordedSession(store, Fixtures.therapist(store, "Ana"), 2, true);
        }
        try (Child child = Child.start("migrate", folder)) {
            child.awaitLine("MIGRATING");
            stop(child, sigkill);
        }
        Database database = Database.open(folder, Optional.empty());
        try (JdbcSessionStore store = new JdbcSessionStore(database, Fixtures.config())) {
            assertThat(store.events(id)).hasSize(5);
            assertThat(store.verify().firstProblem()).isEmpty();
        }
        try (Connection connection = database.connect();
             ResultSet tables = connection.getMetaData().getTables(null, null, "FUTURE_FEATURE", null)) {
            assertThat(tables.next()).as("the half-done upgrade was undone").isFalse();
        }
        assertThat(Files.list(folder).map(p -> p.getFileName().toString()).toList())
                .doesNotContain("holdpoint.migrating", "holdpoint-before-migration.zip");
    }

    @Test
    void databaseFromANewerVersionIsRefusedNotMigratedDown() {
        Database.open(folder, Optional.empty(), List.of("classpath:app/holdpoint/store/testmigration"));
        assertThatThrownBy(() -> Database.open(folder, Optional.empty()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("was written by a newer version of Holdpoint (schema version 999); this version"
                        + " knows up to 10");
    }

    private static void stop(Child child, boolean sigkill) throws InterruptedException {
        if (sigkill) {
            child.kill();
        } else {
            child.terminate();
        }
    }
}
