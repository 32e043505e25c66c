package app.holdpoint.ui.widget;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Lets one activation through, then ignores any other within a window: a shaky double tap, a bouncing foot
 * pedal or a tap plus a key press must not confirm two phases. Time comes from a monotonic nanosecond clock
 * ({@code System::nanoTime} in the kiosk, a fake in tests).
 */
public final class TapGuard {
    private final LongSupplier nanoClock;
    private final long windowNanos;
    private boolean armed;
    private long lastAccepted;

    public TapGuard(LongSupplier nanoClock, Duration window) {
        if (window.isNegative()) {
            throw new IllegalArgumentException("window must not be negative: " + window);
        }
        this.nanoClock = nanoClock;
        this.windowNanos = window.toNanos();
    }

    /** True if this activation counts; false if it came within the window after the last one that counted. */
    public boolean accept() {
        long now = nanoClock.getAsLong();
        if (armed && now - lastAccepted < windowNanos) {
            return false;
        }
        armed = true;
        lastAccepted = now;
        return true;
    }

    /**
     * Forgets the last activation, e.g. when a screen is shown anew. Do not reset on a phase change: a double
     * tap must not confirm two phases in a row.
     */
    public void reset() {
        armed = false;
    }

    public Duration window() {
        return Duration.ofNanos(windowNanos);
    }
}
