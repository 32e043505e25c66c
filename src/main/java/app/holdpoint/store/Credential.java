package app.holdpoint.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A therapist's dry-needling credential as an administrator recorded it. Valid from the grant until the end of
 * its expiry day (or for good when it has none), unless revoked: a revocation removes it from the therapist,
 * and the grant and the revocation both stay in the record.
 *
 * @param jurisdiction where it was issued, as the administrator wrote it; empty when not stated
 * @param grantedBy    the administrator's therapist id
 */
public record Credential(String jurisdiction, Optional<LocalDate> expires, long grantedBy, Instant grantedAt) {

    public Credential {
        jurisdiction = jurisdiction == null ? "" : jurisdiction.strip();
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(grantedAt, "grantedAt");
    }

    /** True on {@code day} when the credential has not expired by then (the expiry day itself still counts). */
    public boolean validOn(LocalDate day) {
        return expires.map(last -> !day.isAfter(last)).orElse(true);
    }

    /** "jurisdiction X, until 2027-03-31" / "no jurisdiction stated, no expiry", for lists. */
    public String describe() {
        return (jurisdiction.isEmpty() ? "no jurisdiction stated" : jurisdiction)
                + expires.map(day -> ", until " + day).orElse(", no expiry");
    }
}
