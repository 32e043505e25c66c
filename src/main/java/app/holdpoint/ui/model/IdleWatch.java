package app.holdpoint.ui.model;

import java.time.Duration;

import app.holdpoint.session.Ticker;

/**
 * Decides when the kiosk returns to sign-in: after the idle timeout without a touch or key, and never while a
 * session is running (the therapist's hands are busy; the screen must stay where it is).
 */
public final class IdleWatch {
    private final Ticker ticker;
    private Duration timeout;
    private long lastActivity;
    private boolean sessionRunning;

    public IdleWatch(Ticker ticker, Duration timeout) {
        this.ticker = ticker;
        this.timeout = timeout;
        this.lastActivity = ticker.nanoTime();
    }

    public void activity() {
        lastActivity = ticker.nanoTime();
    }

    public void timeout(Duration newTimeout) {
        timeout = newTimeout;
    }

    public void sessionRunning(boolean running) {
        sessionRunning = running;
        activity();
    }

    public boolean shouldSignOut() {
        return !sessionRunning && ticker.nanoTime() - lastActivity >= timeout.toNanos();
    }
}
