package app.holdpoint.store;

import java.util.Objects;

/**
 * The store refused to begin a session for a clinical-safety reason it checks itself (defence in depth: the kiosk
 * and the command line check first). Nothing was written. The message says why and what to do.
 */
public final class SessionRefused extends StoreException {
    /** Why the session was refused. */
    public enum Reason {
        /** The protocol has needling and the therapist has no valid dry-needling credential. */
        DRY_NEEDLING_CREDENTIAL,
        /** An override was given for an absolute stop, which no one may override. */
        ABSOLUTE_STOP,
        /** An override was given by someone who is not an enabled administrator. */
        OVERRIDE_NOT_BY_ADMINISTRATOR,
        /** An override's reason is too short or says nothing (one word repeated). */
        OVERRIDE_REASON
    }

    private final Reason reason;

    public SessionRefused(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
