package app.holdpoint.store;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import app.holdpoint.protocol.Side;
import app.holdpoint.store.NewSession.ScreeningAnswer;

/**
 * One stored session: its header, and once sealed its closing, summary and seal hash.
 *
 * @param precautions    the precaution lines shown during the session (none for sessions recorded before they
 *                       were kept)
 * @param triggerPoints  the therapist's choice of trigger points and what was left for next time; empty when every
 *                       point ran
 * @param overriddenStop the kind of stop an override lifted (always relative); empty when there was no override
 *                       or the session was recorded before this was kept
 */
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
        Optional<SealedTotals> summary,
        int eventCount,
        Optional<String> sealHash,
        List<String> precautions,
        Optional<NewSession.TriggerPoints> triggerPoints,
        Optional<StopKind> overriddenStop) {

    public SessionRecord {
        screening = List.copyOf(screening);
        precautions = List.copyOf(precautions);
    }

    /** The screening answers as question id → answer, in the order asked (what gates the timeline's steps). */
    public Map<String, Boolean> answers() {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        for (ScreeningAnswer answer : screening) {
            answers.put(answer.questionId(), answer.answer());
        }
        return Collections.unmodifiableMap(answers);
    }

    /** Sealed sessions are part of the session chain and refuse every change. */
    public boolean sealed() {
        return sealHash.isPresent();
    }
}
