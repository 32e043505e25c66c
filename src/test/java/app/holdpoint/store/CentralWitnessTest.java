package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Optional;

import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.store.replication.CentralRecord;
import app.holdpoint.store.replication.CentralWitness;
import app.holdpoint.store.replication.Replicator;

/**
 * The central record as a witness: a sealed session rewritten on its kiosk after it was copied, with its seal,
 * every later seal and the chain head recomputed by the product's own hashing code (the kiosk's own verify then
 * relies on its key and its head file to notice), is reported by the comparison with the central copy
 * ({@code verify --against}), which needs neither.
 */
class CentralWitnessTest {
    @TempDir
    Path folder;

    @Test
    void aSessionRechainedOnTheKioskAfterItWasCopiedNoLongerMatchesTheCentralCopy() throws Exception {
        Server server = Server.createTcpServer("-tcpPort", "0", "-baseDir", folder.resolve("central").toString(),
                "-ifNotExists").start();
        try {
            String url = "jdbc:h2:tcp://localhost:" + server.getPort() + "/central";
            Database kioskDb = Database.open(folder.resolve("kiosk"), Optional.empty());
            long id;
            try (JdbcSessionStore kiosk = new JdbcSessionStore(kioskDb, Fixtures.config())) {
                Therapist ann = Fixtures.therapist(kiosk, "Ann");
                id = Fixtures.recordedSession(kiosk, ann, 2, true);
                Fixtures.recordedSession(kiosk, ann, 1, true);
            }
            CentralRecord central = CentralRecord.at(url);
            Replicator.forKiosk(kioskDb, central, "kiosk-a", Clock.systemUTC()).runOnce();
            assertThat(CentralWitness.compare(kioskDb, central).ok()).isTrue();

            rechain(kioskDb, id, "edited after the fact");

            CentralWitness.Report report = CentralWitness.compare(kioskDb, central);
            assertThat(report.ok()).isFalse();
            assertThat(report.mismatches()).anySatisfy(line -> assertThat(line).startsWith("session " + id + ":")
                    .contains("no longer matches the copy in the central record"));
        } finally {
            server.stop();
        }
    }

    /** Edits a sealed session's note and recomputes its seal, every later seal and the chain head. */
    private static void rechain(Database database, long edited, String note) throws Exception {
        Hashes hashes = new Hashes();
        try (Connection c = database.connect()) {
            Backend.H2.dropTriggers(c);
            try (PreparedStatement update = c.prepareStatement("UPDATE therapy_session SET note = ? WHERE id = ?")) {
                update.setString(1, note);
                update.setLong(2, edited);
                update.executeUpdate();
            }
            String previous = Canon.ZERO_HASH;
            long seq = 0;
            try (PreparedStatement query = c.prepareStatement(SessionRows.SELECT
                    + "WHERE s.seal_seq IS NOT NULL ORDER BY s.seal_seq");
                 ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    String seal = hashes.seal(SessionRows.seal(r, previous, hashes.header(SessionRows.header(r))));
                    try (PreparedStatement update = c.prepareStatement("UPDATE therapy_session SET prev_seal_hash = ?,"
                            + " seal_hash = ? WHERE id = ?")) {
                        update.setString(1, previous);
                        update.setString(2, seal);
                        update.setLong(3, r.getLong(1));
                        update.executeUpdate();
                    }
                    previous = seal;
                    seq = r.getLong(SessionRows.SEAL_SEQ);
                }
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE chain_head SET seq = ?, head_hash = ?"
                    + " WHERE chain = 'session'")) {
                update.setLong(1, seq);
                update.setString(2, previous);
                update.executeUpdate();
            }
        }
    }
}
