package app.holdpoint.testsupport;

import app.holdpoint.ui.common.WakeScheduler;

/**
 * A wake scheduler that wakes only when the test says so, after moving the fake ticker: the session's driver
 * then polls the engine, which catches up with the ticker. Use on the EDT (see {@link Edt}).
 */
public final class ManualWakes implements WakeScheduler {
    private Runnable pending;
    private long delayMillis = -1;

    @Override
    public void wakeAfter(long delay, Runnable wake) {
        pending = wake;
        delayMillis = delay;
    }

    @Override
    public void cancel() {
        pending = null;
        delayMillis = -1;
    }

    /** Runs the pending wake-up, if any; returns whether there was one. */
    public boolean wake() {
        Runnable wake = pending;
        pending = null;
        delayMillis = -1;
        if (wake == null) {
            return false;
        }
        wake.run();
        return true;
    }

    /** The delay in milliseconds the pending wake-up asked for; -1 when nothing is pending. */
    public long pendingDelayMillis() {
        return pending == null ? -1 : delayMillis;
    }
}
