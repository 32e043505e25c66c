package app.holdpoint.store;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

import app.holdpoint.session.SessionEvent;

/**
 * The durable record of therapists and sessions, as the kiosk and the command line use it.
 *
 * <p>Writes run on one background writer thread, in submission order; each returns a future completed after
 * the transaction commits (or failed with a {@link StoreException} and nothing written). Futures complete on
 * the writer thread: hand results to the EDT with {@code thenAcceptAsync(..., SwingUtilities::invokeLater)}
 * and never block the EDT on them. Reads are synchronous and may be called from any thread but the EDT.
 *
 * <p>Sessions and their events are append-only and hash-chained; once sealed a session refuses every change
 * and corrections are {@linkplain #addAddendum addenda}.
 */
public interface SessionStore extends AutoCloseable {

    // Therapists

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

    // Recovery (issue 16). Defaults refuse, so a store without the V10 schema says so instead of failing to build.

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

    Optional<Therapist> therapist(String name);

    // Sessions

    /**
     * Records a new running session (storing the protocol's text once per hash); completes with its id. Fails
     * with {@link SessionRefused} (nothing written) when the protocol has needling and the therapist has no
     * valid dry-needling credential on the start day, or an override lifts an absolute stop, is not by an enabled
     * administrator, or gives no real reason.
     */
    CompletableFuture<Long> beginSession(NewSession session);

    /**
     * Appends the next event of a running or resumed session; its sequence must follow the last one stored.
     * The future completes once the event is committed: only then may anyone be told it happened.
     */
    CompletableFuture<Void> append(long sessionId, SessionEvent event);

    /**
     * Closes a finished session (completed or ended early) and links it into the session chain. The kiosk always
     * signs (the therapist's PIN); a headless simulation seals unsigned, and the record says so.
     */
    CompletableFuture<SessionRecord> seal(long sessionId, Closing closing, Optional<Signature> signer);

    /** Seals an interrupted session as interrupted; {@code closedBy} is empty when no one signed. */
    CompletableFuture<SessionRecord> closeAsInterrupted(long sessionId, Closing closing,
                                                        Optional<Signature> closedBy);

    /** Marks an interrupted session running again and returns its events, for the engine to restore from. */
    CompletableFuture<List<SessionEvent>> resume(long sessionId);

    /** Adds a signed, hash-chained addendum to a sealed session. */
    CompletableFuture<Addendum> addAddendum(long sessionId, Signature author, String text);

    /**
     * Runs many writes in one transaction on the writer thread, through the same code as the single calls
     * (demo data, imports). All or nothing.
     */
    <T> CompletableFuture<T> batch(Function<Batch, T> work);

    /** Sessions of this kiosk left open by a process that died: offer to resume them or close them. */
    List<SessionRecord> findInterrupted();

    Optional<SessionRecord> session(long id);

    /**
     * The newest screening answers of {@code clientRef} from a session started at or after {@code notBefore}
     * (any status; sessions without answers, like simulations, are passed over), for the kiosk to offer for
     * carry-over. Which answers may be carried over is the caller's rule, not the store's.
     */
    Optional<PriorScreening> lastScreening(String clientRef, Instant notBefore);

    List<SessionEvent> events(long sessionId);

    /**
     * The notice verify gives this session when its start lies before the seal of the session its kiosk sealed
     * just before it ("session 12 starts before session 11 was sealed (clock moved back?)"); empty otherwise, or
     * while it is not sealed. One short query: for the detail of one session, without a whole verify.
     */
    default Optional<String> clockNotice(long sessionId) {
        return Optional.empty();
    }

    List<Addendum> addenda(long sessionId);

    Optional<ProtocolVersion> protocolVersion(long id);

    /** Ids of every protocol any stored session ran, sorted: for audit filters. */
    List<String> protocolIds();

    // Audit

    /** One page of sessions, newest first; pass the previous page's {@code next} to continue. */
    default AuditPage audit(AuditFilter filter, Optional<AuditPage.Key> after, int limit) {
        return audit(filter, AuditSort.newestFirst(), after, limit);
    }

    /** One page of sessions in {@code sort} order; pass the previous page's {@code next} (same sort) to continue. */
    AuditPage audit(AuditFilter filter, AuditSort sort, Optional<AuditPage.Key> after, int limit);

    /** How many sessions match; reads the filter's whole index range, so call it off the EDT and asynchronously. */
    long auditCount(AuditFilter filter);

    /** Streams every matching session, newest first, without holding them all in memory. */
    void auditEach(AuditFilter filter, Consumer<AuditRow> sink);

    /**
     * Sums up the matching sessions per therapist, per protocol and per week or month (by the period's length;
     * see {@link PeriodSummary}) with SQL aggregates, so it stays fast at a million sessions.
     *
     * @param tolerance how much shorter than planned a phase may end before it counts as shortened; applies to
     *                  the deviation counts and to {@link AuditFilter#deviationsOnly()} (lists and CSV rows use the
     *                  sealed counts, at {@link Summary#TOLERANCE})
     * @param zone      decides the day, week and month a session falls in
     */
    PeriodSummary summarize(AuditFilter filter, Duration tolerance, ZoneId zone);

    /** Walks every chain: protocol texts, session headers and seals, events, addenda. */
    VerifyResult verify();

    /** Finishes queued writes, then closes. */
    @Override
    void close();

    /** The writes of {@link #batch}, synchronous because they already run on the writer thread. */
    interface Batch {
        long beginSession(NewSession session);

        void append(long sessionId, SessionEvent event);

        void seal(long sessionId, Closing closing, Optional<Signature> signer);

        void closeAsInterrupted(long sessionId, Closing closing, Optional<Signature> closedBy);

        Addendum addAddendum(long sessionId, Signature author, String text);
    }
}
