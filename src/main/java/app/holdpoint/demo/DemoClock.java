package app.holdpoint.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A wall clock (UTC) that stands where demo data puts it. The store's clock while demo data is written: set to
 * each session's end just before it is sealed, so signatures and lock-outs carry the session's own (past) time
 * rather than today's. A scripted run's engine clock: set to the session's start plus the simulated time.
 */
public final class DemoClock extends Clock {
    private volatile Instant now;

    /** A clock at the present instant, until set. */
    public DemoClock() {
        this(Instant.now());
    }

    public DemoClock(Instant start) {
        this.now = start;
    }

    public void set(Instant instant) {
        now = instant;
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
