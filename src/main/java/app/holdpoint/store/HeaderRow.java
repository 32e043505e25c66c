package app.holdpoint.store;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

import app.holdpoint.protocol.Protocol;

/**
 * A session's header as written at begin: what the header hash covers ({@link #hashInput}) and the columns of
 * the new {@code therapy_session} row ({@link #columns}) come from these fields, in this order, so the two
 * cannot drift apart.
 *
 * @param format      the header format ({@link Hashes#HEADER_FORMAT} for new sessions)
 * @param side        the side's word; {@code null} when the protocol asks none
 * @param startedAt   to the microsecond, as stored
 * @param screening   the encoded screening answers ({@link Screening#encode})
 * @param overrideBy  the administrator who lifted a relative stop, if any
 */
record HeaderRow(int format, Therapist therapist, String clientRef, String side, Protocol protocol, String kioskId,
                 Instant startedAt, OptionalInt painBefore, String screening, Optional<String> overrideReason,
                 Optional<Therapist> overrideBy, boolean consent, String precautions, String triggerPoints,
                 String overrideKind) {

    /**
     * The fields of the header hash: therapists by name, the start in epoch microseconds, the protocol's id twice
     * (as chosen and as run). The session id is not among them: it is not known before the insert, and every
     * event hash and the seal carry it.
     */
    Hashes.Header hashInput() {
        return new Hashes.Header(format, therapist.name(), clientRef, side, protocol.id(), protocol.version(),
                protocol.sha256(), protocol.id(), kioskId, Jdbc.epochMicros(startedAt),
                painBefore.isPresent() ? painBefore.getAsInt() : null, screening, overrideReason.orElse(null),
                overrideBy.map(Therapist::name).orElse(null), consent, precautions, triggerPoints, overrideKind);
    }

    /**
     * The columns of the new running session: {@code headerHash} (of {@link #hashInput}) is also where its event
     * chain starts, {@code protocolVersionId} the stored text it runs.
     */
    Columns columns(long sessionId, long protocolVersionId, String headerHash) {
        return new Columns()
                .bigint("therapist_id", therapist.id())
                .text("client_ref", clientRef)
                .text("side", side)
                .bigint("protocol_version_id", protocolVersionId)
                .text("protocol_id", protocol.id())
                .text("kiosk_id", kioskId)
                .text("status", SessionStatus.RUNNING.word())
                .instant("started_at", startedAt)
                .integer("pain_before", painBefore)
                .text("screening", screening)
                .text("override_reason", overrideReason.orElse(null))
                .bigint("override_by", overrideBy.map(Therapist::id).orElse(null))
                .bool("consent", consent)
                .integer("event_count", 0)
                .text("last_event_hash", headerHash)
                .text("header_hash", headerHash)
                .integer("header_format", format)
                .text("precautions", precautions)
                .text("trigger_points", triggerPoints)
                .text("override_kind", overrideKind)
                .bigint("id", sessionId);
    }
}
