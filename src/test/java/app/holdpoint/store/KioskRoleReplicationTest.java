package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.store.replication.CentralRecord;
import app.holdpoint.store.replication.ReplicationStatus;
import app.holdpoint.store.replication.Replicator;

/**
 * A kiosk replicates into a central PostgreSQL record set up as docs/postgresql.md says, logged in as the
 * insert-only kiosk role: copying needs no UPDATE, DELETE or TRUNCATE, and the owner's verify of the central
 * record passes (signatures included).
 */
class KioskRoleReplicationTest {
    private static final String OWNER = "owner-secret-r";
    private static final String KIOSK = "kiosk-secret-r";

    @TempDir
    Path folder;

    @Test
    void aKioskCopiesItsSessionsAsTheInsertOnlyKioskRole() throws Exception {
        PostgresServer server = PostgresServer.get();
        String sql = KioskRoleTest.roles();
        server.execute("postgres", KioskRoleTest.section(sql, "server"));
        server.execute("postgres", "ALTER ROLE holdpoint_owner PASSWORD '" + OWNER + "'",
                "ALTER ROLE holdpoint_kiosk PASSWORD '" + KIOSK + "'");
        String name = "replica_" + ProcessHandle.current().pid();
        server.execute("postgres", "DROP DATABASE IF EXISTS " + name, "CREATE DATABASE " + name
                + " OWNER holdpoint_owner");
        String url = server.url(name);
        Database asOwner = Database.open(folder.resolve("owner"), Optional.of(url),
                PostgresServer.loginAs("holdpoint_owner", OWNER));
        try (JdbcSessionStore central = new JdbcSessionStore(asOwner, Fixtures.config())) {
            Fixtures.therapist(central, "Ana");
        }
        Properties owner = new Properties();
        owner.setProperty("user", "holdpoint_owner");
        owner.setProperty("password", OWNER);
        try (Connection c = DriverManager.getConnection(url, owner); Statement statement = c.createStatement()) {
            statement.execute(KioskRoleTest.section(sql, "database"));
        }

        Database kioskDb = Database.open(folder.resolve("kiosk"), Optional.empty());
        Replicator replicator = Replicator.forKiosk(kioskDb, CentralRecord.at(url,
                PostgresServer.loginAs("holdpoint_kiosk", KIOSK)), "kiosk@room-1", Clock.systemUTC());
        assertThat(replicator.runOnce().state()).isEqualTo(ReplicationStatus.State.UP_TO_DATE);
        try (JdbcSessionStore kiosk = new JdbcSessionStore(kioskDb, Fixtures.config())) {
            Therapist ana = kiosk.therapist("Ana").orElseThrow();
            Fixtures.recordedSession(kiosk, ana, 2, true);
            long second = Fixtures.recordedSession(kiosk, ana, 1, true);
            Stores.await(kiosk.addAddendum(second, Fixtures.sign(kiosk, "Ana"), "pain after was 2"));
        }

        ReplicationStatus status = replicator.runOnce();

        assertThat(status.problem()).isEmpty();
        assertThat(status.state()).isEqualTo(ReplicationStatus.State.UP_TO_DATE);
        try (JdbcSessionStore central = new JdbcSessionStore(asOwner, Fixtures.config())) {
            VerifyResult result = central.verify();
            assertThat(result.firstProblem()).isEmpty();
            assertThat(result.sessions()).isEqualTo(2);
            assertThat(result.addenda()).isEqualTo(1);
        }
    }
}
