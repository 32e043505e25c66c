package app.holdpoint.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A wall clock (UTC) that stands where demo data puts it. The store's clock while demo data is written: set to
 * each session's end just before it is sealed, so signatures and lock-outs carry the session's own (past) time
 * rather than today's. A scripted run's engine clock: set to the session's start plus the simulated time.
 * Open for the tests' {@code testsupport.SettableClock}, which is this clock with the tests' start instant.
 */
public class DemoClock extends Clock {
    private volatile Instant now;

    /** A clock at the present instant, until set. */
    public DemoClock() {
        this(Instant.now());
    }

    public DemoClock(Instant start) {
        this.now = start;
    }

    public final void set(Instant instant) {
        now = instant;
    }

    /** Moves the clock by {@code by} (back when negative). */
    public final void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public final ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public final Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public final Instant instant() {
        return now;
    }
}
