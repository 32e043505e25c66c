package app.holdpoint.session;

import java.util.OptionalLong;

/**
 * When the driver should poll next: the next milestone (deadline or cue) or the next change of the whole seconds
 * on screen, whichever comes first. Waking exactly then keeps the display and the cues within one wake-up's
 * latency of the schedule; waking more often is harmless, only wasteful.
 */
final class Wakes {
    private static final long SECOND = Milestone.SECOND;

    private Wakes() {
    }

    static OptionalLong next(Machine m, long now) {
        PhaseRun run = m.run;
        switch (m.state) {
            case RUNNING -> {
                long active = run.activeAt(now);
                long display = run.countdownNanos().isPresent()
                        ? nextCountdownSecond(run.countdownNanos().getAsLong(), active)
                        : nextWholeSecond(active);
                Milestone pending = run.nextPending();
                long at = pending == null ? display : Math.min(display, pending.atNanos());
                return OptionalLong.of(run.tickerAt(Math.max(at, active)));
            }
            case AWAITING_CONFIRMATION -> {
                return OptionalLong.of(run.tickerAt(nextWholeSecond(run.activeAt(now))));
            }
            case PAUSED -> {
                return OptionalLong.of(m.pausedAt + nextWholeSecond(now - m.pausedAt));
            }
            default -> {
                return OptionalLong.empty();
            }
        }
    }

    /** The next active time, after {@code active}, at which the remaining whole seconds change. */
    static long nextCountdownSecond(long length, long active) {
        long remaining = length - active;
        if (remaining <= 0) {
            return active;
        }
        long wholeSecondsAfter = (remaining + SECOND - 1) / SECOND - 1;
        return length - wholeSecondsAfter * SECOND;
    }

    static long nextWholeSecond(long elapsed) {
        return (Math.floorDiv(elapsed, SECOND) + 1) * SECOND;
    }
}
