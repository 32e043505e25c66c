package app.holdpoint.protocol;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * A step's screening gate: {@code only-if} answers that must ALL match, and {@code only-if-any} answers of which
 * at least one must match. A step whose gate is not met by the answers given before the session is left out of
 * that session's timeline (no cold spray when the client does not tolerate cold; a post-isometric stretch in its
 * place when any cold question is yes).
 */
public record Gate(Map<String, Boolean> all, Map<String, Boolean> any) {
    public static final Gate ALWAYS = new Gate(Map.of(), Map.of());

    public Gate {
        all = Map.copyOf(all);
        any = Map.copyOf(any);
    }

    /** An {@code only-if} gate alone. */
    public Gate(Map<String, Boolean> all) {
        this(all, Map.of());
    }

    /** The {@code only-if} answers (all must match). */
    public Map<String, Boolean> requiredAnswers() {
        return all;
    }

    public boolean isAlways() {
        return all.isEmpty() && any.isEmpty();
    }

    public boolean isMetBy(Map<String, Boolean> answers) {
        return all.entrySet().stream().allMatch(required -> matches(required, answers))
                && (any.isEmpty() || any.entrySet().stream().anyMatch(wanted -> matches(wanted, answers)));
    }

    private static boolean matches(Map.Entry<String, Boolean> wanted, Map<String, Boolean> answers) {
        return wanted.getValue().equals(answers.get(wanted.getKey()));
    }

    /**
     * The words a gate is said in. The protocol model has none of its own: whoever shows a gate words it in the
     * reader's language (the command line's {@code plan} through its bundle), while the question ids stay as the
     * file has them.
     */
    public interface Words {
        /** One answer: "cold-intolerance: no". */
        String answer(String questionId, boolean yes);

        /** The {@code only-if-any} part, its answers already joined: "any of raynaud: yes, cold-intolerance: yes". */
        String anyOf(String answers);

        /** The whole condition, its parts already joined: "only if cold-intolerance: no". */
        String onlyIf(String parts);
    }

    /**
     * "only if cold-intolerance: no", "only if any of cold-intolerance: yes, raynaud: yes", or both joined with
     * "; ", answers by question id; empty for a gate that is {@linkplain #isAlways always} met.
     */
    public String describe(Words words) {
        if (isAlways()) {
            return "";
        }
        String allText = all.isEmpty() ? "" : list(all, words);
        String anyText = any.isEmpty() ? "" : words.anyOf(list(any, words));
        return words.onlyIf(allText.isEmpty() ? anyText : anyText.isEmpty() ? allText : allText + "; " + anyText);
    }

    private static String list(Map<String, Boolean> answers, Words words) {
        return answers.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> words.answer(e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
