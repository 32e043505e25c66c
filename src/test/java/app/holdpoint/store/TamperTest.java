package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each kind of tampering someone with a SQL console could do, after dropping the append-only triggers as they
 * would have to, is caught by verify and named.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class TamperTest {
    @Parameter
    Backend backend;

    @TempDir
    Path folder;

    private Database database;
    private long first;
    private long second;
    private long third;

    @BeforeEach
    void recordThreeSessions() {
        database = backend.open(folder);
        try (JdbcSessionStore store = new JdbcSessionStore(database, Fixtures.config())) {
            long[] ids = Fixtures.threeSignedSessions(store);
            first = ids[0];
            second = ids[1];
            third = ids[2];
            assertThat(store.verify().firstProblem()).isEmpty();
        }
    }

    private String verifyAfter(String... statements) throws SQLException {
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            backend.dropTriggers(connection);
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
        try (JdbcSessionStore store = new JdbcSessionStore(database, Fixtures.config())) {
            VerifyResult result = store.verify();
            assertThat(result.ok()).isFalse();
            return result.firstProblem().orElseThrow();
        }
    }

    @Test
    void everyTamperedSessionIsListedWithWhatFails() throws SQLException {
        verifyAfter("UPDATE session_event SET actual_ms = 90000 WHERE session_id = " + first + " AND seq = 2",
                "UPDATE therapy_session SET pain_after = 0 WHERE id = " + third);
        try (JdbcSessionStore store = new JdbcSessionStore(database, Fixtures.config())) {
            VerifyResult result = store.verify();
            assertThat(result.failingSessions()).containsExactlyInAnyOrder(first, third);
            assertThat(result.reasonsFor(first)).containsExactly("session " + first
                    + ", event 2: its content does not match its hash (edited or reordered)");
            assertThat(result.reasonsFor(third)).singleElement().asString().contains("does not match its seal hash");
            assertThat(result.reasonsFor(second)).isEmpty();
            assertThat(result.truncated()).isFalse();
        }
    }

    @Test
    void findingsComeInTheRecordsOrderThoughEventsAreWalkedBesideTheSeals() throws SQLException {
        verifyAfter("UPDATE addendum SET body = 'edited' WHERE session_id = " + second,
                "UPDATE session_event SET actual_ms = 90000 WHERE session_id = " + first + " AND seq = 2",
                "UPDATE therapy_session SET pain_after = 0 WHERE id = " + third);
        try (JdbcSessionStore store = new JdbcSessionStore(database, Fixtures.config())) {
            // Seals first, then events, then addenda, then the dropped triggers: as when the walks ran one after
            // the other.
            assertThat(store.verify().failures()).extracting(VerifyResult.Failure::reason)
                    .filteredOn(reason -> !reason.startsWith("the append-only rule ")).satisfiesExactly(
                    seal -> assertThat(seal).startsWith("session " + third + ": its sealed content"),
                    event -> assertThat(event).startsWith("session " + first + ", event 2: its content"),
                    addendum -> assertThat(addendum).startsWith("addendum ").contains("(session " + second + ")")
                            .endsWith("its content does not match its hash (edited?)"));
        }
    }

    @Test
    void triggersRefuseEditsEvenFromPlainSql() throws SQLException {
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            assertThatThrownBy(() -> sql.execute("UPDATE session_event SET detail = 'x' WHERE session_id = " + first))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.execute("UPDATE therapy_session SET pain_after = 0 WHERE id = " + first))
                    .hasMessageContaining("sealed");
            assertThatThrownBy(() -> sql.execute("DELETE FROM addendum"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.execute("UPDATE chain_head SET seq = 0"))
                    .hasMessageContaining("forward");
            assertThatThrownBy(() -> sql.execute("DELETE FROM therapist"))
                    .hasMessageContaining("never deleted");
        }
    }

    @Test
    void editedEventValueIsNamed() throws SQLException {
        assertThat(verifyAfter("UPDATE session_event SET actual_ms = 90000 WHERE session_id = " + second
                + " AND seq = 4"))
                .isEqualTo("session " + second + ", event 4: its content does not match its hash (edited or reordered)");
    }

    @Test
    void deletedEventIsNamed() throws SQLException {
        assertThat(verifyAfter("DELETE FROM session_event WHERE session_id = " + second + " AND seq = 2"))
                .startsWith("session " + second + ": event 2 is missing");
    }

    @Test
    void deletedLastEventIsNamed() throws SQLException {
        assertThat(verifyAfter("DELETE FROM session_event WHERE session_id = " + third + " AND seq = 6"))
                .startsWith("session " + third + ": 6 events stored but the session records 7");
    }

    @Test
    void insertedEventIsNamed() throws SQLException {
        assertThat(verifyAfter("INSERT INTO session_event SELECT session_id, 7, event_type, offset_nanos, wall_micros,"
                + " phase, planned_ms, actual_ms, ended_by, detail, hash, hash FROM session_event"
                + " WHERE session_id = " + first + " AND seq = 6"))
                .isEqualTo("session " + first + ", event 7: its content does not match its hash (edited or reordered)");
    }

    @Test
    void reorderedEventsAreNamed() throws SQLException {
        assertThat(verifyAfter(
                "UPDATE session_event SET seq = 100 WHERE session_id = " + second + " AND seq = 3",
                "UPDATE session_event SET seq = 3 WHERE session_id = " + second + " AND seq = 4",
                "UPDATE session_event SET seq = 4 WHERE session_id = " + second + " AND seq = 100"))
                .startsWith("session " + second + ", event 3: its link to the event before does not match");
    }

    @Test
    void editedSessionValueIsNamed() throws SQLException {
        assertThat(verifyAfter("UPDATE therapy_session SET pain_after = 0 WHERE id = " + second))
                .startsWith("session " + second + ": its sealed content");
    }

    @Test
    void editedHeaderIsNamed() throws SQLException {
        assertThat(verifyAfter("UPDATE therapy_session SET client_ref = 'C-other' WHERE id = " + first))
                .startsWith("session " + first + ": its header");
    }

    @Test
    void deletedSessionIsNamed() throws SQLException {
        assertThat(verifyAfter("DELETE FROM session_event WHERE session_id = " + first,
                "DELETE FROM therapy_session WHERE id = " + first))
                .startsWith("session " + second + ": it is seal #2 but #1 comes first");
    }

    @Test
    void deletedNewestSessionIsNamed() throws SQLException {
        assertThat(verifyAfter("DELETE FROM session_event WHERE session_id = " + third,
                "DELETE FROM therapy_session WHERE id = " + third))
                .startsWith("the session chain ends at seal #2 but its head records #3");
    }

    @Test
    void editedProtocolTextIsNamed() throws SQLException {
        assertThat(verifyAfter("UPDATE protocol_version SET body = REPLACE(body, 'id:', 'id: ')"))
                .startsWith("protocol version 1 (").contains("): the stored text does not match");
    }

    @Test
    void renamedTherapistIsNoticed() throws SQLException {
        assertThat(verifyAfter("UPDATE therapist SET name = 'Someone else'"))
                .startsWith("session " + first + ": its header");
    }

    @Test
    void sessionPointingAtNoTherapistIsNamed() throws SQLException {
        assertThat(verifyAfter("UPDATE therapy_session SET therapist_id = 999 WHERE id = " + first))
                .isEqualTo("session " + first + ": its therapist is missing from the therapist table (deleted?)");
    }

    @Test
    void editedAddendumIsNamed() throws SQLException {
        assertThat(verifyAfter("UPDATE addendum SET body = 'Nothing to report.'"))
                .isEqualTo("addendum 1 (session " + second + "): its content does not match its hash (edited?)");
    }

    @Test
    void deletedAddendumIsNamed() throws SQLException {
        assertThat(verifyAfter("DELETE FROM addendum"))
                .startsWith("the addendum chain ends at #0 but its head records #1");
    }
}
