package app.holdpoint.protocol;

import java.util.List;

/** A shared set of screening questions that protocols reference by id. */
public record ScreeningSet(String id, String title, List<ScreeningQuestion> questions) {
    public ScreeningSet {
        questions = List.copyOf(questions);
    }
}
