package app.holdpoint.store;

/**
 * A store failure whose message a clinician or administrator can act on ("no therapist named 'Ann'",
 * "session 12 is sealed"). The command line prints it as one line; nothing was half-written when it is thrown.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
