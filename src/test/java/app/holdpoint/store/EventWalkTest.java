package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import app.holdpoint.session.EndedBy;
import app.holdpoint.session.EventType;
import app.holdpoint.session.SessionEvent;

/**
 * Verify's event walk reads the same events and says the same words on both databases: through JDBC on H2,
 * through binary COPY on PostgreSQL (in stretches of sessions there). Events with text outside ASCII, with and
 * without {@code ended_by}, hash as they were written.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
@Timeout(120) // a COPY left open would make the next query on its connection wait forever
class EventWalkTest {
    private static final String[] DETAILS = {"Schmerz vorher 6/10 – „drückend“", "Trapezius links · 肩",
        "Patientin: zu fest 😀"};

    @Parameter
    Backend backend;

    @TempDir
    Path folder;

    private Database database;
    private long first;
    private long second;
    private long third;

    @BeforeEach
    void recordThreeSessionsWithTextOutsideAscii() {
        database = backend.open(folder);
        try (JdbcSessionStore store = new JdbcSessionStore(database, Fixtures.config())) {
            Therapist ana = Fixtures.therapist(store, "Ana");
            first = session(store, ana);
            second = session(store, ana);
            third = session(store, ana);
            VerifyResult result = store.verify();
            assertThat(result.firstProblem()).isEmpty();
            assertThat(result.events()).isEqualTo(9);
        }
    }

    /** Three events: started (no ended_by), a phase started (no ended_by) and ended by its timer. */
    private static long session(JdbcSessionStore store, Therapist therapist) {
        long id = Stores.await(store.beginSession(Fixtures.session(therapist.id(), "C-ü")));
        List<SessionEvent> events = List.of(
                Fixtures.event(0, EventType.SESSION_STARTED, -1, 0, 0, null, DETAILS[0]),
                Fixtures.event(1, EventType.PHASE_STARTED, 0, 30_000, 0, null, DETAILS[1]),
                Fixtures.event(2, EventType.PHASE_ENDED, 0, 30_000, 29_000, EndedBy.TIMER, DETAILS[2]));
        for (SessionEvent event : events) {
            Stores.await(store.append(id, event));
        }
        Stores.await(store.seal(id, Fixtures.completed(), Optional.of(Fixtures.sign(store, therapist.name()))));
        return id;
    }

    @Test
    void anEditedDetailIsFoundWithAndWithoutEndedBy() throws SQLException {
        edit("UPDATE session_event SET detail = 'Trapezius rechts · 肩' WHERE session_id = " + first + " AND seq = 1",
                "UPDATE session_event SET detail = 'Patientin: gut 😀' WHERE session_id = " + third + " AND seq = 2");
        try (JdbcSessionStore store = new JdbcSessionStore(database, Fixtures.config())) {
            assertThat(store.verify().failures()).extracting(VerifyResult.Failure::reason)
                    .filteredOn(reason -> !reason.startsWith("the append-only rule ")).containsExactly(
                            "session " + first + ", event 1: its content does not match its hash (edited or"
                                    + " reordered)",
                            "session " + third + ", event 2: its content does not match its hash (edited or"
                                    + " reordered)");
        }
    }

    @Test
    void anEndedBySetWhereThereWasNoneIsFound() throws SQLException {
        edit("UPDATE session_event SET ended_by = 'SKIP' WHERE session_id = " + second + " AND seq = 1");
        try (JdbcSessionStore store = new JdbcSessionStore(database, Fixtures.config())) {
            assertThat(store.verify().reasonsFor(second)).containsExactly("session " + second
                    + ", event 1: its content does not match its hash (edited or reordered)");
        }
    }

    /**
     * Orphans before the first session, after the last and an edited event between, walked one stretch at a time
     * and all at once: the same findings in the same order and the same count (H2 has no stretches).
     */
    @Test
    void stretchesOfAnySizeFindTheSame() throws SQLException {
        edit(dropForeignKey(), "DELETE FROM therapy_session WHERE id = " + first,
                "INSERT INTO session_event SELECT session_id + 100, seq, event_type, offset_nanos, wall_micros,"
                        + " phase, planned_ms, actual_ms, ended_by, detail, prev_hash, hash FROM session_event"
                        + " WHERE session_id = " + third,
                "UPDATE session_event SET detail = 'edited – ü' WHERE session_id = " + second + " AND seq = 2");
        List<String> expected = List.of(
                "event 0 of session " + first + " belongs to no session (the session row was deleted)",
                "session " + second + ", event 2: its content does not match its hash (edited or reordered)",
                "event 0 of session " + (third + 100) + " belongs to no session (the session row was deleted)");
        for (int fetchSize : new int[] {1, 2, 3, 10_000}) {
            Findings findings = new Findings();
            long[] counted = {-1};
            try (Connection connection = database.connect()) {
                assertThat(CopyEventRows.possible(connection)).as("through COPY")
                        .isEqualTo(backend == Backend.POSTGRESQL);
                try (Streaming ignored = Streaming.open(connection)) {
                    new EventWalk(connection, fetchSize, findings, 2).walk(count -> counted[0] = count);
                }
                try (Statement sql = connection.createStatement(); ResultSet r = sql.executeQuery("SELECT 1")) {
                    assertThat(r.next()).as("the connection is usable after the walk").isTrue();
                }
            }
            assertThat(findings.all()).extracting(VerifyResult.Failure::reason).as("fetch size %d", fetchSize)
                    .containsExactlyElementsOf(expected);
            assertThat(counted[0]).as("second's first two events and third's three").isEqualTo(5);
        }
    }

    private void edit(String... statements) throws SQLException {
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            backend.dropTriggers(connection);
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }

    /** Lets events outlive their session, as someone deleting a session row by hand would. */
    private String dropForeignKey() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = database.connect(); Statement sql = connection.createStatement();
             ResultSet r = sql.executeQuery("SELECT constraint_name FROM information_schema.table_constraints"
                     + " WHERE UPPER(table_name) = 'SESSION_EVENT' AND constraint_type = 'FOREIGN KEY'")) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        assertThat(names).hasSize(1);
        return "ALTER TABLE session_event DROP CONSTRAINT " + names.get(0);
    }
}
