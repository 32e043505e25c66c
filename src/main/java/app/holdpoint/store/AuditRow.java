package app.holdpoint.store;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/** One line of an audit list: a session with its planned and actual totals and deviation counts. */
public record AuditRow(long id, Instant startedAt, Optional<Instant> endedAt, String therapist, String protocolId,
                       int protocolVersion, String clientRef, String side, SessionStatus status,
                       Optional<Summary> summary, OptionalInt painBefore, OptionalInt painAfter, boolean sealed) {
}
