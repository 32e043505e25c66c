package app.holdpoint.store;

/**
 * The durable record of therapists and sessions, as the kiosk and the command line use it: every role at once,
 * for whoever opens the record. A class that uses only part of it takes the narrowest role:
 * {@link TherapistDirectory} (therapists, PINs, credentials, recovery code), {@link SessionRecorder} (begin,
 * append, seal, resume, addenda), {@link AuditReader} (sessions, events, pages, summaries) or
 * {@link RecordVerifier} (verify).
 *
 * <p>Writes run on one background writer thread, in submission order; each returns a future completed after
 * the transaction commits (or failed with a {@link StoreException} and nothing written). Futures complete on
 * the writer thread: hand results to the EDT and never block the EDT on them. Reads are synchronous and may be
 * called from any thread but the EDT.
 */
public interface SessionStore extends TherapistDirectory, SessionRecorder, AuditReader, RecordVerifier,
        AutoCloseable {

    /** Finishes queued writes, then closes. */
    @Override
    void close();
}
