package app.holdpoint.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Side;

/**
 * Everything known when a session starts: it becomes the session's header, fixed from then on.
 *
 * @param side       the side the therapist chose, when the protocol asks
 * @param screening  every screening answer given, in the order asked
 * @param override   present when a "stop" answer was overridden by a clinician
 * @param consent    recorded consent (needed for needling)
 */
public record NewSession(long therapistId, String clientRef, Optional<Side> side, Protocol protocol,
                         Instant startedAt, OptionalInt painBefore, List<ScreeningAnswer> screening,
                         Optional<ScreeningOverride> override, boolean consent) {

    public NewSession {
        Objects.requireNonNull(clientRef, "clientRef");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(startedAt, "startedAt");
        screening = List.copyOf(screening);
    }

    /** One yes/no answer to a protocol's screening question. */
    public record ScreeningAnswer(String questionId, boolean answer) {
    }

    /** A clinician's recorded decision to go ahead despite a "stop" answer. */
    public record ScreeningOverride(long therapistId, String reason) {
    }
}
