package app.holdpoint.session;

import static app.holdpoint.session.SessionState.AWAITING_CONFIRMATION;
import static app.holdpoint.session.SessionState.COMPLETED;
import static app.holdpoint.session.SessionState.ENDED_EARLY;
import static app.holdpoint.session.SessionState.PAUSED;
import static app.holdpoint.session.SessionState.READY;
import static app.holdpoint.session.SessionState.RUNNING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import app.holdpoint.protocol.PhaseKind;

/**
 * The command table: each command in each state is either accepted and moves to the state in the table, or is
 * refused with a reason, recorded, and changes nothing.
 */
class EveryCommandInEveryStateTest {

    private static final String OK = "accepted";
    private static final String NO = "refused";

    static Stream<Arguments> table() {
        List<Arguments> rows = new ArrayList<>();
        row(rows, READY, OK, RUNNING, NO, NO, NO, NO, NO, NO, NO, NO);
        row(rows, RUNNING, NO, null, OK, NO, OK, OK, OK, NO, NO, OK);
        row(rows, PAUSED, NO, null, NO, OK, NO, NO, NO, NO, NO, OK);
        row(rows, AWAITING_CONFIRMATION, NO, null, OK, NO, OK, OK, NO, OK, NO, OK);
        row(rows, COMPLETED, NO, null, NO, NO, NO, NO, NO, NO, NO, NO);
        row(rows, ENDED_EARLY, NO, null, NO, NO, NO, NO, NO, NO, NO, NO);
        return rows.stream();
    }

    /** Columns: start, pause, resume, skip, back, extend, confirm, mark release, end early. */
    private static void row(List<Arguments> rows, SessionState state, String start, SessionState afterStart,
                            String pause, String resume, String skip, String back, String extend, String confirm,
                            String release, String end) {
        rows.add(Arguments.of(state, Command.START, start, afterStart));
        rows.add(Arguments.of(state, Command.PAUSE, pause, PAUSED));
        rows.add(Arguments.of(state, Command.RESUME, resume, RUNNING));
        rows.add(Arguments.of(state, Command.SKIP, skip, state == RUNNING ? AWAITING_CONFIRMATION : RUNNING));
        rows.add(Arguments.of(state, Command.BACK, back, RUNNING));
        rows.add(Arguments.of(state, Command.EXTEND, extend, RUNNING));
        rows.add(Arguments.of(state, Command.CONFIRM, confirm, RUNNING));
        rows.add(Arguments.of(state, Command.MARK_RELEASE, release, RUNNING));
        rows.add(Arguments.of(state, Command.END_EARLY, end, ENDED_EARLY));
    }

    /** A 10 s press, a bare prompt, a 10 s relax: each state is a few steps away. */
    private static Sessions in(SessionState state) {
        Sessions s = Sessions.of(Phases.timeline()
                .fixed(PhaseKind.PRESS, 10).prompt(PhaseKind.INSTRUCT).fixed(PhaseKind.RELAX, 10));
        switch (state) {
            case READY -> {
            }
            case RUNNING -> {
                s.engine.start();
                s.after(5);
            }
            case PAUSED -> {
                s.engine.start();
                s.after(5);
                s.engine.pause();
            }
            case AWAITING_CONFIRMATION -> {
                s.engine.start();
                s.after(11);
            }
            case COMPLETED -> {
                s.engine.start();
                s.engine.skip();
                s.engine.skip();
                s.engine.skip();
            }
            case ENDED_EARLY -> {
                s.engine.start();
                s.engine.endEarly("client felt faint");
            }
        }
        assertThat(s.engine.state()).isEqualTo(state);
        return s;
    }

    private static CommandResult issue(SessionEngine engine, Command command) {
        return switch (command) {
            case START -> engine.start();
            case PAUSE -> engine.pause();
            case RESUME -> engine.resume();
            case SKIP -> engine.skip();
            case BACK -> engine.back();
            case EXTEND -> engine.extend(15);
            case CONFIRM -> engine.confirm();
            case MARK_RELEASE -> engine.markRelease();
            case END_EARLY -> engine.endEarly("client felt faint");
        };
    }

    @ParameterizedTest(name = "{1} when {0} is {2}")
    @MethodSource("table")
    void eachCommandIsAcceptedOrRefusedAsTheTableSays(SessionState state, Command command, String expected,
                                                      SessionState stateIfAccepted) {
        Sessions s = in(state);
        int eventsBefore = s.recorder.events.size();
        SessionSnapshot before = s.snapshot();

        CommandResult result = issue(s.engine, command);

        assertThat(result.command()).isEqualTo(command);
        if (expected.equals(OK)) {
            assertThat(result.accepted()).as(result.reason()).isTrue();
            assertThat(s.engine.state()).isEqualTo(stateIfAccepted);
            assertThat(s.recorder.events.subList(eventsBefore, s.recorder.events.size()))
                    .isNotEmpty()
                    .noneMatch(e -> e.type() == EventType.COMMAND_REFUSED);
        } else {
            assertThat(result.refused()).isTrue();
            assertThat(result.reason()).isNotBlank();
            assertThat(s.engine.state()).isEqualTo(state);
            assertThat(s.snapshot()).isEqualTo(before);
            assertThat(s.recorder.events.subList(eventsBefore, s.recorder.events.size()))
                    .singleElement()
                    .satisfies(e -> assertThat(e.type()).isEqualTo(EventType.COMMAND_REFUSED))
                    .satisfies(e -> assertThat(e.detail()).isEqualTo(command + ": " + result.reason()));
        }
    }
}
