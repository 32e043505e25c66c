package app.holdpoint.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** How a session ends: written once, at seal time, and covered by the seal hash. */
public record Closing(SessionStatus status, Instant endedAt, OptionalInt painAfter, Optional<String> note,
                      Summary summary) {

    public Closing {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(endedAt, "endedAt");
        Objects.requireNonNull(summary, "summary");
        if (status == SessionStatus.RUNNING) {
            throw new IllegalArgumentException("a session is sealed as completed, ended early or interrupted");
        }
    }
}
