package app.holdpoint.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import app.holdpoint.protocol.PhaseKind;

/** Each kind of phase runs with the timing the protocol gives it, and ends the way that timing says. */
class EveryPhaseKindTest {

    @ParameterizedTest(name = "{0} runs and ends as its timing says")
    @EnumSource(PhaseKind.class)
    void eachKindRunsAndEndsAsItsTimingSays(PhaseKind kind) {
        Phases phases = Phases.timeline();
        EndedBy expected;
        switch (kind) {
            case RATE, SPRAY, HOME_CARE -> {
                phases.prompt(kind);
                expected = EndedBy.CONFIRMATION;
            }
            case NEEDLE, NEEDLES_OUT -> {
                phases.needles(kind, 2);
                expected = EndedBy.CONFIRMATION;
            }
            case INSTRUCT -> {
                phases.timedPrompt(kind, 20);
                expected = EndedBy.CONFIRMATION;
            }
            default -> {
                phases.fixed(kind, 20);
                expected = EndedBy.TIMER;
            }
        }
        Sessions s = Sessions.of(phases);
        s.engine.start();
        s.after(20);
        if (s.engine.state() == SessionState.AWAITING_CONFIRMATION) {
            CommandResult result = switch (kind) {
                case RATE -> s.engine.confirm(5);
                case NEEDLE, NEEDLES_OUT -> s.engine.confirm(2);
                default -> s.engine.confirm();
            };
            assertThat(result.accepted()).as(result.reason()).isTrue();
        }

        assertThat(s.engine.state()).isEqualTo(SessionState.COMPLETED);
        assertThat(s.recorder.cues(CueType.PHASE_STARTED)).singleElement()
                .satisfies(cue -> assertThat(cue.phase().orElseThrow().kind()).isEqualTo(kind));
        assertThat(s.recorder.of(EventType.PHASE_ENDED)).singleElement()
                .satisfies(e -> assertThat(e.endedBy()).isEqualTo(expected));
    }

    @Test
    void aHoldUntilReleaseIsThePressThatEndsOnRelease() {
        Sessions s = Sessions.of(Phases.timeline().release(10, 15, 20));
        s.engine.start();
        s.after(10);
        s.engine.markRelease();

        assertThat(s.recorder.of(EventType.PHASE_ENDED)).singleElement()
                .satisfies(e -> assertThat(e.endedBy()).isEqualTo(EndedBy.RELEASE));
    }
}
