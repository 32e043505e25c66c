package app.holdpoint.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The therapists of a record: who they are, their PINs and lock-outs, dry-needling credentials and the recovery
 * code. A role of {@link SessionStore}: sign-in, the therapist screens and the therapist commands need only this.
 * Writes complete on the store's writer thread; reads are synchronous and never run on the EDT.
 */
public interface TherapistDirectory {

    /** Adds a therapist with a 4–8 digit PIN (hashed, never stored). Fails when the name is taken. */
    CompletableFuture<Therapist> createTherapist(String name, Role role, char[] pin);

    /** Disabled therapists stay in the record (their sessions name them) but can no longer sign in. */
    CompletableFuture<Therapist> disableTherapist(String name);

    /**
     * Checks a PIN. After {@link StoreConfig#maxPinFailures()} wrong PINs in a row the therapist is locked out
     * for {@link StoreConfig#lockout()}; a right PIN resets the count. Only an accepted check carries a
     * {@link Signature}, needed to seal a session or add an addendum.
     */
    CompletableFuture<PinCheck> verifyPin(String name, char[] pin);

    /**
     * Records that {@code therapistName} holds a dry-needling credential (replacing an earlier grant), attributed
     * to {@code administratorId}, who must be an enabled administrator. {@code jurisdiction} may be blank (not
     * stated); an expiry already past is refused. Completes with the therapist as now recorded.
     */
    CompletableFuture<Therapist> grantDryNeedling(String therapistName, String jurisdiction,
                                                  Optional<LocalDate> expires, long administratorId);

    /**
     * Records that the therapist's dry-needling credential is withdrawn, attributed to {@code administratorId}
     * (an enabled administrator); the grant stays in the record. Fails when there is none to revoke.
     */
    CompletableFuture<Therapist> revokeDryNeedling(String therapistName, long administratorId);

    List<Therapist> therapists();

    Optional<Therapist> therapist(String name);

    // The recovery code and lock-out help. Defaults refuse, so a store without the V10 schema says so instead of
    // failing to build.

    /**
     * Makes the record's recovery code (replacing any earlier one) and keeps only its slow hash; completes with the
     * code, to be shown once ({@code K7QMX-2HD4P-W9ABC-DEF23}). Recorded against enabled administrator
     * {@code adminName}, attributed to {@code actor} ("first start").
     */
    default CompletableFuture<String> newRecoveryCode(String adminName, String actor) {
        return CompletableFuture.failedFuture(new StoreException("this record keeps no recovery code"));
    }

    /** Whether the record has a recovery code. */
    default boolean hasRecoveryCode() {
        return false;
    }

    /**
     * Checks a typed recovery code (any case, with or without hyphens) without using it; a wrong one is counted and
     * locked out like a wrong PIN.
     */
    default CompletableFuture<RecoveryCheck> checkRecoveryCode(char[] code) {
        return CompletableFuture.completedFuture(RecoveryCheck.of(RecoveryCheck.Outcome.NO_CODE));
    }

    /**
     * With the right recovery code: lifts the lock-out of enabled administrator {@code adminName}, and gives them
     * {@code newPin} (4–8 digits) when present. Recorded as done by "recovery code"; a wrong code is counted like a
     * wrong PIN.
     */
    default CompletableFuture<RecoveryCheck> recoverAdministrator(String adminName, char[] code,
                                                                  Optional<char[]> newPin) {
        return CompletableFuture.completedFuture(RecoveryCheck.of(RecoveryCheck.Outcome.NO_CODE));
    }

    /** Lifts a therapist's lock-out, recorded as done by {@code actor} ("ana (command line)"). */
    default CompletableFuture<Therapist> unlockTherapist(String name, String actor) {
        return CompletableFuture.failedFuture(new StoreException("this record cannot unlock therapists"));
    }

    /** Gives a therapist a new PIN (and lifts any lock-out), recorded as done by {@code actor}. */
    default CompletableFuture<Therapist> resetPin(String name, char[] newPin, String actor) {
        return CompletableFuture.failedFuture(new StoreException("this record cannot reset PINs"));
    }

    /** Every unlock, PIN reset and recovery code made, oldest first. */
    default List<TherapistEvent> therapistEvents() {
        return List.of();
    }
}
