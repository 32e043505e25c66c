package app.holdpoint.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import app.holdpoint.demo.DemoClock;

/** A wall clock (UTC) that stands still until the test sets or moves it: demo data's clock, started at {@link #T0}. */
public final class SettableClock extends DemoClock {
    /** The instant most tests start at: Monday 2 March 2026, 09:00 UTC. */
    public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    public SettableClock(Instant start) {
        super(start);
    }

    /** A clock at {@link #T0}. */
    public SettableClock() {
        this(T0);
    }

    /** A clock fixed at {@link #T0}, for tests that never move it. */
    public static Clock fixedAtT0() {
        return Clock.fixed(T0, ZoneOffset.UTC);
    }
}
