package app.holdpoint.ui.session;

import app.holdpoint.ui.common.WakeScheduler;

/** A wake scheduler that wakes only when the test says so, after moving the fake ticker. Use on the EDT. */
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

    /** Runs the pending wake-up, if any: the driver polls the engine, which catches up with the ticker. */
    public boolean wake() {
        Runnable wake = pending;
        pending = null;
        if (wake == null) {
            return false;
        }
        wake.run();
        return true;
    }

    /** The delay last asked for, -1 when nothing is pending. */
    public long pendingDelayMillis() {
        return pending == null ? -1 : delayMillis;
    }
}
