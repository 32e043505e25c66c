package app.holdpoint.session;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

import app.holdpoint.protocol.Durations;
import app.holdpoint.protocol.Phase;
import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.protocol.Timing;

/**
 * Decides whether a command applies in the engine's current state, and if not says why, in words a therapist can
 * act on. Empty means accepted. Kept apart from the engine so the rules read as one table.
 */
final class Guard {

    /** While paused only resume and end early apply: everything else would move time the therapist stopped. */
    private static final String PAUSED = "the session is paused; resume first";

    Optional<CommandResult> start(Machine m) {
        return switch (m.state) {
            case READY -> Optional.empty();
            case RUNNING, AWAITING_CONFIRMATION, PAUSED -> refused(Command.START, "the session is already running");
            default -> notInProgress(Command.START, m);
        };
    }

    Optional<CommandResult> pause(Machine m) {
        return switch (m.state) {
            case RUNNING, AWAITING_CONFIRMATION -> Optional.empty();
            case PAUSED -> refused(Command.PAUSE, "the session is already paused");
            default -> notInProgress(Command.PAUSE, m);
        };
    }

    Optional<CommandResult> resume(Machine m) {
        return switch (m.state) {
            case PAUSED -> Optional.empty();
            case RUNNING, AWAITING_CONFIRMATION -> refused(Command.RESUME, "the session is not paused");
            default -> notInProgress(Command.RESUME, m);
        };
    }

    Optional<CommandResult> skip(Machine m) {
        return switch (m.state) {
            case RUNNING, AWAITING_CONFIRMATION -> Optional.empty();
            case PAUSED -> refused(Command.SKIP, PAUSED);
            default -> notInProgress(Command.SKIP, m);
        };
    }

    Optional<CommandResult> back(Machine m, long now) {
        return switch (m.state) {
            case RUNNING, AWAITING_CONFIRMATION -> {
                PhaseRun run = m.run;
                boolean repeat = run.activeAt(now) >= SessionEngine.BACK_REPEATS_AFTER.toNanos();
                yield !repeat && run.phase.index() == 0
                        ? refused(Command.BACK, "already at the start of the first phase")
                        : Optional.empty();
            }
            case PAUSED -> refused(Command.BACK, PAUSED);
            default -> notInProgress(Command.BACK, m);
        };
    }

    Optional<CommandResult> extend(Machine m, int seconds) {
        switch (m.state) {
            case RUNNING -> {
                PhaseRun run = m.run;
                if (run.isRelease()) {
                    return refused(Command.EXTEND, "a hold until release ends at its safety maximum of "
                            + Durations.format(Duration.ofNanos(run.releaseMaxNanos())) + "; it cannot be extended");
                }
                if (seconds < 1 || seconds > SessionEngine.MAX_EXTEND_SECONDS) {
                    return refused(Command.EXTEND, "extend by 1 to " + SessionEngine.MAX_EXTEND_SECONDS
                            + " seconds, not " + seconds);
                }
                return Optional.empty();
            }
            case AWAITING_CONFIRMATION -> {
                return refused(Command.EXTEND, "nothing is counting down: the phase waits for a confirmation");
            }
            case PAUSED -> {
                return refused(Command.EXTEND, PAUSED);
            }
            default -> {
                return notInProgress(Command.EXTEND, m);
            }
        }
    }

    Optional<CommandResult> confirm(Machine m, OptionalInt value, long now) {
        switch (m.state) {
            case AWAITING_CONFIRMATION -> {
                return value(m, m.run.phase, value);
            }
            case RUNNING -> {
                PhaseRun run = m.run;
                if (run.isRelease()) {
                    return refused(Command.CONFIRM, "this hold ends when release is marked");
                }
                String left = Durations.clock(Duration.ofNanos(run.countdownNanos().orElse(0) - run.activeAt(now)
                        + Milestone.SECOND - 1));
                return run.phase.timing() instanceof Timing.UntilConfirmed
                        ? refused(Command.CONFIRM, "the countdown has " + left + " left; skip to end it early")
                        : refused(Command.CONFIRM, "this phase ends on its own in " + left + "; skip to end it early");
            }
            case PAUSED -> {
                return refused(Command.CONFIRM, PAUSED);
            }
            default -> {
                return notInProgress(Command.CONFIRM, m);
            }
        }
    }

