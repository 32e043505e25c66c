package app.holdpoint.store.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.store.JdbcSessionStore;
import app.holdpoint.store.Role;
import app.holdpoint.store.StoreException;
import app.holdpoint.store.Stores;
import app.holdpoint.store.Therapist;

class ReplicatorTest {
    @TempDir
    Path folder;

    private CentralH2 server;
    private JdbcSessionStore central;
    private Clinic.Kiosk kiosk;

    @BeforeEach
    void clinic() throws Exception {
        server = new CentralH2(folder.resolve("central"));
        central = Clinic.central(folder.resolve("admin"), server.url());
        Clinic.therapist(central, "Ann Admin", Role.ADMIN);
        Clinic.therapist(central, "Ben", Role.THERAPIST);
        kiosk = Clinic.Kiosk.open(folder.resolve("kiosk-a"), "kiosk-a");
    }

    @AfterEach
    void close() {
        kiosk.close();
        central.close();
        server.close();
    }

    @Test
    void aCrashBetweenTheCentralCommitAndTheLocalNoteCopiesNothingTwice() throws Exception {
        Replicator first = kiosk.replicator(server.url());
        first.runOnce(); // the directory
        Therapist ben = kiosk.store().therapist("Ben").orElseThrow();
        for (int i = 0; i < 3; i++) {
            Clinic.sealed(kiosk.store(), ben, "C-" + i);
        }
        AtomicInteger commits = new AtomicInteger();
        Replicator crashing = Replicator.withHook(kiosk.database(), CentralRecord.at(server.url()), "kiosk-a",
                Clinic.CLOCK, () -> {
                    if (commits.incrementAndGet() == 2) {
                        throw new IllegalStateException("killed after the central commit");
                    }
                });

        assertThat(crashing.runOnce().state()).isEqualTo(ReplicationStatus.State.UNREACHABLE);
        assertThat(crashing.note().orElseThrow().sessionsThrough()).isEqualTo(1); // the note lags the central record
        assertThat(centralCopies()).hasSize(2);

        ReplicationStatus after = kiosk.replicator(server.url()).runOnce();

        assertThat(after.state()).isEqualTo(ReplicationStatus.State.UP_TO_DATE);
        assertThat(centralCopies()).extracting(row -> ((Number) row.get("seal_seq")).longValue())
                .containsExactly(1L, 2L, 3L);
        assertThat(central.verify().ok()).isTrue();
    }

    @Test
    void copyingASessionAgainIsRecognisedAndAddsNothing() throws Exception {
        kiosk.replicator(server.url()).runOnce();
        Clinic.sealed(kiosk.store(), kiosk.store().therapist("Ben").orElseThrow(), "C-1");
        kiosk.replicator(server.url()).runOnce();

        try (Connection here = kiosk.database().connect(); Connection there = CentralRecord.at(server.url()).connect()) {
            there.setAutoCommit(false);
            assertThat(new SessionCopy(here, there, "kiosk-a").session(1)).isEqualTo(SessionCopy.Outcome.ALREADY_THERE);
        }
        assertThat(centralCopies()).hasSize(1);
    }

    @Test
    void sessionsArriveInSealOrderNotInTheOrderTheyBegan() throws Exception {
        kiosk.replicator(server.url()).runOnce();
        Therapist ben = kiosk.store().therapist("Ben").orElseThrow();
        long first = Clinic.begin(kiosk.store(), ben, "C-1", 1);
        long second = Clinic.begin(kiosk.store(), ben, "C-2", 1);
        long third = Clinic.begin(kiosk.store(), ben, "C-3", 1);
        Clinic.seal(kiosk.store(), third, "Ben");
        Clinic.seal(kiosk.store(), first, "Ben");
        // The second stays open: it waits until it is sealed, and holds nothing else back.

        kiosk.replicator(server.url()).runOnce();
        Clinic.seal(kiosk.store(), second, "Ben");
        ReplicationStatus status = kiosk.replicator(server.url()).runOnce();

        assertThat(status.state()).isEqualTo(ReplicationStatus.State.UP_TO_DATE);
        assertThat(centralCopies()).extracting(row -> ((Number) row.get("origin_id")).longValue())
                .containsExactly(third, first, second);
        assertThat(central.verify().ok()).isTrue();
    }

    @Test
    void addendaFollowTheirSessionsAndVerifyCentrally() {
        Replicator replicator = kiosk.replicator(server.url());
        replicator.runOnce();
        long id = Clinic.sealed(kiosk.store(), kiosk.store().therapist("Ben").orElseThrow(), "C-1");
        Stores.await(kiosk.store().addAddendum(id, Clinic.sign(kiosk.store(), "Ben"), "pain after was 2, not 3"));

        assertThat(replicator.runOnce().state()).isEqualTo(ReplicationStatus.State.UP_TO_DATE);

        var result = central.verify();
        assertThat(result.firstProblem()).isEmpty();
        assertThat(result.addenda()).isEqualTo(1);
    }

