package app.holdpoint.cli;

/**
 * A failure the person at the keyboard can act on: printed as one line, never as a stack trace. The message
 * says what is wrong and, where it can, what to do.
 */
public class UserError extends RuntimeException {
    private final int exitCode;

    public UserError(String message) {
        this(message, 1);
    }

    public UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
        this.exitCode = 1;
    }

    public int exitCode() {
        return exitCode;
    }
}
