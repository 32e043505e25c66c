package app.holdpoint.store;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One line of an audit list: a session with its planned and actual totals and deviation counts.
 *
 * @param signedBy who signed the seal (empty while open, or sealed unsigned)
 * @param sealHash the seal's hash once sealed
 * @param kiosk    where the session was recorded: on a central record the kiosk it was copied from and its
 *                 number there ("kiosk@room-2 #41"), else the kiosk id it was begun with ("" when not read)
 */
public record AuditRow(long id, Instant startedAt, Optional<Instant> endedAt, String therapist, String protocolId,
                       int protocolVersion, String clientRef, String side, SessionStatus status,
                       Optional<SealedTotals> summary, OptionalInt painBefore, OptionalInt painAfter, boolean sealed,
                       Optional<String> signedBy, Optional<String> sealHash, String kiosk) {
}
