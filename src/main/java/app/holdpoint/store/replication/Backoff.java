package app.holdpoint.store.replication;

import java.time.Duration;

/**
 * How long the replicator waits before trying an unreachable central record again: doubling from
 * {@link #FIRST} to at most {@link #MOST}, so a kiosk notices a restored network within a minute without
 * hammering a server that is down. A success starts again from the beginning.
 */
public final class Backoff {
    public static final Duration FIRST = Duration.ofSeconds(1);
    public static final Duration MOST = Duration.ofSeconds(60);

    private int failures;

    /** The wait after one more failure: 1 s, 2 s, 4 s, … 60 s. */
    public Duration failed() {
        failures = Math.min(failures + 1, 30);
        long seconds = FIRST.toSeconds() << Math.min(failures - 1, 16);
        return seconds >= MOST.toSeconds() ? MOST : Duration.ofSeconds(seconds);
    }

    public void succeeded() {
        failures = 0;
    }

    public int failures() {
        return failures;
    }
}
