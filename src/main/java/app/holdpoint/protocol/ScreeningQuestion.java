package app.holdpoint.protocol;

import java.util.List;
import java.util.Optional;

/**
 * A yes/no question asked at the table before a session. The answer equal to {@code stopAnswer} stops the
 * session unless an administrator overrides it with a recorded reason. A question with no stop answer only
 * informs (and may gate steps with {@code only-if}, e.g. cold intolerance leaves out the cold spray).
 */
public record ScreeningQuestion(String id, String text, Optional<Boolean> stopAnswer, List<String> sources) {

    public ScreeningQuestion {
        sources = List.copyOf(sources);
    }

    public boolean stops(boolean answer) {
        return stopAnswer.map(stop -> stop == answer).orElse(false);
    }
}
