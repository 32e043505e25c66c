package app.holdpoint.session;

import static app.holdpoint.session.Sessions.S;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import app.holdpoint.protocol.PhaseKind;

class HoldUntilReleaseTest {

    private final Sessions session = Sessions.of(Phases.timeline().release(30, 50, 60).fixed(PhaseKind.RELAX, 30));

    @Test
    void aHoldCountsUpFromZero() {
        session.engine.start();
        session.after(12);

        SessionSnapshot shown = session.snapshot();
        assertThat(shown.elapsed()).isEqualTo(Duration.ofSeconds(12));
        assertThat(shown.remaining()).isEmpty();
        assertThat(shown.releaseAllowed()).isFalse();
        assertThat(shown.progress()).isEqualTo(0.2);
    }

    @Test
    void releaseBeforeTheMinimumIsRefusedWithTheTimeStillNeeded() {
        session.engine.start();
        session.after(12);

        CommandResult result = session.engine.markRelease();

        assertThat(result.refused()).isTrue();
        assertThat(result.reason()).isEqualTo("release is allowed from 0:30; held 0:12 so far");
        assertThat(session.engine.state()).isEqualTo(SessionState.RUNNING);
    }

    @Test
    void atTheMinimumReleaseIsCuedAndAllowed() {
        session.engine.start();
        session.after(30);

        assertThat(session.recorder.cues(CueType.RELEASE_ALLOWED)).singleElement()
                .satisfies(cue -> assertThat(cue.offsetNanos()).isEqualTo(30 * S));
        assertThat(session.snapshot().releaseAllowed()).isTrue();
        assertThat(session.engine.markRelease().accepted()).isTrue();
        SessionEvent ended = session.recorder.of(EventType.PHASE_ENDED).get(0);
        assertThat(ended.endedBy()).isEqualTo(EndedBy.RELEASE);
        assertThat(ended.actualMillis()).isEqualTo(30_000);
        assertThat(session.recorder.types()).containsSubsequence(EventType.RELEASE_MARKED, EventType.PHASE_ENDED,
                EventType.PHASE_STARTED);
    }

    @Test
    void releaseMarkedAfterTheMinimumEndsTheHoldThenAndThere() {
        session.engine.start();
        session.after(41);
        session.engine.markRelease();

        assertThat(session.recorder.of(EventType.PHASE_ENDED).get(0).actualMillis()).isEqualTo(41_000);
        assertThat(session.recorder.of(EventType.PHASE_STARTED).get(1).offsetNanos()).isEqualTo(41 * S);
    }

    @Test
    void theWarningIsCuedAtTheWarningPoint() {
        session.engine.start();
        session.after(55);

        assertThat(session.recorder.cues(CueType.WARNING)).singleElement()
                .satisfies(cue -> assertThat(cue.offsetNanos()).isEqualTo(50 * S));
        assertThat(session.recorder.cues(CueType.ALARM)).isEmpty();
    }

    @Test
    void atTheMaximumTheAlarmSoundsAndTheCapEndsTheHold() {
        session.engine.start();
        session.after(75);   // woken late: the cap still ends the hold at exactly 60 s

        assertThat(session.recorder.cues(CueType.ALARM)).singleElement()
                .satisfies(cue -> assertThat(cue.offsetNanos()).isEqualTo(60 * S));
        SessionEvent ended = session.recorder.of(EventType.PHASE_ENDED).get(0);
        assertThat(ended.endedBy()).isEqualTo(EndedBy.CAP);
        assertThat(ended.actualMillis()).isEqualTo(60_000);
        assertThat(session.recorder.of(EventType.PHASE_STARTED).get(1).offsetNanos()).isEqualTo(60 * S);
        assertThat(session.snapshot().elapsed()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void releaseAfterTheCapIsTooLateAndSaysWhy() {
        session.engine.start();
        session.ticker.advanceSeconds(61);

        CommandResult result = session.engine.markRelease();

        assertThat(result.reason()).isEqualTo("this phase is not a hold until release");
        assertThat(session.recorder.of(EventType.PHASE_ENDED).get(0).endedBy()).isEqualTo(EndedBy.CAP);
    }

    @Test
    void aHoldUntilReleaseCannotBeExtendedPastItsSafetyMaximum() {
        session.engine.start();
        session.after(5);

        assertThat(session.engine.extend(15).reason())
                .isEqualTo("a hold until release ends at its safety maximum of 1m; it cannot be extended");
    }

    @Test
    void pausingAHoldStopsItsCountUpAndPushesTheCap() {
        session.engine.start();
        session.after(20);
        session.engine.pause();
        session.after(100);
        session.engine.resume();
        session.after(39);

        assertThat(session.engine.snapshot().phase().orElseThrow().index()).isZero();
        session.after(1);
        assertThat(session.recorder.of(EventType.PHASE_ENDED).get(0).endedBy()).isEqualTo(EndedBy.CAP);
        assertThat(session.recorder.cues(CueType.ALARM).get(0).offsetNanos()).isEqualTo(160 * S);
    }
}
