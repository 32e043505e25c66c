package app.holdpoint.ui.shell;

import java.awt.AWTEvent;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.util.function.BooleanSupplier;

import javax.swing.Timer;

import app.holdpoint.ui.model.IdleWatch;

/**
 * Any touch, mouse or key anywhere in the application counts as activity; a periodic check signs out after
 * the idle timeout, never while a session runs. The timer is only a wake-up: time comes from the ticker, so a
 * test drives {@link #checkIdle()} with a fake one.
 */
final class IdleSignOut {
    private static final long EVENTS = AWTEvent.MOUSE_EVENT_MASK | AWTEvent.MOUSE_MOTION_EVENT_MASK
            | AWTEvent.MOUSE_WHEEL_EVENT_MASK | AWTEvent.KEY_EVENT_MASK;

    private final IdleWatch watch;
    private final BooleanSupplier inSession;
    private final BooleanSupplier signedIn;
    private final Runnable signOut;
    private final AWTEventListener activity;
    private final Timer timer;
    private boolean sessionRunning;

    IdleSignOut(IdleWatch watch, int checkMillis, BooleanSupplier inSession, BooleanSupplier signedIn,
                Runnable signOut) {
        this.watch = watch;
        this.inSession = inSession;
        this.signedIn = signedIn;
        this.signOut = signOut;
        this.activity = event -> watch.activity();
        this.timer = new Timer(checkMillis, e -> checkIdle());
    }

    IdleWatch watch() {
        return watch;
    }

    void start() {
        Toolkit.getDefaultToolkit().addAWTEventListener(activity, EVENTS);
        timer.start();
    }

    void stop() {
        timer.stop();
        Toolkit.getDefaultToolkit().removeAWTEventListener(activity);
    }

    /** Someone acted (also called when the kiosk changes screen by itself). */
    void activity() {
        watch.activity();
    }

    /** Signs out when idle long enough; returns whether it did. Call on the Event Dispatch Thread. */
    boolean checkIdle() {
        boolean running = inSession.getAsBoolean();
        if (running != sessionRunning) {
            // Entering or leaving a session restarts the idle clock: the timeout counts from the session's end.
            sessionRunning = running;
            watch.sessionRunning(running);
        }
        if (signedIn.getAsBoolean() && watch.shouldSignOut()) {
            signOut.run();
            return true;
        }
        return false;
    }
}
