package app.holdpoint.session;

import java.util.List;
import java.util.OptionalLong;

import app.holdpoint.protocol.Phase;
import app.holdpoint.protocol.Timing;

/**
 * One run of one phase, in ticker nanoseconds. Everything is derived from {@code start} (where the schedule says
 * the phase began, not when anybody noticed), the pauses and the extension, so nothing accumulates error.
 */
final class PhaseRun {
    final Phase phase;
    final long start;
    long pausedNanos;
    long extensionNanos;
    /** Milestones at or before this active time have been dealt with; -1 so one due at 0 (an empty countdown) fires. */
    long handledNanos = -1;
    boolean countdownDone;

    PhaseRun(Phase phase, long start) {
        this.phase = phase;
        this.start = start;
    }

    /** Active time at ticker time {@code t}, for a run that is not paused. */
    long activeAt(long t) {
        return t - start - pausedNanos;
    }

    /** Ticker time at which active time {@code active} is (or was) reached, pauses so far included. */
    long tickerAt(long active) {
        return start + pausedNanos + active;
    }

    boolean isRelease() {
        return phase.timing() instanceof Timing.UntilRelease;
    }

    boolean isBarePrompt() {
        return phase.timing() instanceof Timing.UntilConfirmed confirmed && confirmed.countdown().isEmpty();
    }

    OptionalLong countdownNanos() {
        return Milestone.countdownNanos(phase, extensionNanos);
    }

    long releaseMinNanos() {
        return ((Timing.UntilRelease) phase.timing()).min().toNanos();
    }

    long releaseMaxNanos() {
        return ((Timing.UntilRelease) phase.timing()).max().toNanos();
    }

    /** Milestones not yet handled that are due by active time {@code active}, in order. */
    List<Milestone> due(long active) {
        return Milestone.of(phase, extensionNanos).stream()
                .filter(m -> m.atNanos() > handledNanos && m.atNanos() <= active)
                .toList();
    }

    /** The first milestone not yet handled, due or not, or null. */
    Milestone nextPending() {
        List<Milestone> all = Milestone.of(phase, extensionNanos);
        for (Milestone m : all) {
            if (m.atNanos() > handledNanos) {
                return m;
            }
        }
        return null;
    }
}
