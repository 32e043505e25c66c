package app.holdpoint.store.replication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.store.JdbcSessionStore;
import app.holdpoint.store.Role;

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
            assertThat(central.auditCount(app.holdpoint.store.AuditFilter.all())).isEqualTo(1);
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