    Optional<CommandResult> markRelease(Machine m, long now) {
        switch (m.state) {
            case RUNNING -> {
                PhaseRun run = m.run;
                if (!run.isRelease()) {
                    return refused(Command.MARK_RELEASE, "this phase is not a hold until release");
                }
                long held = run.activeAt(now);
                if (held < run.releaseMinNanos()) {
                    return refused(Command.MARK_RELEASE, "release is allowed from "
                            + Durations.clock(Duration.ofNanos(run.releaseMinNanos())) + "; held "
                            + Durations.clock(Duration.ofNanos(held)) + " so far");
                }
                return Optional.empty();
            }
            case AWAITING_CONFIRMATION -> {
                return refused(Command.MARK_RELEASE, "this phase is not a hold until release");
            }
            case PAUSED -> {
                return refused(Command.MARK_RELEASE, PAUSED);
            }
            default -> {
                return notInProgress(Command.MARK_RELEASE, m);
            }
        }
    }

    Optional<CommandResult> endEarly(Machine m, String reason) {
        return switch (m.state) {
            case RUNNING, AWAITING_CONFIRMATION, PAUSED -> reason == null || reason.isBlank()
                    ? refused(Command.END_EARLY, "give a reason for ending early")
                    : Optional.empty();
            default -> notInProgress(Command.END_EARLY, m);
        };
    }

    /** The number a confirmation needs, if any: a rating, a needle count that matches what went in, or none. */
    private Optional<CommandResult> value(Machine m, Phase phase, OptionalInt value) {
        PhaseKind kind = phase.kind();
        if (kind == PhaseKind.RATE) {
            return value.isPresent() && value.getAsInt() >= 0 && value.getAsInt() <= 10
                    ? Optional.empty()
                    : refused(Command.CONFIRM, "give a rating from 0 to 10"
                            + (value.isPresent() ? ", not " + value.getAsInt() : ""));
        }
        if (kind == PhaseKind.NEEDLE) {
            return value.isPresent() && value.getAsInt() >= 1
                    ? Optional.empty()
                    : refused(Command.CONFIRM, "give the number of needles in (planned: " + phase.expectedCount() + ")");
        }
        if (kind == PhaseKind.NEEDLES_OUT) {
            int in = needlesInFor(m, phase);
            if (value.isEmpty()) {
                return refused(Command.CONFIRM, "count the needles out: " + in + " went in");
            }
            return value.getAsInt() == in
                    ? Optional.empty()
                    : refused(Command.CONFIRM, value.getAsInt() + " needle(s) counted out but " + in
                            + " went in: account for every needle, then confirm " + in);
        }
        return value.isPresent()
                ? refused(Command.CONFIRM, "this prompt takes no number; confirm without one")
                : Optional.empty();
    }

    /** The count confirmed at the nearest NEEDLE phase before this one, or the protocol's count if none was. */
    private static int needlesInFor(Machine m, Phase out) {
        for (int i = out.index() - 1; i >= 0; i--) {
            Phase earlier = m.timeline.phase(i);
            if (earlier.kind() == PhaseKind.NEEDLE) {
                return m.needlesIn.getOrDefault(i, earlier.expectedCount());
            }
        }
        return out.expectedCount();
    }

    private static Optional<CommandResult> notInProgress(Command command, Machine m) {
        return switch (m.state) {
            case READY -> refused(command, "the session has not started");
            case COMPLETED -> refused(command, "the session is complete");
            case ENDED_EARLY -> refused(command, "the session was ended early (" + m.endReason + ")");
            default -> throw new IllegalStateException("in progress: " + m.state);
        };
    }

    private static Optional<CommandResult> refused(Command command, String reason) {
        return Optional.of(CommandResult.refused(command, reason));
    }
}
