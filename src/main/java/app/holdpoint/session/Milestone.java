package app.holdpoint.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import app.holdpoint.protocol.Phase;
import app.holdpoint.protocol.Timing;
import java.util.OptionalLong;

/**
 * Something due at a point of a phase's active time (pauses excluded): a cue, the end of a countdown, the cap.
 * They are recomputed from the phase and its extension whenever needed, so an extension moves the countdown's
 * ticks and end without any bookkeeping of its own.
 */
record Milestone(long atNanos, Kind kind, int count) {

    enum Kind { HALFWAY, TICK, RELEASE_ALLOWED, WARNING, CAP, COUNTDOWN_END }

    static final long SECOND = 1_000_000_000L;
    /** Halfway is announced only for countdowns at least this long: shorter ones pass before it helps. */
    static final long HALFWAY_FROM = 30 * SECOND;

    /** In order of time; at equal times, the end comes last so its cues are heard first. */
    static List<Milestone> of(Phase phase, long extensionNanos) {
        List<Milestone> due = new ArrayList<>();
        Timing timing = phase.timing();
        if (timing instanceof Timing.UntilRelease release) {
            due.add(new Milestone(nanos(release.min()), Kind.RELEASE_ALLOWED, 0));
            if (release.warn().compareTo(release.max()) < 0) {
                due.add(new Milestone(nanos(release.warn()), Kind.WARNING, 0));
            }
            due.add(new Milestone(nanos(release.max()), Kind.CAP, 0));
        } else {
            countdownNanos(phase, extensionNanos).ifPresent(length -> {
                if (length >= HALFWAY_FROM) {
                    due.add(new Milestone(length / 2, Kind.HALFWAY, 0));
                }
                for (int k = 3; k >= 1; k--) {
                    long at = length - k * SECOND;
                    if (at > 0) {
                        due.add(new Milestone(at, Kind.TICK, k));
                    }
                }
                due.add(new Milestone(length, Kind.COUNTDOWN_END, 0));
            });
        }
        due.sort(Comparator.comparingLong(Milestone::atNanos));
        return due;
    }

    /** The countdown's length including extensions, for fixed phases and timed prompts. */
    static OptionalLong countdownNanos(Phase phase, long extensionNanos) {
        Timing timing = phase.timing();
        if (timing instanceof Timing.Fixed fixed) {
            return OptionalLong.of(nanos(fixed.duration()) + extensionNanos);
        }
        if (timing instanceof Timing.UntilConfirmed confirmed && confirmed.countdown().isPresent()) {
            return OptionalLong.of(nanos(confirmed.countdown().get()) + extensionNanos);
        }
        return OptionalLong.empty();
    }

    static long nanos(Duration duration) {
        return duration.toNanos();
    }
}
