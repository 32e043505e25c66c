package app.holdpoint.session;

import static app.holdpoint.session.Sessions.S;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.holdpoint.protocol.PhaseKind;

/** Wall times follow the monotonic clock; wall-clock steps and suspends are recorded, not obeyed. */
class ClockStepTest {
    private static final Instant START = Instant.parse("2026-11-27T10:00:00Z");

    private final FakeTicker ticker = new FakeTicker();
    private final TickerClock wall = new TickerClock(ticker, START);
    private final SessionEngine engine = new SessionEngine(Phases.timeline()
            .fixed(PhaseKind.PRESS, 30).fixed(PhaseKind.RELAX, 10).prompt(PhaseKind.RATE).build(), ticker, wall);
    private final Recorder recorder = Recorder.on(engine);

    private void after(long seconds) {
        ticker.advanceSeconds(seconds);
        engine.poll();
    }

    private List<String> typesAndDetails() {
        return engine.events().stream().map(e -> e.type() + (e.detail().isEmpty() ? "" : " " + e.detail())).toList();
    }

    @Test
    void eventWallTimesAreTheStartWallTimePlusTheOffsetWhateverTheClockDoes() {
        engine.start();
        after(12);
        wall.step(Duration.ofHours(-2));
        after(18);   // PRESS ends at 30 s, by the schedule
        after(10);   // RELAX ends at 40 s

        for (SessionEvent event : engine.events()) {
            assertThat(event.wallTime()).isEqualTo(START.plusNanos(event.offsetNanos()));
        }
        SessionEvent relaxEnded = recorder.of(EventType.PHASE_ENDED).get(1);
        assertThat(relaxEnded.offsetNanos()).isEqualTo(40 * S);
        assertThat(relaxEnded.wallTime()).isEqualTo(Instant.parse("2026-11-27T10:00:40Z"));
    }

    @Test
    void aBackwardStepIsRecordedOnceWithItsSizeAndDoesNotPause() {
        engine.start();
        after(12);
        wall.step(Duration.ofHours(-2));
        after(1);
        after(1);

        List<SessionEvent> steps = recorder.of(EventType.CLOCK_STEPPED);
        assertThat(steps).hasSize(1);
        assertThat(steps.get(0).detail()).isEqualTo("-7200s");
        assertThat(steps.get(0).offsetNanos()).isEqualTo(13 * S);
        assertThat(steps.get(0).phase()).isEqualTo(0);
        assertThat(steps.get(0).wallTime()).isEqualTo(Instant.parse("2026-11-27T10:00:13Z"));
        assertThat(engine.state()).isEqualTo(SessionState.RUNNING);
        assertThat(SessionReport.from(engine.timeline(), engine.events(), Duration.ofSeconds(1)).hasDeviations())
                .isFalse();
    }

    @Test
    void aSecondStepIsMeasuredFromTheFirst() {
        engine.start();
        after(5);
        wall.step(Duration.ofHours(-1));
        after(1);
        wall.step(Duration.ofMinutes(2));   // back towards the right time: +120 s against the stepped clock
        engine.pause();   // a command checks too, and records the step before its own effect
        engine.resume();

        assertThat(recorder.of(EventType.CLOCK_STEPPED)).extracting(SessionEvent::detail)
                .containsExactly("-3600s", "+120s");
    }

    @Test
    void driftWithinTheThresholdIsNotAStep() {
        engine.start();
        after(5);
        wall.step(Duration.ofSeconds(4));
        after(1);
        wall.step(Duration.ofSeconds(-4));
        after(1);

        assertThat(recorder.of(EventType.CLOCK_STEPPED)).isEmpty();
        assertThat(engine.state()).isEqualTo(SessionState.RUNNING);
    }

    @Test
    void aForwardJumpDuringARunningPhaseIsASuspendAndPausesTheSession() {
        engine.start();
        after(12);
        wall.step(Duration.ofMinutes(45));   // tablet slept; the monotonic clock stopped with it
        after(1);

        assertThat(engine.state()).isEqualTo(SessionState.PAUSED);
        assertThat(typesAndDetails()).endsWith("CLOCK_STEPPED +2700s", "PAUSED suspend: clock +2700s");
        SessionEvent paused = recorder.of(EventType.PAUSED).get(0);
        assertThat(paused.offsetNanos()).isEqualTo(13 * S);
        assertThat(paused.phase()).isEqualTo(0);

        ticker.advanceSeconds(60);
        engine.resume();
        after(17);   // the phase still has 17 s to run
        assertThat(recorder.of(EventType.PHASE_ENDED).get(0).actualMillis()).isEqualTo(30_000);
        assertThat(engine.snapshot().phase().orElseThrow().index()).isEqualTo(1);
    }

