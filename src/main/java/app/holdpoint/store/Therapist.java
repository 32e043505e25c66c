package app.holdpoint.store;

import java.time.Instant;
import java.util.Optional;

/** A therapist as the kiosk lists them; the PIN hash never leaves the store. */
public record Therapist(long id, String name, Role role, boolean disabled, int failedAttempts,
                        Optional<Instant> lockedUntil, Instant createdAt) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
