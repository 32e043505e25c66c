package app.holdpoint.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A therapist as the kiosk lists them; the PIN hash never leaves the store.
 *
 * @param dryNeedling the dry-needling credential an administrator recorded, unless revoked (it may have expired:
 *                    see {@link #mayNeedleOn})
 */
public record Therapist(long id, String name, Role role, boolean disabled, int failedAttempts,
                        Optional<Instant> lockedUntil, Instant createdAt, Optional<Credential> dryNeedling) {

    /** A therapist without a dry-needling credential. */
    public Therapist(long id, String name, Role role, boolean disabled, int failedAttempts,
                     Optional<Instant> lockedUntil, Instant createdAt) {
        this(id, name, role, disabled, failedAttempts, lockedUntil, createdAt, Optional.empty());
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** True when the dry-needling credential is present and not expired on {@code day}. */
    public boolean mayNeedleOn(LocalDate day) {
        return dryNeedling.map(credential -> credential.validOn(day)).orElse(false);
    }
}