    @Test
    void aForwardStepWhileWaitingForAConfirmationIsRecordedWithoutPausing() {
        engine.start();
        after(30);
        after(10);   // RATE waits for a rating
        assertThat(engine.state()).isEqualTo(SessionState.AWAITING_CONFIRMATION);
        wall.step(Duration.ofHours(1));
        after(1);

        assertThat(recorder.of(EventType.CLOCK_STEPPED)).extracting(SessionEvent::detail).containsExactly("+3600s");
        assertThat(recorder.of(EventType.PAUSED)).isEmpty();
        assertThat(engine.state()).isEqualTo(SessionState.AWAITING_CONFIRMATION);
    }

    @Test
    void aWakeFarLaterThanAskedPausesWhereTheSessionWasLastKnownToRun() {
        engine.pauseWhenWokenLate(Duration.ofSeconds(5));
        engine.start();
        ticker.moveTo(engine.poll().getAsLong());   // 1 s
        long asked = engine.poll().getAsLong();      // 2 s
        ticker.moveTo(asked).advanceSeconds(600);   // the machine slept with a ticker that kept counting
        engine.poll();

        assertThat(engine.state()).isEqualTo(SessionState.PAUSED);
        SessionEvent paused = recorder.of(EventType.PAUSED).get(0);
        assertThat(paused.detail()).isEqualTo("suspend: woke 600s late");
        assertThat(paused.offsetNanos()).isEqualTo(2 * S);
        assertThat(recorder.of(EventType.PHASE_ENDED)).isEmpty();   // not finished while asleep
        engine.resume();
        ticker.advanceSeconds(28);
        engine.poll();
        assertThat(recorder.of(EventType.PHASE_ENDED).get(0).actualMillis()).isEqualTo(30_000);
    }

    @Test
    void aWakeLateWithinTheLimitOrWithoutTheCheckDoesNotPause() {
        engine.pauseWhenWokenLate(Duration.ofSeconds(5));
        engine.start();
        ticker.moveTo(engine.poll().getAsLong()).advanceSeconds(4);
        engine.poll();
        assertThat(engine.state()).isEqualTo(SessionState.RUNNING);

        FakeTicker other = new FakeTicker();
        SessionEngine unchecked = new SessionEngine(engine.timeline(), other, new TickerClock(other, START));
        unchecked.start();
        other.moveTo(unchecked.poll().getAsLong()).advanceSeconds(600);
        unchecked.poll();
        assertThat(unchecked.state()).isEqualTo(SessionState.AWAITING_CONFIRMATION);   // 30 s + 10 s ran out
        assertThat(unchecked.events().stream().filter(e -> e.type() == EventType.PAUSED)).isEmpty();
    }

    @Test
    void aRestoredSessionStampsNewEventsFromTheRestoreOnwards() {
        engine.start();
        after(12);
        List<SessionEvent> stored = engine.events();
        FakeTicker later = new FakeTicker(9_000_000_000_000L);
        Instant restoredAt = Instant.parse("2026-11-27T10:20:00Z");
        SessionEngine again = new SessionEngine(engine.timeline(), later, new TickerClock(later, restoredAt));
        again.restore(stored);
        later.advanceSeconds(3);
        again.resume();

        SessionEvent resumed = again.events().get(again.events().size() - 1);
        assertThat(resumed.type()).isEqualTo(EventType.RESUMED);
        assertThat(resumed.wallTime()).isEqualTo(restoredAt.plusSeconds(3));
        assertThat(again.events()).noneMatch(e -> e.type() == EventType.CLOCK_STEPPED);
    }

    @Test
    void stepSizesAreWholeSignedSeconds() {
        assertThat(EventDetails.clockStep(3_600 * S)).isEqualTo("+3600s");
        assertThat(EventDetails.clockStep(-7_200 * S - 400_000_000L)).isEqualTo("-7200s");
        assertThat(EventDetails.clockStep(5_600_000_000L)).isEqualTo("+6s");
    }
}
