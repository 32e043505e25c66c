package app.holdpoint.session;

import static app.holdpoint.session.Sessions.S;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import app.holdpoint.protocol.PhaseKind;

class ConfirmationPhasesTest {

    @Test
    void aBarePromptWaitsAtOnceShowingElapsedTime() {
        Sessions s = Sessions.of(Phases.timeline().prompt(PhaseKind.SPRAY).fixed(PhaseKind.STRETCH, 30));
        s.engine.start();
        s.after(400);

        SessionSnapshot shown = s.snapshot();
        assertThat(shown.state()).isEqualTo(SessionState.AWAITING_CONFIRMATION);
        assertThat(shown.elapsed()).isEqualTo(Duration.ofSeconds(400));
        assertThat(shown.remaining()).isEmpty();
        assertThat(s.recorder.cues(CueType.AWAITING_CONFIRMATION)).hasSize(1);
        assertThat(s.engine.poll()).hasValue(s.ticker.nanoTime() + S);
    }

    @Test
    void confirmingEndsThePromptAndStartsTheNextPhase() {
        Sessions s = Sessions.of(Phases.timeline().prompt(PhaseKind.SPRAY).fixed(PhaseKind.STRETCH, 30));
        s.engine.start();
        s.after(8);
        s.engine.confirm();

        SessionEvent ended = s.recorder.of(EventType.PHASE_ENDED).get(0);
        assertThat(ended.endedBy()).isEqualTo(EndedBy.CONFIRMATION);
        assertThat(ended.actualMillis()).isEqualTo(8_000);
        assertThat(s.engine.state()).isEqualTo(SessionState.RUNNING);
        assertThat(s.snapshot().phase().orElseThrow().kind()).isEqualTo(PhaseKind.STRETCH);
    }

    @Test
    void aTimedPromptCountsDownThenWaits() {
        Sessions s = Sessions.of(Phases.timeline().timedPrompt(PhaseKind.INSTRUCT, 60).fixed(PhaseKind.RELAX, 5));
        s.engine.start();
        s.after(20);

        assertThat(s.snapshot().remaining()).contains(Duration.ofSeconds(40));
        assertThat(s.engine.confirm().reason()).isEqualTo("the countdown has 0:40 left; skip to end it early");

        s.after(45);
        assertThat(s.engine.state()).isEqualTo(SessionState.AWAITING_CONFIRMATION);
        assertThat(s.recorder.of(EventType.AWAITING_CONFIRMATION)).singleElement()
                .satisfies(e -> assertThat(e.offsetNanos()).isEqualTo(60 * S));
        assertThat(s.snapshot().progress()).isEqualTo(1.0);
        assertThat(s.engine.confirm().accepted()).isTrue();
        assertThat(s.recorder.of(EventType.PHASE_ENDED).get(0).actualMillis()).isEqualTo(65_000);
    }

    @Test
    void aRatingMustBeFromZeroToTen() {
        Sessions s = Sessions.of(Phases.timeline().prompt(PhaseKind.RATE));
        s.engine.start();

        assertThat(s.engine.confirm().reason()).isEqualTo("give a rating from 0 to 10");
        assertThat(s.engine.confirm(11).reason()).isEqualTo("give a rating from 0 to 10, not 11");
        assertThat(s.engine.confirm(6).accepted()).isTrue();
        assertThat(s.recorder.of(EventType.RATED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("6"));
        assertThat(s.engine.state()).isEqualTo(SessionState.COMPLETED);
    }

    @Test
    void needlesOutMustMatchTheNeedlesThatWentIn() {
        Sessions s = Sessions.of(Phases.timeline().needles(PhaseKind.NEEDLE, 4).fixed(PhaseKind.RETAIN, 300)
                .needles(PhaseKind.NEEDLES_OUT, 4).fixed(PhaseKind.HAEMOSTASIS, 60));
        s.engine.start();
        assertThat(s.engine.confirm().reason()).isEqualTo("give the number of needles in (planned: 4)");
        assertThat(s.engine.confirm(3).accepted()).isTrue();
        s.after(300);

        assertThat(s.engine.confirm().reason()).isEqualTo("count the needles out: 3 went in");
        assertThat(s.engine.confirm(2).reason())
                .isEqualTo("2 needle(s) counted out but 3 went in: account for every needle, then confirm 3");
        assertThat(s.engine.confirm(3).accepted()).isTrue();
        assertThat(s.recorder.of(EventType.CONFIRMED)).extracting(SessionEvent::detail).containsExactly("3", "3");
        assertThat(s.snapshot().phase().orElseThrow().kind()).isEqualTo(PhaseKind.HAEMOSTASIS);
    }

    @Test
    void aPromptWithoutANumberRefusesOne() {
        Sessions s = Sessions.of(Phases.timeline().prompt(PhaseKind.HOME_CARE));
        s.engine.start();

        assertThat(s.engine.confirm(2).reason()).isEqualTo("this prompt takes no number; confirm without one");
    }

    @Test
    void aTimedPhaseCannotBeConfirmedButCanBeSkipped() {
        Sessions s = Sessions.of(Phases.timeline().fixed(PhaseKind.REWARM, 600).fixed(PhaseKind.CONTRACT, 7));
        s.engine.start();
        s.after(100);

        assertThat(s.engine.confirm().reason()).isEqualTo("this phase ends on its own in 8:20; skip to end it early");
        assertThat(s.engine.skip().accepted()).isTrue();
        assertThat(s.recorder.of(EventType.PHASE_ENDED).get(0).endedBy()).isEqualTo(EndedBy.SKIP);
    }

    @Test
    void aPausedPromptKeepsWaitingAfterResume() {
        Sessions s = Sessions.of(Phases.timeline().prompt(PhaseKind.SPRAY));
        s.engine.start();
        s.after(5);
        s.engine.pause();
        s.after(30);
        s.engine.resume();
        s.after(2);

        assertThat(s.engine.state()).isEqualTo(SessionState.AWAITING_CONFIRMATION);
        assertThat(s.snapshot().elapsed()).isEqualTo(Duration.ofSeconds(7));
    }
}
