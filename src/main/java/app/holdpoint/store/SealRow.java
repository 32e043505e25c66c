package app.holdpoint.store;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A session's seal as written: what the seal hash covers ({@link #hashInput}) and the columns that store it
 * ({@link #columns}) come from these fields, in this order, so the two cannot drift apart.
 *
 * @param previous  the session chain's head before this seal
 * @param endedAt   to the microsecond, as stored
 * @param note      trimmed; {@code null} when there is none
 * @param signedAt  to the microsecond; {@code null} when unsigned
 */
record SealRow(String previous, long sealSeq, long sessionId, String headerHash, SessionStatus status,
               Instant endedAt, OptionalInt painAfter, String note, Optional<Signature> signer, Instant signedAt,
               SealedTotals totals, int eventCount, String lastEventHash) {

    /** The fields of the "seal-v1" hash: the signer by name, times in epoch microseconds. */
    Hashes.Seal hashInput() {
        return new Hashes.Seal(previous, sealSeq, sessionId, headerHash, status.word(), Jdbc.epochMicros(endedAt),
                painAfter.isPresent() ? painAfter.getAsInt() : null, note, signer.map(Signature::name).orElse(null),
                signedAt == null ? null : Jdbc.epochMicros(signedAt), totals.plannedMillis(), totals.actualMillis(),
                totals.skipped(), totals.shortened(), totals.extended(), totals.capped(), totals.deviations(),
                eventCount, lastEventHash);
    }

    /**
     * The columns of {@code therapy_session} the seal sets (the session id is the UPDATE's key), with the hash of
     * {@link #hashInput} and its signature, which go in the same UPDATE.
     */
    Columns columns(String sealHash, String signingKey, String signature) {
        return new Columns()
                .text("status", status.word())
                .instant("ended_at", endedAt)
                .integer("pain_after", painAfter)
                .text("note", note)
                .bigint("signed_by", signer.map(Signature::therapistId).orElse(null))
                .instant("signed_at", signedAt)
                .bigint("planned_ms", totals.plannedMillis())
                .bigint("actual_ms", totals.actualMillis())
                .integer("skipped", totals.skipped())
                .integer("shortened", totals.shortened())
                .integer("extended", totals.extended())
                .integer("capped", totals.capped())
                .integer("deviations", totals.deviations())
                .integer("event_count", eventCount)
                .text("last_event_hash", lastEventHash)
                .bigint("seal_seq", sealSeq)
                .text("prev_seal_hash", previous)
                .text("seal_hash", sealHash)
                .text("seal_key", signingKey)
                .text("seal_signature", signature);
    }
}
