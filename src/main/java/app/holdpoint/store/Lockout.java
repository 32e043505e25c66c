package app.holdpoint.store;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * How long a lock-out has left, for PINs and the recovery code alike. Within a running process a lock-out lasts
 * exactly {@link StoreConfig#lockout()} of monotonic time, whatever the wall clock does; the stored wall time is
 * only the fallback for a lock-out this process has not seen (after a restart), and then counts for at most the
 * configured length from when it is first seen. Confined to the writer thread.
 */
final class Lockout {
    private final StoreConfig config;
    /** Lock-outs this store has seen, by key: the monotonic time each one started. */
    private final Map<Long, Long> lockedAtNanos = new HashMap<>();

    Lockout(StoreConfig config) {
        this.config = config;
    }

    /** How much of a lock-out stored as lasting until {@code storedUntil} is left, in monotonic nanoseconds. */
    long remainingNanos(long key, Instant storedUntil, Instant now) {
        long length = config.lockout().toNanos();
        long tick = config.ticker().nanoTime();
        Long since = lockedAtNanos.get(key);
        if (since == null) {
            if (!storedUntil.isAfter(now)) {
                return 0;
            }
            long left = storedUntil.isAfter(now.plus(config.lockout())) ? length
                    : Duration.between(now, storedUntil).toNanos();
            lockedAtNanos.put(key, tick - (length - left));
            return left;
        }
        return length - (tick - since);
    }

    /** A lock-out starts now; returns the wall time to store as its end. */
    Instant start(long key, Instant now) {
        lockedAtNanos.put(key, config.ticker().nanoTime());
        return now.plus(config.lockout());
    }

    /** The lock-out is over (ran out, a right PIN, or lifted). */
    void forget(long key) {
        lockedAtNanos.remove(key);
    }
}
