package app.holdpoint.protocol;

import java.util.EnumSet;
import java.util.Set;

/**
 * A screening question's {@code when-yes} line: what the therapist changes when the answer is yes ("Osteoporosis:
 * light pressure only, no elbow or knee"), shown on the runner for the steps of the kinds it applies to.
 */
public record Precaution(String text, Set<StepKind> appliesTo) {

    /** Pressure and needles are what most "modify, not stop" answers change. */
    public static final Set<StepKind> DEFAULT_KINDS =
            Set.copyOf(EnumSet.of(StepKind.HOLD, StepKind.COMPRESSION, StepKind.NEEDLING));

    public Precaution {
        appliesTo = Set.copyOf(appliesTo);
    }

    public Precaution(String text) {
        this(text, DEFAULT_KINDS);
    }

    public boolean appliesTo(StepKind kind) {
        return appliesTo.contains(kind);
    }
}
