package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seals and addenda carry the kiosk's Ed25519 signature, so an editor who rewrites the record with the
 * product's own hashing code is still caught: by signature, naming the session and the kiosk.
 */
class KioskSignatureTest {
    @TempDir
    Path folder;
    @TempDir
    Path otherKeyFolder;

    private Database database;
    private long first;
    private long second;
    private long third;

    @BeforeEach
    void recordThreeSignedSessions() {
        database = Database.open(folder, Optional.empty());
        try (JdbcSessionStore store = new JdbcSessionStore(database, Fixtures.config())) {
            long[] ids = Fixtures.threeSignedSessions(store);
            first = ids[0];
            second = ids[1];
            third = ids[2];
            assertThat(store.verify().failures()).isEmpty();
        }
    }

    /** Verify as someone elsewhere would run it: with no head file of this kiosk's, only the record itself. */
    private VerifyResult verifyElsewhere() {
        try (JdbcSessionStore store = new JdbcSessionStore(database, Fixtures.config(), otherKeyFolder)) {
            return store.verify();
        }
    }

    @Test
    void rechainedSessionHashesAllMatchButItsKioskSignatureDoesNot() throws SQLException {
        try (Connection connection = database.connect()) {
            Rechain attack = new Rechain(connection);
            attack.dropTriggers();
            attack.editAndRechain(first, "no reaction", 0, 2, 30_000);
            attack.restoreTriggers();
        }
        VerifyResult result = verifyElsewhere();

        assertThat(result.ok()).isFalse();
        assertThat(result.reasonsFor(first)).containsExactly("session " + first + ": its signature by kiosk"
                + " test-kiosk does not match (it, or the chain before it, was changed after it was signed)");
        assertThat(result.failingSessions()).as("every seal after the edit was re-hashed, so re-signing fails too")
                .containsExactlyInAnyOrder(first, second, third);
        assertThat(result.failures()).as("the hashes themselves are consistent: only signatures catch it")
                .allSatisfy(failure -> assertThat(failure.reason()).contains("signature by kiosk test-kiosk"));
    }

    @Test
    void strippingEverySignatureToLookLegacyIsCaughtByTheKioskHeadFile() throws SQLException {
        try (Connection connection = database.connect()) {
            Rechain attack = new Rechain(connection);
            attack.dropTriggers();
            attack.editAndRechain(first, "no reaction", 0, 2, 30_000);
            attack.stripSignatures();
            attack.restoreTriggers();
        }
        try (JdbcSessionStore kiosk = new JdbcSessionStore(database, Fixtures.config())) {
            VerifyResult result = kiosk.verify();
            assertThat(result.failures()).extracting(VerifyResult.Failure::reason).containsExactly(
                    "This record does not hold the sealed session this kiosk wrote as seal #3 (session " + third
                            + " sealed at 2026-03-02 10:00): it was rewritten or replaced by another copy. Tell the"
                            + " clinic's administrator. If it was put back on purpose, an administrator accepts it"
                            + " with: holdpoint restore --accept-current");
            assertThat(kiosk.rollbackProblem()).isPresent();
        }
    }

    @Test
    void signedEraSealWithoutItsSignatureFails() throws SQLException {
        try (Connection connection = database.connect()) {
            Rechain attack = new Rechain(connection);
            attack.dropTriggers();
            try (Statement sql = connection.createStatement()) {
                sql.execute("UPDATE therapy_session SET seal_signature = NULL WHERE id = " + second);
            }
            attack.restoreTriggers();
        }
        assertThat(verifyElsewhere().reasonsFor(second)).containsExactly("session " + second + ": it was sealed after"
                + " this record began signing sessions but carries no kiosk signature (removed?)");
    }

    @Test
    void editedAddendumSignatureFailsNamingItsSession() throws SQLException {
        try (Connection connection = database.connect()) {
            Rechain attack = new Rechain(connection);
            attack.dropTriggers();
            try (Statement sql = connection.createStatement()) {
                sql.execute("UPDATE addendum SET body = 'Nothing to report.'");
            }
            attack.editAndRechain(first, "tolerated well", 3, 2, 29_002); // re-hashes the addendum chain too
            attack.restoreTriggers();
        }
        assertThat(verifyElsewhere().reasonsFor(second)).contains("addendum 1 (session " + second + "): its"
                + " signature by kiosk test-kiosk does not match (it, or the chain before it, was changed after it"
                + " was signed)");
    }

    @Test
    void sessionsSealedBeforeSigningBeganAreLegacyNotFailures() throws SQLException {
        // As a database upgraded to V8 looks: its older seals unsigned, the signed era starting after them.
        try (Connection connection = database.connect()) {
            Rechain upgrade = new Rechain(connection);
            upgrade.dropTriggers();
            try (Statement sql = connection.createStatement()) {
                sql.execute("UPDATE therapy_session SET seal_key = NULL, seal_signature = NULL");
                sql.execute("UPDATE addendum SET signing_key = NULL, signature = NULL");
                sql.execute("UPDATE signing_start SET first_seq = 4 WHERE chain = 'session'");
                sql.execute("UPDATE signing_start SET first_seq = 2 WHERE chain = 'addendum'");
            }
            upgrade.restoreTriggers();
        }
        try (JdbcSessionStore store = new JdbcSessionStore(database, Fixtures.config())) {
            long fourth = Fixtures.recordedSession(store, store.therapist("Ana").orElseThrow(), 2, true);
            VerifyResult result = store.verify();
            assertThat(result.failures()).isEmpty();
            assertThat(result.notices()).extracting(VerifyResult.Failure::reason).contains(
                    "3 sealed sessions from before this record began signing seals carry no kiosk signature"
                            + " (legacy, not a failure)",
                    "1 addenda from before this record began signing addenda carry no kiosk signature (legacy, not"
                            + " a failure)");
            assertThat(store.session(fourth).orElseThrow().sealed()).isTrue();
        }
    }

    @Test
    void aSecondKeyUnderTheSameKioskNameIsANotice() {
        try (JdbcSessionStore elsewhere = new JdbcSessionStore(database, Fixtures.config(), otherKeyFolder)) {
            Fixtures.recordedSession(elsewhere, elsewhere.therapist("Ana").orElseThrow(), 1, true);
            VerifyResult result = elsewhere.verify();
            assertThat(result.failures()).isEmpty();
            assertThat(result.notices()).extracting(VerifyResult.Failure::reason).contains("kiosk test-kiosk"
                    + " has 2 signing keys registered; a kiosk gets a new one only when its data folder is replaced:"
                    + " ask the administrator whether that happened");
        }
    }

    @Test
    void droppedAppendOnlyTriggerIsAVerifyFailure() throws SQLException {
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            sql.execute("DROP TRIGGER session_event_append_only");
        }
        assertThat(verifyElsewhere().failures()).extracting(VerifyResult.Failure::reason).containsExactly(
                "the append-only rule session_event_append_only is missing from the database (dropped or"
                        + " disabled?): rows it protects can be edited without the database refusing");
    }

    @Test
    void theKioskKeyIsRegisteredOnceAndReadableOnlyByTheKioskUser() throws Exception {
        try (Connection connection = database.connect(); Statement sql = connection.createStatement();
             var rows = sql.executeQuery("SELECT kiosk_id, COUNT(*) FROM kiosk_key GROUP BY kiosk_id")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("test-kiosk");
            assertThat(rows.getInt(2)).isEqualTo(1);
            assertThat(rows.next()).isFalse();
        }
        if (PrivateFiles.posix()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("kiosk-key"))))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        }
    }
}
