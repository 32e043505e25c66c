package app.holdpoint.store.replication;

import static org.assertj.core.api.Assertions.assertThat;

import app.holdpoint.store.AuditFilter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.store.JdbcSessionStore;
import app.holdpoint.store.Role;
import app.holdpoint.store.Stores;
import app.holdpoint.store.Therapist;

/** The replicator's own daemon thread, and the backoff it keeps while the central record is away. */
class ReplicatorThreadTest {
    @TempDir
    Path folder;

    @Test
    void theReplicatorRunsOnItsOwnDaemonThreadAndANudgeCopiesANewSealSoon() throws Exception {
        try (CentralH2 server = new CentralH2(folder.resolve("central"));
             JdbcSessionStore central = Clinic.central(folder.resolve("admin"), server.url());
             Clinic.Kiosk kiosk = Clinic.Kiosk.open(folder.resolve("kiosk"), "kiosk-a")) {
            Clinic.therapist(central, "Ben", Role.THERAPIST);
            BlockingQueue<ReplicationStatus> heard = new LinkedBlockingQueue<>();
            BlockingQueue<Thread> threads = new LinkedBlockingQueue<>();
            try (Replicator replicator = kiosk.replicator(server.url())) {
                replicator.start(status -> {
                    threads.add(Thread.currentThread());
                    heard.add(status);
                });
                assertThat(heard.poll(60, TimeUnit.SECONDS).state()).isEqualTo(ReplicationStatus.State.UP_TO_DATE);
                Thread thread = threads.poll();
                assertThat(thread.getName()).isEqualTo("holdpoint-replicator");
                assertThat(thread.isDaemon()).isTrue();

                Clinic.sealed(kiosk.store(), kiosk.store().therapist("Ben").orElseThrow(), "C-1");
                replicator.nudge();

                ReplicationStatus after = heard.poll(60, TimeUnit.SECONDS);
                assertThat(after.state()).isEqualTo(ReplicationStatus.State.UP_TO_DATE);
                assertThat(replicator.status()).isEqualTo(after);
            }
            assertThat(central.auditCount(AuditFilter.all())).isEqualTo(1);
        }
    }

    @Test
    void aSealAndAnAddendumEachCallTheStoresSealListenerOnceCommitted() throws Exception {
        try (Clinic.Kiosk kiosk = Clinic.Kiosk.open(folder.resolve("kiosk"), "kiosk-a")) {
            AtomicInteger heard = new AtomicInteger();
            kiosk.store().onSealed(heard::incrementAndGet);
            Therapist ben = Clinic.therapist(kiosk.store(), "Ben", Role.THERAPIST);
            long id = Clinic.begin(kiosk.store(), ben, "C-1", 2);
            assertThat(heard).hasValue(0);

            Clinic.seal(kiosk.store(), id, "Ben");
            assertThat(heard).hasValue(1);

            Stores.await(kiosk.store().addAddendum(id, Clinic.sign(kiosk.store(), "Ben"), "pain was 4, not 3"));
            assertThat(heard).hasValue(2);

            kiosk.store().onSealed(() -> {
                throw new IllegalStateException("a listener's fault");
            });
            Clinic.sealed(kiosk.store(), ben, "C-2"); // committed and reported as such all the same
            assertThat(heard).hasValue(2);
        }
    }

    @Test
    void aSealNudgesTheRunningReplicatorSoTheCopyStartsBeforeTheNextPoll() throws Exception {
        try (CentralH2 server = new CentralH2(folder.resolve("central"));
             JdbcSessionStore central = Clinic.central(folder.resolve("admin"), server.url());
             Clinic.Kiosk kiosk = Clinic.Kiosk.open(folder.resolve("kiosk"), "kiosk-a")) {
            Clinic.therapist(central, "Ben", Role.THERAPIST);
            BlockingQueue<ReplicationStatus> heard = new LinkedBlockingQueue<>();
            // An hour's poll: only the nudge can bring the second pass within the test's wait.
            try (Replicator replicator = Replicator.idlingFor(Duration.ofHours(1), kiosk.database(),
                    CentralRecord.at(server.url()), kiosk.id(), Clinic.CLOCK)) {
                kiosk.store().onSealed(replicator::nudge);
                replicator.start(heard::add);
                assertThat(heard.poll(60, TimeUnit.SECONDS).state()).isEqualTo(ReplicationStatus.State.UP_TO_DATE);

                Clinic.sealed(kiosk.store(), kiosk.store().therapist("Ben").orElseThrow(), "C-1");

                ReplicationStatus after = heard.poll(60, TimeUnit.SECONDS);
                assertThat(after).isNotNull();
                assertThat(after.state()).isEqualTo(ReplicationStatus.State.UP_TO_DATE);
            }
            assertThat(central.auditCount(AuditFilter.all())).isEqualTo(1);
        }
    }

    @Test
    void theBackoffDoublesToAMinuteAndStartsAgainAfterASuccess() {
        Backoff backoff = new Backoff();
        assertThat(backoff.failed()).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.failed()).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.failed()).isEqualTo(Duration.ofSeconds(4));
        for (int i = 0; i < 10; i++) {
            backoff.failed();
        }
        assertThat(backoff.failed()).isEqualTo(Duration.ofSeconds(60));
        backoff.succeeded();
        assertThat(backoff.failed()).isEqualTo(Duration.ofSeconds(1));
    }
}
