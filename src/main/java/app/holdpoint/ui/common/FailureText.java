package app.holdpoint.ui.common;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** The one-line reason of a failed store call, for a message on screen (the stack trace goes to the log). */
public final class FailureText {
    private FailureText() {
    }

    public static String reason(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
