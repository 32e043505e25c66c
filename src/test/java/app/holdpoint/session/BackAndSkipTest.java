package app.holdpoint.session;

import static app.holdpoint.session.Sessions.S;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import app.holdpoint.protocol.PhaseKind;

class BackAndSkipTest {

    private final Sessions session = Sessions.of(Phases.timeline()
            .fixed(PhaseKind.PRESS, 90).fixed(PhaseKind.RELAX, 30).fixed(PhaseKind.PRESS, 90));

    @Test
    void backAfterTheGraceRepeatsThePhaseFromItsStart() {
        session.engine.start();
        session.after(40);
        session.engine.back();

        assertThat(session.snapshot().phase().orElseThrow().index()).isZero();
        assertThat(session.snapshot().remaining()).contains(Duration.ofSeconds(90));
        assertThat(session.recorder.of(EventType.BACK).get(0).detail()).isEqualTo("repeat");
        SessionEvent ended = session.recorder.of(EventType.PHASE_ENDED).get(0);
        assertThat(ended.endedBy()).isEqualTo(EndedBy.BACK);
        assertThat(ended.actualMillis()).isEqualTo(40_000);
    }

    @Test
    void backWithinTheGraceGoesToThePreviousPhase() {
        session.engine.start();
        session.after(90);
        session.after(2);
        session.engine.back();

        assertThat(session.snapshot().phase().orElseThrow().index()).isZero();
        assertThat(session.recorder.of(EventType.BACK).get(0).detail()).isEqualTo("previous");
        assertThat(session.recorder.of(EventType.PHASE_STARTED)).extracting(SessionEvent::phase)
                .containsExactly(0, 1, 0);
    }

    @Test
    void backAtTheStartOfTheFirstPhaseIsRefused() {
        session.engine.start();
        session.after(1);

        assertThat(session.engine.back().reason()).isEqualTo("already at the start of the first phase");
        assertThat(session.snapshot().elapsed()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void backInTheFirstPhaseAfterTheGraceRepeatsIt() {
        session.engine.start();
        session.after(3);

        assertThat(session.engine.back().accepted()).isTrue();
        assertThat(session.snapshot().elapsed()).isZero();
    }

    @Test
    void skippingEndsThePhaseNowAndTheScheduleContinuesFromThere() {
        session.engine.start();
        session.after(50);
        session.engine.skip();
        session.after(30);

        assertThat(session.recorder.of(EventType.PHASE_STARTED)).extracting(SessionEvent::offsetNanos)
                .containsExactly(0L, 50 * S, 80 * S);
    }

    @Test
    void skippingTheLastPhaseCompletesTheSession() {
        session.engine.start();
        session.engine.skip();
        session.engine.skip();
        session.engine.skip();

        assertThat(session.engine.state()).isEqualTo(SessionState.COMPLETED);
        assertThat(session.recorder.cues(CueType.SESSION_COMPLETED)).hasSize(1);
    }

    @Test
    void endingEarlyNeedsAReason() {
        session.engine.start();

        assertThat(session.engine.endEarly("  ").reason()).isEqualTo("give a reason for ending early");
        assertThat(session.engine.state()).isEqualTo(SessionState.RUNNING);
    }

    @Test
    void endingEarlyWhilePausedEndsThePhaseWithTheTimeActuallyRun() {
        session.engine.start();
        session.after(20);
        session.engine.pause();
        session.after(300);
        session.engine.endEarly("client unwell");

        SessionEvent ended = session.recorder.of(EventType.PHASE_ENDED).get(0);
        assertThat(ended.endedBy()).isEqualTo(EndedBy.END);
        assertThat(ended.actualMillis()).isEqualTo(20_000);
        assertThat(session.recorder.last().type()).isEqualTo(EventType.SESSION_ENDED_EARLY);
        assertThat(session.recorder.last().detail()).isEqualTo("client unwell");
        assertThat(session.snapshot().endReason()).isEqualTo("client unwell");
        assertThat(session.engine.poll()).isEmpty();
    }

    @Test
    void extendOutsideOneToTheLimitIsRefused() {
        session.engine.start();

        assertThat(session.engine.extend(0).reason()).isEqualTo("extend by 1 to 600 seconds, not 0");
    }
}
