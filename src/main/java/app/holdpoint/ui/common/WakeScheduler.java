package app.holdpoint.ui.common;

import javax.swing.Timer;
import java.awt.EventQueue;

/**
 * Wakes the engine driver after a delay, on the Event Dispatch Thread. Production uses a Swing Timer; tests use
 * a manual scheduler and a fake ticker, so no test waits for real time.
 */
public interface WakeScheduler {

    /** Replaces any pending wake-up with one after {@code delayMillis}. */
    void wakeAfter(long delayMillis, Runnable wake);

    void cancel();

    /**
     * True when a wake-up comes when asked (give or take a busy moment), so one far later means the machine was
     * asleep: the driver then lets the engine pause by itself. False for schedulers that wake when a test says.
     */
    default boolean wakesWhenAsked() {
        return false;
    }

    /**
     * True when called on the thread this scheduler wakes the driver on (the EDT for the Swing timer), so the
     * driver can assert that commands come from there without knowing Swing. Test schedulers have no such thread.
     */
    default boolean onItsThread() {
        return true;
    }

    /** A single-shot Swing Timer: only a wake-up; the engine computes time from its ticker. */
    static WakeScheduler swingTimer() {
        return new WakeScheduler() {
            private Timer timer;

            @Override
            public void wakeAfter(long delayMillis, Runnable wake) {
                cancel();
                timer = new Timer((int) Math.min(Integer.MAX_VALUE, Math.max(1, delayMillis)), e -> wake.run());
                timer.setRepeats(false);
                timer.start();
            }

            @Override
            public boolean wakesWhenAsked() {
                return true;
            }

            @Override
            public boolean onItsThread() {
                return EventQueue.isDispatchThread();
            }

            @Override
            public void cancel() {
                if (timer != null) {
                    timer.stop();
                    timer = null;
                }
            }
        };
    }
}
