package app.holdpoint.session;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a session's event stream, in the order it happened. The full stream is enough to rebuild the
 * planned-versus-actual table and to restore an interrupted session; the store persists it append-only.
 *
 * @param sequence      0-based position in the session's stream
 * @param offsetNanos   monotonic time since the session started (the engine's clock, not the wall clock)
 * @param wallTime      wall-clock time, only to label the event
 * @param phase         timeline index the event concerns, or -1
 * @param plannedMillis the phase's planned duration, for PHASE_STARTED / PHASE_ENDED (else 0)
 * @param actualMillis  active time the phase ran, pauses excluded, for PHASE_ENDED (else 0)
 * @param endedBy       for PHASE_ENDED, who or what ended it; otherwise null
 * @param detail        per type, as documented on each {@link EventType} constant (end-early reason, extension
 *                      seconds, a rating, a needle count, a refusal's reason); "" when none
 */
public record SessionEvent(
        int sequence,
        EventType type,
        long offsetNanos,
        Instant wallTime,
        int phase,
        long plannedMillis,
        long actualMillis,
        EndedBy endedBy,
        String detail) {

    public SessionEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(wallTime, "wallTime");
        detail = detail == null ? "" : detail;
    }
}
