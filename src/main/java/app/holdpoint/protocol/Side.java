package app.holdpoint.protocol;

import java.util.Locale;
import java.util.Optional;

/** Which side of the body a step works on. ASK leaves the choice to the therapist before the session. */
public enum Side {
    LEFT, RIGHT, BOTH, ASK;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Side> parse(String text) {
        for (Side side : values()) {
            if (side.word().equals(text)) {
                return Optional.of(side);
            }
        }
        return Optional.empty();
    }
}
