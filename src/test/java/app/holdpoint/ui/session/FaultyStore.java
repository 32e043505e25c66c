package app.holdpoint.ui.session;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

import app.holdpoint.session.SessionEvent;
import app.holdpoint.store.Addendum;
import app.holdpoint.store.AuditFilter;
import app.holdpoint.store.AuditPage;
import app.holdpoint.store.AuditRow;
import app.holdpoint.store.Closing;
import app.holdpoint.store.NewSession;
import app.holdpoint.store.PinCheck;
import app.holdpoint.store.ProtocolVersion;
import app.holdpoint.store.Role;
import app.holdpoint.store.SessionRecord;
import app.holdpoint.store.SessionStore;
import app.holdpoint.store.Signature;
import app.holdpoint.store.StoreException;
import app.holdpoint.store.Therapist;
import app.holdpoint.store.VerifyResult;

/**
 * A real store that can be told to fail its appends the way a full disk does: the write is refused with a
 * {@link StoreException} and nothing is written. Off by default, so every GUI test can use it.
 */
public final class FaultyStore implements SessionStore {
    public static final String DISK_FULL = "the data folder is full (no space left on device)";

    private final SessionStore real;
    private final AtomicBoolean failAppends = new AtomicBoolean();
    private final AtomicBoolean diskFull = new AtomicBoolean();

    public FaultyStore(SessionStore real) {
        this.real = real;
    }

    /** From now on every append fails (true) or goes through again (false). */
    public void failAppends(boolean fail) {
        failAppends.set(fail);
    }

    /**
     * From now on every append fails (true) as the disk being full does, or goes through again (false): the write
     * is run on the real store's writer and fails there with the operating system's "No space left on device",
     * so the store's own translation decides what the kiosk is told.
     */
    public void diskFull(boolean full) {
        diskFull.set(full);
    }

    @Override
    public CompletableFuture<Void> append(long sessionId, SessionEvent event) {
        if (diskFull.get()) {
            return real.batch(batch -> {
                throw new java.io.UncheckedIOException(new java.io.IOException("No space left on device"));
            });
        }
        if (failAppends.get()) {
            return CompletableFuture.failedFuture(new StoreException(DISK_FULL));
        }
        return real.append(sessionId, event);
    }

    @Override
    public CompletableFuture<String> newRecoveryCode(String adminName, String actor) {
        return real.newRecoveryCode(adminName, actor);
    }

    @Override
    public boolean hasRecoveryCode() {
        return real.hasRecoveryCode();
    }

    @Override
    public CompletableFuture<app.holdpoint.store.RecoveryCheck> checkRecoveryCode(char[] code) {
        return real.checkRecoveryCode(code);
    }

    @Override
    public CompletableFuture<app.holdpoint.store.RecoveryCheck> recoverAdministrator(String adminName, char[] code,
                                                                                     java.util.Optional<char[]> pin) {
        return real.recoverAdministrator(adminName, code, pin);
    }

    @Override
    public CompletableFuture<Therapist> unlockTherapist(String name, String actor) {
        return real.unlockTherapist(name, actor);
    }

    @Override
    public CompletableFuture<Therapist> resetPin(String name, char[] newPin, String actor) {
        return real.resetPin(name, newPin, actor);
    }

    @Override
    public java.util.List<app.holdpoint.store.TherapistEvent> therapistEvents() {
        return real.therapistEvents();
    }

    @Override
    public CompletableFuture<Therapist> createTherapist(String name, Role role, char[] pin) {
        return real.createTherapist(name, role, pin);
    }

    @Override
    public CompletableFuture<Therapist> disableTherapist(String name) {
        return real.disableTherapist(name);
    }

    @Override
    public CompletableFuture<PinCheck> verifyPin(String name, char[] pin) {
        return real.verifyPin(name, pin);
    }

    @Override
    public CompletableFuture<Therapist> grantDryNeedling(String therapistName, String jurisdiction,
                                                         Optional<java.time.LocalDate> expires, long administratorId) {
        return real.grantDryNeedling(therapistName, jurisdiction, expires, administratorId);
    }

    @Override
    public CompletableFuture<Therapist> revokeDryNeedling(String therapistName, long administratorId) {
        return real.revokeDryNeedling(therapistName, administratorId);
    }

    @Override
    public Optional<app.holdpoint.store.PriorScreening> lastScreening(String clientRef, java.time.Instant notBefore) {
        return real.lastScreening(clientRef, notBefore);
    }

    @Override
    public List<Therapist> therapists() {
        return real.therapists();
    }

    @Override
    public Optional<Therapist> therapist(String name) {
        return real.therapist(name);
    }

    @Override
    public CompletableFuture<Long> beginSession(NewSession session) {
        return real.beginSession(session);
    }

    @Override
    public CompletableFuture<SessionRecord> seal(long sessionId, Closing closing, Optional<Signature> signer) {
        return real.seal(sessionId, closing, signer);
    }

    @Override
    public CompletableFuture<SessionRecord> closeAsInterrupted(long sessionId, Closing closing,
                                                               Optional<Signature> closedBy) {
        return real.closeAsInterrupted(sessionId, closing, closedBy);
    }

    @Override
    public CompletableFuture<List<SessionEvent>> resume(long sessionId) {
        return real.resume(sessionId);
    }

    @Override
    public CompletableFuture<Addendum> addAddendum(long sessionId, Signature author, String text) {
        return real.addAddendum(sessionId, author, text);
    }

    @Override
    public <T> CompletableFuture<T> batch(Function<Batch, T> work) {
        return real.batch(work);
    }

    @Override
    public List<SessionRecord> findInterrupted() {
        return real.findInterrupted();
    }

    @Override
    public Optional<String> clockNotice(long sessionId) {
        return real.clockNotice(sessionId);
    }

    @Override
    public Optional<SessionRecord> session(long id) {
        return real.session(id);
    }

    @Override
    public List<SessionEvent> events(long sessionId) {
        return real.events(sessionId);
    }

    @Override
    public List<Addendum> addenda(long sessionId) {
        return real.addenda(sessionId);
    }

    @Override
    public Optional<ProtocolVersion> protocolVersion(long id) {
        return real.protocolVersion(id);
    }

    @Override
    public List<String> protocolIds() {
        return real.protocolIds();
    }

    @Override
    public AuditPage audit(AuditFilter filter, Optional<AuditPage.Key> after, int limit) {
        return real.audit(filter, after, limit);
    }

    @Override
    public AuditPage audit(AuditFilter filter, app.holdpoint.store.AuditSort sort, Optional<AuditPage.Key> after,
                           int limit) {
        return real.audit(filter, sort, after, limit);
    }

    @Override
    public long auditCount(AuditFilter filter) {
        return real.auditCount(filter);
    }

    @Override
    public app.holdpoint.store.PeriodSummary summarize(AuditFilter filter, java.time.Duration tolerance,
                                                       java.time.ZoneId zone) {
        return real.summarize(filter, tolerance, zone);
    }

    @Override
    public void auditEach(AuditFilter filter, Consumer<AuditRow> sink) {
        real.auditEach(filter, sink);
    }

    @Override
    public VerifyResult verify() {
        return real.verify();
    }

    @Override
    public void close() {
        real.close();
    }
}
