package app.holdpoint.session;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import app.holdpoint.protocol.Timeline;

/** An engine on a fake ticker with a fixed wall clock, and its recorder. */
final class Sessions {
    static final Clock WALL = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    static final long S = 1_000_000_000L;
    static final long MS = 1_000_000L;

    final FakeTicker ticker = new FakeTicker();
    final SessionEngine engine;
    final Recorder recorder;

    Sessions(Timeline timeline) {
        engine = new SessionEngine(timeline, ticker, WALL);
        recorder = Recorder.on(engine);
    }

    static Sessions of(Phases phases) {
        return new Sessions(phases.build());
    }

    /** Moves the ticker on and polls, as a driver waking at that moment would. */
    Sessions after(long seconds) {
        ticker.advanceSeconds(seconds);
        engine.poll();
        return this;
    }

    Sessions afterMillis(long millis) {
        ticker.advanceMillis(millis);
        engine.poll();
        return this;
    }

    /** Wakes exactly when the engine asks, {@code times} times. */
    Sessions followWakes(int times) {
        for (int i = 0; i < times; i++) {
            var wake = engine.poll();
            if (wake.isEmpty()) {
                return this;
            }
            ticker.moveTo(wake.getAsLong());
        }
        engine.poll();
        return this;
    }

    SessionSnapshot snapshot() {
        return engine.snapshot();
    }
}
