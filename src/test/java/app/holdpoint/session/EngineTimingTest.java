package app.holdpoint.session;

import static app.holdpoint.session.Sessions.MS;
import static app.holdpoint.session.Sessions.S;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.assertj.core.groups.Tuple;

import org.junit.jupiter.api.Test;

import app.holdpoint.protocol.PhaseKind;

class EngineTimingTest {

    private final Sessions session = Sessions.of(Phases.timeline()
            .fixed(PhaseKind.PRESS, 10).fixed(PhaseKind.RELAX, 5).fixed(PhaseKind.STRETCH, 40));

    private long offsetOfStart(int phase) {
        return session.recorder.of(EventType.PHASE_STARTED).stream().filter(e -> e.phase() == phase)
                .findFirst().orElseThrow().offsetNanos();
    }

    @Test
    void timedPhasesEndOnTheirOwnAndTheNextBeginsAtTheSameInstant() {
        session.engine.start();
        session.after(10);

        SessionEvent ended = session.recorder.of(EventType.PHASE_ENDED).get(0);
        assertThat(ended.endedBy()).isEqualTo(EndedBy.TIMER);
        assertThat(ended.actualMillis()).isEqualTo(10_000);
        assertThat(ended.plannedMillis()).isEqualTo(10_000);
        assertThat(offsetOfStart(1)).isEqualTo(10 * S);
        assertThat(session.snapshot().phase().orElseThrow().index()).isEqualTo(1);
    }

    @Test
    void aLateWakeUpEndsEveryPassedPhaseAtItsDeadlineNotWhenNoticed() {
        session.engine.start();
        session.after(17);

        assertThat(session.recorder.of(EventType.PHASE_ENDED)).extracting(SessionEvent::offsetNanos)
                .containsExactly(10 * S, 15 * S);
        assertThat(offsetOfStart(2)).isEqualTo(15 * S);
        assertThat(session.snapshot().remaining()).contains(Duration.ofSeconds(38));
    }

    @Test
    void latePollsDoNotAccumulateDrift() {
        session.engine.start();
        for (int i = 0; i < 55; i++) {
            session.afterMillis(1_000 + (i % 3) * 7);   // every wake-up a little late, unevenly
        }
        session.after(10);

        assertThat(session.engine.state()).isEqualTo(SessionState.COMPLETED);
        assertThat(session.recorder.of(EventType.SESSION_COMPLETED).get(0).offsetNanos()).isEqualTo(55 * S);
        assertThat(session.recorder.of(EventType.PHASE_ENDED)).extracting(SessionEvent::actualMillis)
                .containsExactly(10_000L, 5_000L, 40_000L);
    }

    @Test
    void lateEventsAreLabelledWithTheWallTimeTheyWereDueAt() {
        session.engine.start();
        session.after(12);

        // The start wall time plus the offset it was due at (the fixed test clock never moves).
        SessionEvent ended = session.recorder.of(EventType.PHASE_ENDED).get(0);
        assertThat(ended.wallTime()).isEqualTo(Sessions.WALL.instant().plusSeconds(10));
    }

    @Test
    void pollAsksToWakeAtTheNextWholeSecondOfTheCountdown() {
        session.engine.start();
        long start = session.ticker.nanoTime();
        session.ticker.advanceMillis(2_300);

        assertThat(session.engine.poll()).hasValue(start + 3 * S);
    }

    @Test
    void pollAsksToWakeAtAHalfwayCueThatFallsBetweenSeconds() {
        Sessions odd = Sessions.of(Phases.timeline().fixed(PhaseKind.STRETCH, 31));
        odd.engine.start();
        long start = odd.ticker.nanoTime();
        odd.ticker.advanceMillis(15_200);

        assertThat(odd.engine.poll()).hasValue(start + 15_500 * MS);
    }

    @Test
    void wakingOnlyWhenAskedRunsTheWholeSessionExactlyOnSchedule() {
        session.engine.start();
        session.followWakes(1_000);

        assertThat(session.engine.state()).isEqualTo(SessionState.COMPLETED);
        assertThat(session.recorder.of(EventType.PHASE_STARTED)).extracting(SessionEvent::offsetNanos)
                .containsExactly(0L, 10 * S, 15 * S);
        assertThat(session.engine.poll()).isEmpty();
    }

    @Test
    void theLastThreeSecondsAreCuedOncePerSecond() {
        session.engine.start();
        session.after(10);

        assertThat(session.recorder.cues(CueType.LAST_SECONDS)).extracting(Cue::count, Cue::offsetNanos)
                .containsExactly(Tuple.tuple(3, 7 * S),
                        Tuple.tuple(2, 8 * S),
                        Tuple.tuple(1, 9 * S));
    }

    @Test
    void cuesDeliveredLateSayHowLate() {
        session.engine.start();
        session.after(10);

        assertThat(session.recorder.cues(CueType.LAST_SECONDS)).extracting(Cue::lateNanos)
                .containsExactly(3 * S, 2 * S, S);
    }

