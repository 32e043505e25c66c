package app.holdpoint.store;

import java.time.Instant;
import java.util.Optional;

/**
 * The outcome of entering the recovery code. Wrong codes count like wrong PINs: after
 * {@link StoreConfig#maxPinFailures()} in a row the code is locked for {@link StoreConfig#lockout()}.
 *
 * @param attemptsLeft wrong codes left before the lock-out (with WRONG_CODE)
 * @param lockedUntil  when a lock-out ends (with LOCKED)
 * @param therapist    the administrator as now recorded (with ACCEPTED, when one was named)
 */
public record RecoveryCheck(Outcome outcome, int attemptsLeft, Optional<Instant> lockedUntil,
                            Optional<Therapist> therapist) {

    public enum Outcome {
        /** The code is right (and, when asked, the administrator is unlocked or has a new PIN). */
        ACCEPTED,
        WRONG_CODE,
        /** Too many wrong codes: none is checked until {@link #lockedUntil}. */
        LOCKED,
        /** This record has no recovery code (made before they existed). */
        NO_CODE,
        /** The name is not an enabled administrator: the code only helps administrators. */
        NOT_AN_ADMINISTRATOR
    }

    public boolean accepted() {
        return outcome == Outcome.ACCEPTED;
    }

    static RecoveryCheck of(Outcome outcome) {
        return new RecoveryCheck(outcome, 0, Optional.empty(), Optional.empty());
    }
}
