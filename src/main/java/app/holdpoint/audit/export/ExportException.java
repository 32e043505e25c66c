package app.holdpoint.audit.export;

/**
 * An export that could not be written, with a message a clinician can act on ("cannot write FILE: ..."). No file
 * is left behind when this is thrown.
 */
public class ExportException extends RuntimeException {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
