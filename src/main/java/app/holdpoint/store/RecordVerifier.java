package app.holdpoint.store;

/** Checking the record's integrity. A role of {@link SessionStore}: the integrity banner and {@code verify}. */
public interface RecordVerifier {

    /** Walks every chain: protocol texts, session headers and seals, events, addenda. Slow: never on the EDT. */
    VerifyResult verify();
}
