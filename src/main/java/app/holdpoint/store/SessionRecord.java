package app.holdpoint.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import app.holdpoint.protocol.Side;
import app.holdpoint.store.NewSession.ScreeningAnswer;

/** One stored session: its header, and once sealed its closing, summary and seal hash. */
public record SessionRecord(
        long id,
        String therapist,
        String clientRef,
        Optional<Side> side,
        long protocolVersionId,
        String protocolId,
        int protocolVersion,
        String protocolSha256,
        String kioskId,
        SessionStatus status,
        Instant startedAt,
        Optional<Instant> endedAt,
        OptionalInt painBefore,
        OptionalInt painAfter,
        List<ScreeningAnswer> screening,
        Optional<String> overrideReason,
        Optional<String> overrideBy,
        boolean consent,
        Optional<String> note,
        Optional<String> signedBy,
        Optional<Instant> signedAt,
        Optional<Summary> summary,
        int eventCount,
        Optional<String> sealHash) {

    public SessionRecord {
        screening = List.copyOf(screening);
    }

    /** Sealed sessions are part of the session chain and refuse every change. */
    public boolean sealed() {
        return sealHash.isPresent();
    }
}
