package app.holdpoint.protocol;

import java.util.Optional;

/** The condition groups the protocol picker shows, in the order it shows them. */
public enum Condition {
    HEADACHE("headache", "Headache and migraine"),
    LOW_BACK("low-back", "Low back and piriformis"),
    FIBROMYALGIA("fibromyalgia", "Fibromyalgia"),
    SPORTS("sports", "Sports injury"),
    SELF_CARE("self-care", "Home self-care"),
    OTHER("other", "Other");

    private final String word;
    private final String title;

    Condition(String word, String title) {
        this.word = word;
        this.title = title;
    }

    public String word() {
        return word;
    }

    public String title() {
        return title;
    }

    public static Optional<Condition> parse(String text) {
        for (Condition condition : values()) {
            if (condition.word.equals(text)) {
                return Optional.of(condition);
            }
        }
        return Optional.empty();
    }
}
