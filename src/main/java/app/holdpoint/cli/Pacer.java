package app.holdpoint.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

import app.holdpoint.session.Ticker;

/**
 * The simulation's sense of time: a ticker for the engine and a way to wait for it. Real pacing sleeps on the
 * system's monotonic clock, sped up; tests pace with a fake ticker and never sleep.
 */
interface Pacer {
    Ticker ticker();

    /** Returns once {@link #ticker()} has reached {@code tickerNanos}. */
    void waitUntil(long tickerNanos) throws InterruptedException;

    /**
     * The wall clock to label events with, from the machine's: one that agrees with {@link #ticker()}, so the
     * engine sees a wall-clock step only when the machine's clock really stepped. The default is the machine's.
     */
    default Clock clock(Clock real) {
        return real;
    }

    /** Sleeps for about this many real nanoseconds (may wake early or late). */
    interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    /** Simulated time running {@code speed} times faster than the system's monotonic clock. */
    static Pacer sped(double speed) {
        return sped(speed, System::nanoTime, nanos -> {
            LockSupport.parkNanos(nanos);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        });
    }

    /**
     * Simulated time that moves only while the simulation waits, and then exactly to the instant waited for.
     * The real time the simulation spends working (writing each event to the record, confirming a prompt) is not
     * simulated time: at 3000x, 10 ms of writing would otherwise become 30 s of a step, and an event's wall time
     * (the wall clock less how late the engine saw it) would fall before the session's start. Waiting sleeps
     * the real remainder divided by the speed, measured from where real time has got to, so the pace holds
     * however long the work took.
     */
    static Pacer sped(double speed, LongSupplier realNanos, Sleeper sleeper) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be positive");
        }
        long origin = realNanos.getAsLong();
        long[] simulated = {origin};
        long[] realAtLastWake = {origin};
        return new Pacer() {
            @Override
            public Ticker ticker() {
                return () -> simulated[0];
            }

            /**
             * The machine's wall clock less the real monotonic time since the start, plus the simulated time: the
             * start wall time plus simulated time, moved only by a real step of the machine's clock.
             */
            @Override
            public Clock clock(Clock real) {
                return new Clock() {
                    @Override
                    public ZoneId getZone() {
                        return real.getZone();
                    }

                    @Override
                    public Clock withZone(ZoneId zone) {
                        return clock(real.withZone(zone));
                    }

                    @Override
                    public Instant instant() {
                        return real.instant().minusNanos(realNanos.getAsLong() - origin)
                                .plusNanos(simulated[0] - origin);
                    }
                };
            }

            @Override
            public void waitUntil(long tickerNanos) throws InterruptedException {
                if (tickerNanos <= simulated[0]) {
                    return;
                }
                long due = realAtLastWake[0] + (long) Math.ceil((tickerNanos - simulated[0]) / speed);
                long left;
                while ((left = due - realNanos.getAsLong()) > 0) {
                    sleeper.sleep(left);
                }
                simulated[0] = tickerNanos;
                realAtLastWake[0] = due;
            }
        };
    }
}
