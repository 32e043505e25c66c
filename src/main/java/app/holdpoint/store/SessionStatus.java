package app.holdpoint.store;

import java.util.Optional;

/** A session's state in the record. Stored as {@link #word()}. */
public enum SessionStatus {
    /** Being run now, or left behind by a process that died (until recovery marks it interrupted). */
    RUNNING("running"),
    COMPLETED("completed"),
    ENDED_EARLY("ended-early"),
    /** Stopped by a crash or power cut; open until resumed or closed as interrupted. */
    INTERRUPTED("interrupted");

    private final String word;

    SessionStatus(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<SessionStatus> parse(String word) {
        for (SessionStatus status : values()) {
            if (status.word.equals(word)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
