package app.holdpoint.protocol;

import java.util.List;
import java.util.Optional;
import java.util.Locale;

/**
 * A yes/no question asked at the table before a session. The answer equal to {@code stopAnswer} stops the
 * session; a relative stop may be overridden by an administrator with a recorded reason, an {@code absolute} one
 * (unable to consent, attack under way, suspected DVT) by nobody. A question with no stop answer only informs,
 * may gate steps with {@code only-if}, and may carry a precaution line for the steps its yes changes.
 *
 * @param asked   TODAY questions are asked every session; HISTORY answers may be carried over from the last one
 * @param whenYes what the therapist changes when the answer is yes
 */
public record ScreeningQuestion(String id, String text, Optional<Boolean> stopAnswer, List<String> sources,
                                boolean absolute, Asked asked, Optional<Precaution> whenYes) {

    /** When a question's answer is valid: asked each session, or a condition that holds until it changes. */
    public enum Asked {
        TODAY, HISTORY;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ScreeningQuestion {
        sources = List.copyOf(sources);
        if (absolute && stopAnswer.isEmpty()) {
            throw new IllegalArgumentException("an absolute question needs a stop answer: " + id);
        }
    }

    /** A relative, today question without a precaution line. */
    public ScreeningQuestion(String id, String text, Optional<Boolean> stopAnswer, List<String> sources) {
        this(id, text, stopAnswer, sources, false, Asked.TODAY, Optional.empty());
    }

    public boolean stops(boolean answer) {
        return stopAnswer.map(stop -> stop == answer).orElse(false);
    }
}
