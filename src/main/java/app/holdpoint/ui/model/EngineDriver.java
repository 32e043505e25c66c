package app.holdpoint.ui.model;

import app.holdpoint.ui.common.WakeScheduler;

import java.time.Duration;
import java.util.OptionalLong;

import app.holdpoint.session.SessionEngine;
import app.holdpoint.session.Ticker;
import java.util.function.Supplier;

/**
 * Drives a session engine from the Event Dispatch Thread: each wake-up polls the engine (which handles every
 * deadline that has passed, however late the wake), refreshes the screen, and schedules the next wake-up at the
 * engine's next deadline or display second. Commands go through {@link #command} so the schedule follows them.
 */
public final class EngineDriver {
    /**
     * A wake-up this much later than asked, during a running phase, is taken for a suspend the ticker counted
     * through: the engine pauses itself ({@code PAUSED "suspend: woke <N>s late"}). Only with a scheduler that
     * {@linkplain WakeScheduler#wakesWhenAsked() wakes when asked}.
     */
    public static final Duration SUSPEND_LIMIT = Duration.ofSeconds(5);

    private final SessionEngine engine;
    private final Ticker ticker;
    private final WakeScheduler scheduler;
    private final Runnable refresh;
    private boolean running;

    public EngineDriver(SessionEngine engine, Ticker ticker, WakeScheduler scheduler, Runnable refresh) {
        this.engine = engine;
        this.ticker = ticker;
        this.scheduler = scheduler;
        this.refresh = refresh;
        if (scheduler.wakesWhenAsked()) {
            engine.pauseWhenWokenLate(SUSPEND_LIMIT);
        }
    }

    public void start() {
        running = true;
        wake();
    }

    public void stop() {
        running = false;
        scheduler.cancel();
    }

    /** Runs a command on the engine, then brings the screen and the schedule up to date. */
    public <T> T command(Supplier<T> command) {
        assert scheduler.onItsThread() : "an engine command off the thread its wake-ups run on";
        T result = command.get();
        wake();
        return result;
    }

    /** Polls now; public so tests can wake the driver after moving a fake ticker. */
    public void wake() {
        OptionalLong next = engine.poll();
        refresh.run();
        if (!running) {
            return;
        }
        if (next.isPresent()) {
            long delayNanos = next.getAsLong() - ticker.nanoTime();
            // Round up: waking a hair early would only poll, find nothing due, and wake again.
            scheduler.wakeAfter(Math.max(1, (delayNanos + 999_999) / 1_000_000), this::wake);
        } else {
            scheduler.cancel();
        }
    }
}
