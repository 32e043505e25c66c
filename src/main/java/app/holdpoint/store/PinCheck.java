package app.holdpoint.store;

import java.time.Instant;
import java.util.Optional;

/** The outcome of a PIN entry. A signature is present only when {@link #outcome()} is ACCEPTED. */
public record PinCheck(Outcome outcome, Optional<Signature> signature, int attemptsLeft,
                       Optional<Instant> lockedUntil) {

    public enum Outcome { ACCEPTED, WRONG_PIN, LOCKED, DISABLED, UNKNOWN_THERAPIST }

    public boolean accepted() {
        return outcome == Outcome.ACCEPTED;
    }

    /** A sentence for the person at the keypad. */
    public String message() {
        return switch (outcome) {
            case ACCEPTED -> "PIN accepted";
            case WRONG_PIN -> "wrong PIN" + (attemptsLeft > 0 ? " (" + attemptsLeft + " attempts left)" : "");
            case LOCKED -> "too many wrong PINs: locked until " + lockedUntil.map(Instant::toString).orElse("later");
            case DISABLED -> "this therapist is disabled";
            case UNKNOWN_THERAPIST -> "no such therapist";
        };
    }
}