    @Test
    void theKioskKeepsACopyOfTheCentralDirectoryForSignInWhileTheNetworkIsDown() {
        Replicator replicator = kiosk.replicator(server.url());
        Stores.await(central.grantDryNeedling("Ben", "Ontario", Optional.empty(),
                central.therapist("Ann Admin").orElseThrow().id()));

        long centralId = central.therapist("Ben").orElseThrow().id();
        replicator.runOnce();
        server.stop();

        Therapist ben = kiosk.store().therapist("Ben").orElseThrow();
        assertThat(ben.id()).isEqualTo(centralId);
        assertThat(ben.dryNeedling()).isPresent();
        assertThat(Stores.await(kiosk.store().verifyPin("Ben", Clinic.PIN)).signature()).isPresent();
        assertThat(replicator.runOnce().state()).isEqualTo(ReplicationStatus.State.UNREACHABLE);
    }

    @Test
    void aTherapistDisabledCentrallyIsDisabledOnTheKioskAtTheNextPass() {
        Replicator replicator = kiosk.replicator(server.url());
        replicator.runOnce();
        Stores.await(central.disableTherapist("Ben"));

        replicator.runOnce();

        assertThat(kiosk.store().therapist("Ben").orElseThrow().disabled()).isTrue();
    }

    @Test
    void inCentralModeTheKioskAddsNoTherapistsAndSaysWhereToDoIt() {
        kiosk.replicator(server.url());

        assertThatThrownBy(() -> Stores.await(kiosk.store().createTherapist("Cleo", Role.THERAPIST, Clinic.PIN)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("managed in the central record")
                .hasMessageContaining("therapist add NAME --db");
    }

    @Test
    void aTherapistFromBeforeTheKioskJoinedIsAddedToTheCentralDirectoryWithTheirSessions() {
        Therapist dana = Clinic.therapist(kiosk.store(), "Dana", Role.THERAPIST);
        Clinic.sealed(kiosk.store(), dana, "C-1");

        assertThat(kiosk.replicator(server.url()).runOnce().state()).isEqualTo(ReplicationStatus.State.UP_TO_DATE);

        assertThat(central.therapist("Dana")).isPresent();
        assertThat(central.verify().ok()).isTrue();
    }

    @Test
    void aKioskRecordPutBackFromAnOlderCopyIsCaughtByTheCentralCopyAndNothingMoreIsCopied() throws Exception {
        kiosk.replicator(server.url()).runOnce();
        Therapist ben = kiosk.store().therapist("Ben").orElseThrow();
        Clinic.sealed(kiosk.store(), ben, "C-1");
        assertThat(kiosk.replicator(server.url()).runOnce().state()).isEqualTo(ReplicationStatus.State.UP_TO_DATE);
        kiosk.close();
        Path older = folder.resolve("kiosk-a-older");
        copyFolder(folder.resolve("kiosk-a"), older);
        kiosk = Clinic.Kiosk.open(folder.resolve("kiosk-a"), "kiosk-a");
        Clinic.sealed(kiosk.store(), ben, "C-2");
        assertThat(kiosk.replicator(server.url()).runOnce().state()).isEqualTo(ReplicationStatus.State.UP_TO_DATE);
        kiosk.close();

        kiosk = Clinic.Kiosk.open(older, "kiosk-a");
        ReplicationStatus putBack = kiosk.replicator(server.url()).runOnce();
        Clinic.sealed(kiosk.store(), ben, "C-2 again"); // its seal #2 is not the one the central record holds
        ReplicationStatus usedSince = kiosk.replicator(server.url()).runOnce();

        assertThat(putBack.state()).isEqualTo(ReplicationStatus.State.BEHIND);
        assertThat(putBack.problem().orElseThrow()).contains("holds its seal #2").contains("ends at seal #1");
        assertThat(usedSince.state()).isEqualTo(ReplicationStatus.State.BEHIND);
        assertThat(usedSince.problem().orElseThrow()).contains("seal #2 here is not the one the central record holds");
        assertThat(centralCopies()).hasSize(2);
        assertThat(central.verify().ok()).isTrue();
    }

    private static void copyFolder(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
            }
        }
    }

    private List<Map<String, Object>> centralCopies() throws Exception {
        try (Connection there = CentralRecord.at(server.url()).connect()) {
            return Rows.all(there, "SELECT origin_id, seal_seq FROM therapy_session WHERE origin = ? ORDER BY id",
                    "kiosk-a");
        }
    }
}
