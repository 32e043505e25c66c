package app.holdpoint.store.replication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.store.AuditFilter;
import app.holdpoint.store.AuditRow;
import app.holdpoint.store.JdbcSessionStore;
import app.holdpoint.store.Role;
import app.holdpoint.store.Therapist;

/**
 * The issue's test: two kiosks and one central record (a real PostgreSQL server, and an H2 server to show the
 * same code runs on both); sessions on both while the central database is stopped mid-way through a pass and
 * started again; afterwards the central record holds every session exactly once,
 * verify passes centrally and on each kiosk, and audit on the central record lists both kiosks' sessions.
 */
class TwoKiosksTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(CentralServer.Kind.class)
    void everySessionOfBothKiosksReachesTheCentralRecordExactlyOnceAcrossAnOutage(CentralServer.Kind kind)
            throws Exception {
        try (CentralServer server = kind.start(folder.resolve("central"));
             JdbcSessionStore central = Clinic.central(folder.resolve("admin"), server);
             Clinic.Kiosk a = Clinic.Kiosk.open(folder.resolve("room-1"), "kiosk@room-1");
             Clinic.Kiosk b = Clinic.Kiosk.open(folder.resolve("room-2"), "kiosk@room-2")) {
            Clinic.therapist(central, "Ann Admin", Role.ADMIN);
            Clinic.therapist(central, "Ben", Role.THERAPIST);
            AtomicBoolean stopMidway = new AtomicBoolean();
            Replicator roomOne = Replicator.withHook(a.database(), CentralRecord.at(server.url(), server.login()), a.id(),
                    Clinic.CLOCK, () -> {
                        if (stopMidway.getAndSet(false)) {
                            server.stop(); // the central server goes down between two copies of one pass
                        }
                    });
            Replicator roomTwo = b.replicator(server);
            roomOne.runOnce();
            roomTwo.runOnce();
            Therapist benOnA = a.store().therapist("Ben").orElseThrow();
            Therapist benOnB = b.store().therapist("Ben").orElseThrow();
            List<Long> onA = new ArrayList<>();
            List<Long> onB = new ArrayList<>();

            for (int i = 0; i < 3; i++) {
                onA.add(Clinic.sealed(a.store(), benOnA, "A-" + i));
                onB.add(Clinic.sealed(b.store(), benOnB, "B-" + i));
            }
            stopMidway.set(true);
            assertThat(roomOne.runOnce().state()).isEqualTo(ReplicationStatus.State.UNREACHABLE);
            ReplicationStatus down = roomTwo.runOnce();
            assertThat(down.state()).isEqualTo(ReplicationStatus.State.UNREACHABLE);
            assertThat(down.sessionsWaiting()).isEqualTo(3);

            // Sessions go on on both kiosks while the central record is down: the kiosk never waits for it.
            for (int i = 3; i < 5; i++) {
                onA.add(Clinic.sealed(a.store(), benOnA, "A-" + i));
                onB.add(Clinic.sealed(b.store(), benOnB, "B-" + i));
            }
            ReplicationStatus stillDown = roomOne.runOnce();
            assertThat(stillDown.sessionsWaiting()).isEqualTo(4); // one of five reached it before the stop
            assertThat(stillDown.unreachableSince()).isPresent();

            server.start();
            assertThat(roomOne.runOnce().state()).isEqualTo(ReplicationStatus.State.UP_TO_DATE);
            assertThat(roomTwo.runOnce().state()).isEqualTo(ReplicationStatus.State.UP_TO_DATE);
            // A second pass finds nothing to do.
            assertThat(roomOne.runOnce().sessionsWaiting()).isZero();

            assertThat(copies(server, "kiosk@room-1")).containsExactlyElementsOf(onA);
            assertThat(copies(server, "kiosk@room-2")).containsExactlyElementsOf(onB);
            assertThat(central.verify().firstProblem()).isEmpty();
            assertThat(central.verify().sessions()).isEqualTo(10);
            assertThat(a.store().verify().ok()).isTrue();
            assertThat(b.store().verify().ok()).isTrue();
            List<String> kiosks = new ArrayList<>();
            central.auditEach(AuditFilter.all(), (AuditRow row) -> kiosks.add(row.kiosk()));
            assertThat(kiosks).hasSize(10)
                    .contains("kiosk@room-1 #" + onA.get(0), "kiosk@room-2 #" + onB.get(4));
            assertThat(central.auditKiosks()).as("sessions from two kiosks: the audit shows a Kiosk column")
                    .isEqualTo(2);
            assertThat(a.store().auditKiosks()).isEqualTo(1);
        }
    }

    /** The kiosk's session numbers in the central record, in the order they arrived. */
    private static List<Long> copies(CentralServer server, String kiosk) throws Exception {
        try (Connection there = CentralRecord.at(server.url(), server.login()).connect()) {
            List<Long> ids = new ArrayList<>();
            for (var row : Rows.all(there, "SELECT origin_id FROM therapy_session WHERE origin = ? ORDER BY id",
                    kiosk)) {
                ids.add(((Number) row.get("origin_id")).longValue());
            }
            return ids;
        }
    }
}
