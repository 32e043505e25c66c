package app.holdpoint.session;

import java.time.Duration;

/**
 * A monotonic clock that moves only when a test says so: engine and UI tests run without sleeps and without
 * timing flakiness. Starts far from zero so code that confuses ticker time with offsets fails.
 */
public final class FakeTicker implements Ticker {
    private long now;

    public FakeTicker() {
        this(7_000_000_000_000L);
    }

    public FakeTicker(long start) {
        this.now = start;
    }

    @Override
    public long nanoTime() {
        return now;
    }

    public FakeTicker advance(Duration by) {
        return advanceNanos(by.toNanos());
    }

    public FakeTicker advanceSeconds(long seconds) {
        return advanceNanos(seconds * 1_000_000_000L);
    }

    public FakeTicker advanceMillis(long millis) {
        return advanceNanos(millis * 1_000_000L);
    }

    public FakeTicker advanceNanos(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("a monotonic clock never goes back");
        }
        now += nanos;
        return this;
    }

    /** Moves to {@code t} when that is ahead; a wake-up time already past leaves the clock where it is. */
    public FakeTicker moveTo(long t) {
        now = Math.max(now, t);
        return this;
    }
}
