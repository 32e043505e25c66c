package app.holdpoint.protocol;

import java.util.List;

/**
 * A yes/no question asked at the table before a session. The answer equal to {@code stopAnswer} stops the
 * session unless an administrator overrides it with a recorded reason.
 */
public record ScreeningQuestion(String id, String text, boolean stopAnswer, List<String> sources) {

    public ScreeningQuestion {
        sources = List.copyOf(sources);
    }

    public boolean stops(boolean answer) {
        return answer == stopAnswer;
    }
}
