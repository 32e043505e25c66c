package app.holdpoint.store;

import java.time.Instant;
import java.util.Optional;

/**
 * Which sessions an audit list shows. Every value reaches SQL as a bound parameter, never as text.
 *
 * @param from           sessions started at or after this instant
 * @param to             sessions started before this instant
 * @param deviationsOnly only sessions whose report found a deviation (sealed sessions only)
 */
public record AuditFilter(Optional<Instant> from, Optional<Instant> to, Optional<String> therapist,
                          Optional<String> protocolId, Optional<SessionStatus> status, boolean deviationsOnly) {

    /** A therapist's name is matched in the form the store keeps names in. */
    public AuditFilter {
        therapist = therapist.map(PersonText::lookup);
    }

    public static AuditFilter all() {
        return new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false);
    }

    public AuditFilter withStatus(SessionStatus value) {
        return new AuditFilter(from, to, therapist, protocolId, Optional.of(value), deviationsOnly);
    }

    public AuditFilter withTherapist(String name) {
        return new AuditFilter(from, to, Optional.of(name), protocolId, status, deviationsOnly);
    }
}
