package app.holdpoint.ui.model;

import app.holdpoint.testsupport.TestProtocols;
import app.holdpoint.ui.common.WakeScheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.protocol.TimelineExpander;
import app.holdpoint.session.EventType;
import app.holdpoint.session.SessionEngine;
import app.holdpoint.session.SessionEvent;
import app.holdpoint.session.SessionState;

/** A driver whose timer wakes when asked lets the engine pause when a wake comes far too late (a suspend). */
class EngineDriverSuspendTest {
    private final long[] now = {1_000_000_000_000L};

    /** Records the wake-up; {@code whenAsked} says whether it behaves like the Swing timer. */
    private static final class Wakes implements WakeScheduler {
        final boolean whenAsked;

        Wakes(boolean whenAsked) {
            this.whenAsked = whenAsked;
        }

        @Override
        public void wakeAfter(long delayMillis, Runnable wake) {
        }

        @Override
        public void cancel() {
        }

        @Override
        public boolean wakesWhenAsked() {
            return whenAsked;
        }
    }

    private SessionEngine engine() {
        Timeline timeline = TimelineExpander.expand(TestProtocols.needlingProtocol(),
                Optional.of(Side.LEFT), Optional.of(Map.of()));
        return new SessionEngine(timeline, () -> now[0], Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"),
                ZoneOffset.UTC));
    }

    private SessionEngine runLate(boolean whenAsked) {
        SessionEngine engine = engine();
        EngineDriver driver = new EngineDriver(engine, () -> now[0], new Wakes(whenAsked), () -> { });
        engine.start();
        driver.start();
        assertThat(engine.state()).isEqualTo(SessionState.RUNNING);
        now[0] += 90_000_000_000L;   // asleep for a minute and a half, the ticker counting on
        driver.wake();
        return engine;
    }

    @Test
    void aSwingLikeTimerWakingNinetySecondsLatePausesTheSessionAndSaysWhy() {
        SessionEngine engine = runLate(true);
        assertThat(engine.state()).isEqualTo(SessionState.PAUSED);
        SessionEvent paused = engine.events().stream().filter(e -> e.type() == EventType.PAUSED).findFirst()
                .orElseThrow();
        assertThat(paused.detail()).isEqualTo("suspend: woke 89s late");   // asked to wake 1 s after the start
        assertThat(paused.offsetNanos()).isEqualTo(1_000_000_000L);
    }

    @Test
    void aTestSchedulerWakingLateOnlyCatchesUp() {
        SessionEngine engine = runLate(false);
        assertThat(engine.events()).noneMatch(e -> e.type() == EventType.PAUSED);
    }
}
