package app.holdpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.store.Database;
import app.holdpoint.store.replication.CentralRecord;
import app.holdpoint.store.replication.ReplicationStatus;
import app.holdpoint.store.replication.Replicator;

/**
 * The command line around a central record: a kiosk that ran alone (demo history) joins one and copies its
 * sessions; then the kiosk refuses to add therapists itself, verify --against compares it with the central
 * copies, and audit on the central record names the kiosk of every session.
 */
class CentralRecordCommandsTest {
    @TempDir
    static Path folder;
    static Server server;
    static String central;

    @BeforeAll
    static void aKioskJoinsACentralRecord() throws Exception {
        server = Server.createTcpServer("-tcpPort", "0", "-baseDir", folder.resolve("central").toString(),
                "-ifNotExists").start();
        central = "jdbc:h2:tcp://localhost:" + server.getPort() + "/central";
        CliTestSupport.Run demo = kiosk("demo-data", "--sessions", "3", "--seed", "5");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        Database kiosk = Database.open(folder.resolve("kiosk"), Optional.empty());
        ReplicationStatus status = Replicator.forKiosk(kiosk, CentralRecord.at(central), "kiosk@room-1",
                Clock.systemUTC()).runOnce();
        assertThat(status.state()).isEqualTo(ReplicationStatus.State.UP_TO_DATE);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static CliTestSupport.Run kiosk(String... args) {
        return CliTestSupport.runOn(folder.resolve("kiosk"), args);
    }

    @Test
    void aKioskInCentralModeSaysTherapistsAreAddedOnTheCentralRecord() {
        CliTestSupport.Run result = kiosk("therapist", "disable", "Cleo");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("holdpoint: this kiosk's therapist directory is managed in the central"
                + " record").contains("therapist add NAME --db CENTRAL-JDBC-URL").doesNotContain("Exception");
    }

    @Test
    void verifyAgainstTheCentralRecordComparesEveryCopiedSession() {
        CliTestSupport.Run result = kiosk("verify", "--against", central);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("central record: 3 sessions of kiosk 'kiosk@room-1' compared with their"
                + " copies, 0 not matching; 0 not copied yet");
    }

    @Test
    void auditOnTheCentralRecordNamesTheKioskOfEverySession() {
        CliTestSupport.Run result = CliTestSupport.run("--data", folder.resolve("admin").toString(), "--db", central,
                "audit", "--format", "csv");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().lines().skip(1)).hasSize(3).allSatisfy(line -> assertThat(line)
                .containsPattern(",kiosk@room-1 #\\d+$"));
    }
}
