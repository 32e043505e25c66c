package app.holdpoint.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import app.holdpoint.session.SessionEvent;

/**
 * Recording sessions: begin, append each event, seal (or close as interrupted), resume after a crash, and
 * correct a sealed session with an addendum; with the reads a new or resumed session needs. A role of
 * {@link SessionStore}: the runner and the command-line simulation need only this.
 *
 * <p>Writes run on one background writer thread, in submission order; each returns a future completed after
 * the transaction commits (or failed with a {@link StoreException} and nothing written). Futures complete on
 * the writer thread: hand results to the EDT and never block the EDT on them. Sessions and their events are
 * append-only and hash-chained; once sealed a session refuses every change and corrections are
 * {@linkplain #addAddendum addenda}.
 */
public interface SessionRecorder {

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
     * Closes a finished session (completed or ended early; see {@link Closing#of}) and links it into the session
     * chain. The kiosk always signs (the therapist's PIN); a headless simulation seals unsigned, and the record
     * says so.
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

    /**
     * The newest screening answers of {@code clientRef} from a session started at or after {@code notBefore}
     * (any status; sessions without answers, like simulations, are passed over), for the kiosk to offer for
     * carry-over. Which answers may be carried over is the caller's rule, not the store's.
     */
    Optional<PriorScreening> lastScreening(String clientRef, Instant notBefore);

    /** The writes of {@link #batch}, synchronous because they already run on the writer thread. */
    interface Batch {
        long beginSession(NewSession session);

        void append(long sessionId, SessionEvent event);

        void seal(long sessionId, Closing closing, Optional<Signature> signer);

        void closeAsInterrupted(long sessionId, Closing closing, Optional<Signature> closedBy);

        Addendum addAddendum(long sessionId, Signature author, String text);
    }
}
