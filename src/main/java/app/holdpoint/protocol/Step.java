package app.holdpoint.protocol;

import java.time.Duration;
import java.util.Optional;

/**
 * One step of a protocol as its file writes it. {@link StepSchema} says what a file may write for each kind and
 * {@link TimelineExpander} turns each step into the phases the engine runs; between them they hold all a kind means.
 */
public sealed interface Step {

    StepKind kind();

    /** Line of the step in its file, for messages about it. */
    int line();

    String label();

    /** What the therapist is told while the step runs (pressure guidance, positions, sweeps). */
    String cue();

    /** Sustained manual pressure: a fixed countdown, or held until release between a minimum and a cap. */
    record Hold(int line, String label, String cue, Target target, Optional<Duration> duration,
                Optional<ReleaseWindow> release) implements Step {
        @Override
        public StepKind kind() {
            return StepKind.HOLD;
        }
    }

    /** Hold-until-release limits: release refused before {@code min}, a warning at {@code warn}, ended at {@code max}. */
    record ReleaseWindow(Duration min, Duration warn, Duration max) {
    }

    /** Ischemic-compression cycles: PRESS, then RELAX between presses. */
    record Compression(int line, String label, String cue, Target target, Duration press, Duration relax,
                       int cycles) implements Step {
        @Override
        public StepKind kind() {
            return StepKind.COMPRESSION;
        }
    }

    /** A rest countdown. */
    record Relax(int line, String label, String cue, Duration duration) implements Step {
        @Override
        public StepKind kind() {
            return StepKind.RELAX;
        }
    }

    /** SPRAY (confirmed) then STRETCH, up to {@code cycles} times, then an optional REWARM countdown. */
    record SprayStretch(int line, String label, String cue, Target target, String sweeps, Duration stretch,
                        int cycles, Optional<Duration> rewarm) implements Step {
        @Override
        public StepKind kind() {
            return StepKind.SPRAY_STRETCH;
        }
    }

    /** A timed stretch, repeated; optionally preceded each time by post-isometric contract/relax cycles. */
    record Stretch(int line, String label, String cue, Target target, Duration hold, int repeat,
                   Optional<PostIsometric> postIsometric) implements Step {
        @Override
        public StepKind kind() {
            return StepKind.STRETCH;
        }
    }

    record PostIsometric(Duration contract, Duration relax, int cycles) {
    }

    /** Dry needling: clinician-only, needs recorded consent. Needles counted in and out. */
    record Needling(int line, String label, String cue, Target target, String technique, int needles,
                    Optional<Duration> retention, Duration haemostasis) implements Step {
        @Override
        public StepKind kind() {
            return StepKind.NEEDLING;
        }
    }

    /** A prompt: confirmed by the therapist, optionally after a countdown; or a plain timer when not confirmed. */
    record Instruct(int line, String label, String cue, Optional<Duration> duration, boolean confirm)
            implements Step {
        @Override
        public StepKind kind() {
            return StepKind.INSTRUCT;
        }
    }

    /** A 0–10 rating, e.g. pain before or after. */
    record Rate(int line, String label, String cue, String measure, String moment) implements Step {
        @Override
        public StepKind kind() {
            return StepKind.RATE;
        }
    }

    /** Self-massage advice handed to the client. */
    record HomeCare(int line, String label, String cue, String adviceId, String advice) implements Step {
        @Override
        public StepKind kind() {
            return StepKind.HOME_CARE;
        }
    }
}
