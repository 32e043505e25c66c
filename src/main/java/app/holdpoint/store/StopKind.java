package app.holdpoint.store;

import java.util.Locale;
import java.util.Optional;

/**
 * The nature of a stop answer: RELATIVE stops may be overridden by an administrator with a reason; ABSOLUTE stops
 * (unable to consent, attack under way, red flags needing same-day referral) by no one.
 */
public enum StopKind {
    RELATIVE, ABSOLUTE;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<StopKind> parse(String word) {
        for (StopKind kind : values()) {
            if (kind.word().equals(word)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