    @Test
    void halfwayIsCuedOnlyForCountdownsOfThirtySecondsOrMore() {
        session.engine.start();
        session.after(55);

        assertThat(session.recorder.cues(CueType.HALFWAY)).singleElement()
                .satisfies(cue -> assertThat(cue.offsetNanos()).isEqualTo(35 * S))
                .satisfies(cue -> assertThat(cue.phase().orElseThrow().kind()).isEqualTo(PhaseKind.STRETCH));
    }

    @Test
    void everyPhaseStartIsCuedWithItsKindAndTheEndOfTheSessionToo() {
        session.engine.start();
        session.after(60);

        assertThat(session.recorder.cues(CueType.PHASE_STARTED))
                .extracting(cue -> cue.phase().orElseThrow().kind())
                .containsExactly(PhaseKind.PRESS, PhaseKind.RELAX, PhaseKind.STRETCH);
        assertThat(session.recorder.cues(CueType.SESSION_COMPLETED)).singleElement()
                .satisfies(cue -> assertThat(cue.offsetNanos()).isEqualTo(55 * S));
    }

    @Test
    void aPauseAcrossAPhaseBoundaryStopsTheClockAndTheBoundaryMovesByThePause() {
        session.engine.start();
        session.afterMillis(9_500);
        session.engine.pause();
        session.after(60);

        assertThat(session.snapshot().phase().orElseThrow().index()).isZero();
        assertThat(session.snapshot().remaining()).contains(Duration.ofMillis(500));

        session.engine.resume();
        session.afterMillis(500);

        assertThat(offsetOfStart(1)).isEqualTo(70 * S);
        assertThat(session.recorder.of(EventType.PHASE_ENDED).get(0).actualMillis()).isEqualTo(10_000);
    }

    @Test
    void aPauseRequestedAfterAMissedDeadlinePausesTheNextPhase() {
        session.engine.start();
        session.after(12);   // the engine was not polled at 10 s
        session.engine.pause();

        SessionEvent paused = session.recorder.of(EventType.PAUSED).get(0);
        assertThat(paused.phase()).isEqualTo(1);
        assertThat(session.snapshot().elapsed()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void extendingInTheLastSecondMovesTheDeadlineAndTicksAgain() {
        session.engine.start();
        session.afterMillis(9_500);
        assertThat(session.engine.extend(15).accepted()).isTrue();
        session.afterMillis(500);

        assertThat(session.snapshot().phase().orElseThrow().index()).isZero();
        assertThat(session.snapshot().remaining()).contains(Duration.ofSeconds(15));

        session.after(15);
        assertThat(offsetOfStart(1)).isEqualTo(25 * S);
        assertThat(session.recorder.cues(CueType.LAST_SECONDS)).extracting(Cue::offsetNanos)
                .containsExactly(7 * S, 8 * S, 9 * S, 22 * S, 23 * S, 24 * S);
        assertThat(session.recorder.of(EventType.PHASE_ENDED).get(0).actualMillis()).isEqualTo(25_000);
    }

    @Test
    void theSnapshotNeverShowsNegativeTimeBeforeThePollCatchesUp() {
        session.engine.start();
        session.ticker.advanceSeconds(11);

        SessionSnapshot shown = session.snapshot();
        assertThat(shown.remaining()).contains(Duration.ZERO);
        assertThat(shown.progress()).isEqualTo(1.0);
    }

    @Test
    void theSnapshotShowsProgressNextPhaseAndTotals() {
        session.engine.start();
        session.afterMillis(2_500);

        SessionSnapshot shown = session.snapshot();
        assertThat(shown.state()).isEqualTo(SessionState.RUNNING);
        assertThat(shown.progress()).isEqualTo(0.25);
        assertThat(shown.next().orElseThrow().kind()).isEqualTo(PhaseKind.RELAX);
        assertThat(shown.totalPlanned()).isEqualTo(Duration.ofSeconds(55));
        assertThat(shown.sessionElapsed()).isEqualTo(Duration.ofMillis(2_500));
        assertThat(shown.phasesDone()).isZero();
        assertThat(shown.phaseCount()).isEqualTo(3);
    }

    @Test
    void eventsAreNumberedInOrderWithOffsetsThatNeverGoBack() {
        session.engine.start();
        session.after(3);
        session.engine.pause();
        session.after(4);
        session.engine.resume();
        session.after(60);

        List<SessionEvent> events = session.recorder.events;
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).sequence()).isEqualTo(i);
            if (i > 0) {
                assertThat(events.get(i).offsetNanos()).isGreaterThanOrEqualTo(events.get(i - 1).offsetNanos());
            }
        }
        assertThat(session.engine.events()).isEqualTo(events);
    }

    @Test
    void anEmptyCountdownEndsTheMomentItStarts() {
        Sessions empty = Sessions.of(Phases.timeline().fixed(PhaseKind.RELAX, 0).fixed(PhaseKind.PRESS, 5));
        empty.engine.start();

        assertThat(empty.snapshot().phase().orElseThrow().kind()).isEqualTo(PhaseKind.PRESS);
        assertThat(empty.recorder.of(EventType.PHASE_ENDED)).singleElement()
                .satisfies(e -> assertThat(e.endedBy()).isEqualTo(EndedBy.TIMER));
    }
}
