package app.holdpoint.cli;

import java.util.concurrent.locks.LockSupport;

import app.holdpoint.session.Ticker;

/**
 * The simulation's sense of time: a ticker for the engine and a way to wait for it. Real pacing runs the real
 * monotonic clock sped up; tests pace with a fake ticker and never sleep.
 */
interface Pacer {
    Ticker ticker();

    /** Returns once {@link #ticker()} has reached {@code tickerNanos}. */
    void waitUntil(long tickerNanos) throws InterruptedException;

    /** The system's monotonic clock, running {@code speed} times faster from the moment this is made. */
    static Pacer sped(double speed) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be positive");
        }
        long base = System.nanoTime();
        Ticker ticker = () -> base + (long) ((System.nanoTime() - base) * speed);
        return new Pacer() {
            @Override
            public Ticker ticker() {
                return ticker;
            }

            @Override
            public void waitUntil(long tickerNanos) throws InterruptedException {
                long left;
                while ((left = tickerNanos - ticker.nanoTime()) > 0) {
                    LockSupport.parkNanos((long) Math.ceil(left / speed));
                    if (Thread.interrupted()) {
                        throw new InterruptedException();
                    }
                }
            }
        };
    }
}
