package app.holdpoint.session;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

import app.holdpoint.domain.PainScore;
import app.holdpoint.protocol.Phase;
import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.protocol.Timing;

/**
 * Decides whether a command applies in the engine's current state, and if not says why (a {@link Refusal} with the
 * numbers a therapist can act on). Empty means accepted. Kept apart from the engine so the rules read as one table.
 */
final class Guard {

    Optional<CommandResult> start(Machine m) {
        return switch (m.state) {
            case READY -> Optional.empty();
            case RUNNING, AWAITING_CONFIRMATION, PAUSED -> refused(Command.START, Refusal.ALREADY_RUNNING);
            default -> notInProgress(Command.START, m);
        };
    }

    Optional<CommandResult> pause(Machine m) {
        return switch (m.state) {
            case RUNNING, AWAITING_CONFIRMATION -> Optional.empty();
            case PAUSED -> refused(Command.PAUSE, Refusal.ALREADY_PAUSED);
            default -> notInProgress(Command.PAUSE, m);
        };
    }

    Optional<CommandResult> resume(Machine m) {
        return switch (m.state) {
            case PAUSED -> Optional.empty();
            case RUNNING, AWAITING_CONFIRMATION -> refused(Command.RESUME, Refusal.NOT_PAUSED);
            default -> notInProgress(Command.RESUME, m);
        };
    }

    Optional<CommandResult> skip(Machine m) {
        return switch (m.state) {
            case RUNNING, AWAITING_CONFIRMATION -> Optional.empty();
            case PAUSED -> refused(Command.SKIP, Refusal.PAUSED);
            default -> notInProgress(Command.SKIP, m);
        };
    }

    Optional<CommandResult> back(Machine m, long now) {
        return switch (m.state) {
            case RUNNING, AWAITING_CONFIRMATION -> {
                PhaseRun run = m.run;
                boolean repeat = run.activeAt(now) >= SessionEngine.BACK_REPEATS_AFTER.toNanos();
                yield !repeat && run.phase.index() == 0
                        ? refused(Command.BACK, Refusal.AT_START)
                        : Optional.empty();
            }
            case PAUSED -> refused(Command.BACK, Refusal.PAUSED);
            default -> notInProgress(Command.BACK, m);
        };
    }

    Optional<CommandResult> extend(Machine m, int seconds) {
        switch (m.state) {
            case RUNNING -> {
                PhaseRun run = m.run;
                if (run.isRelease()) {
                    return refused(Command.EXTEND, Refusal.EXTEND_RELEASE, Duration.ofNanos(run.releaseMaxNanos()));
                }
                if (seconds < 1) {
                    return refused(Command.EXTEND, Refusal.EXTEND_TOO_SHORT, SessionEngine.MAX_EXTEND_SECONDS, seconds);
                }
                if (seconds > SessionEngine.MAX_EXTEND_SECONDS) {
                    return refused(Command.EXTEND, Refusal.EXTEND_TOO_LONG, SessionEngine.MAX_EXTEND_SECONDS, seconds);
                }
                return Optional.empty();
            }
            case AWAITING_CONFIRMATION -> {
                return refused(Command.EXTEND, Refusal.EXTEND_WAITING);
            }
            case PAUSED -> {
                return refused(Command.EXTEND, Refusal.PAUSED);
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
                    return refused(Command.CONFIRM, Refusal.CONFIRM_HOLD);
                }
                // Rounded up to the second, as the dial shows it.
                Duration left = Duration.ofNanos(run.countdownNanos().orElse(0) - run.activeAt(now)
                        + Milestone.SECOND - 1);
                return run.phase.timing() instanceof Timing.UntilConfirmed
                        ? refused(Command.CONFIRM, Refusal.CONFIRM_COUNTDOWN, left)
                        : refused(Command.CONFIRM, Refusal.CONFIRM_TIMED, left);
            }
            case PAUSED -> {
                return refused(Command.CONFIRM, Refusal.PAUSED);
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
                    return refused(Command.MARK_RELEASE, Refusal.NOT_RELEASE);
                }
                long held = run.activeAt(now);
                if (held < run.releaseMinNanos()) {
                    return refused(Command.MARK_RELEASE, Refusal.RELEASE_TOO_EARLY,
                            Duration.ofNanos(run.releaseMinNanos()), Duration.ofNanos(held));
                }
                return Optional.empty();
            }
            case AWAITING_CONFIRMATION -> {
                return refused(Command.MARK_RELEASE, Refusal.NOT_RELEASE);
            }
            case PAUSED -> {
                return refused(Command.MARK_RELEASE, Refusal.PAUSED);
            }
            default -> {
                return notInProgress(Command.MARK_RELEASE, m);
            }
        }
    }

    Optional<CommandResult> endEarly(Machine m, String reason) {
        return switch (m.state) {
            case RUNNING, AWAITING_CONFIRMATION, PAUSED -> reason == null || reason.isBlank()
                    ? refused(Command.END_EARLY, Refusal.NO_END_REASON)
                    : Optional.empty();
            default -> notInProgress(Command.END_EARLY, m);
        };
    }

    /** The number a confirmation needs, if any: a rating, a needle count that matches what went in, or none. */
    private Optional<CommandResult> value(Machine m, Phase phase, OptionalInt value) {
        PhaseKind kind = phase.kind();
        if (kind == PhaseKind.RATE) {
            if (value.isEmpty()) {
                return refused(Command.CONFIRM, Refusal.RATING_MISSING);
            }
            return value.getAsInt() >= PainScore.MIN && value.getAsInt() <= PainScore.MAX
                    ? Optional.empty()
                    : refused(Command.CONFIRM, Refusal.RATING_OUT_OF_RANGE, value.getAsInt());
        }
        if (kind == PhaseKind.NEEDLE) {
            return value.isPresent() && value.getAsInt() >= 1
                    ? Optional.empty()
                    : refused(Command.CONFIRM, Refusal.NEEDLES_IN_MISSING, phase.expectedCount());
        }
        if (kind == PhaseKind.NEEDLES_OUT) {
            int in = needlesInFor(m, phase);
            if (value.isEmpty()) {
                return refused(Command.CONFIRM, Refusal.NEEDLES_OUT_MISSING, in);
            }
            return value.getAsInt() == in
                    ? Optional.empty()
                    : refused(Command.CONFIRM, Refusal.NEEDLES_OUT_MISMATCH, value.getAsInt(), in);
        }
        return value.isPresent()
                ? refused(Command.CONFIRM, Refusal.NO_NUMBER)
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
            case READY -> refused(command, Refusal.NOT_STARTED);
            case COMPLETED -> refused(command, Refusal.COMPLETE);
            case ENDED_EARLY -> refused(command, Refusal.ENDED_EARLY, m.endReason);
            default -> throw new IllegalStateException("in progress: " + m.state);
        };
    }

    private static Optional<CommandResult> refused(Command command, Refusal refusal, Object... args) {
        return Optional.of(CommandResult.refused(command, refusal, args));
    }
}
