package app.holdpoint.protocol;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * A step's {@code only-if}: the screening answers it needs, by question id. A step whose gate is not met by
 * the answers given before the session is left out of that session's timeline (e.g. no cold spray when the
 * client does not tolerate cold).
 */
public record Gate(Map<String, Boolean> requiredAnswers) {
    public static final Gate ALWAYS = new Gate(Map.of());

    public Gate {
        requiredAnswers = Map.copyOf(requiredAnswers);
    }

    public boolean isAlways() {
        return requiredAnswers.isEmpty();
    }

    public boolean isMetBy(Map<String, Boolean> answers) {
        return requiredAnswers.entrySet().stream()
                .allMatch(required -> required.getValue().equals(answers.get(required.getKey())));
    }

    /** "only if cold-intolerance: no". */
    public String describe() {
        return "only if " + requiredAnswers.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + ": " + (e.getValue() ? "yes" : "no"))
                .collect(Collectors.joining(", "));
    }
}
