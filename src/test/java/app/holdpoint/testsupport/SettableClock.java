package app.holdpoint.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A wall clock (UTC) that stands still until the test sets or moves it. */
public final class SettableClock extends Clock {
    /** The instant most tests start at: Monday 2 March 2026, 09:00 UTC. */
    public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private volatile Instant now;

    public SettableClock(Instant start) {
        this.now = start;
    }

    /** A clock at {@link #T0}. */
    public SettableClock() {
        this(T0);
    }

    /** A clock fixed at {@link #T0}, for tests that never move it. */
    public static Clock fixedAtT0() {
        return Clock.fixed(T0, ZoneOffset.UTC);
    }

    public void set(Instant instant) {
        now = instant;
    }

    /** Moves the clock by {@code by} (back when negative). */
    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
