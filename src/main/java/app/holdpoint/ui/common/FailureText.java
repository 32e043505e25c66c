package app.holdpoint.ui.common;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import app.holdpoint.store.StoreException;
import app.holdpoint.store.StoreProblem;
import app.holdpoint.ui.Text;

/** The one-line reason of a failed store call, for a message on screen (the stack trace goes to the log). */
public final class FailureText {
    private FailureText() {
    }

    public static String reason(Throwable failure) {
        Throwable cause = unwrapped(failure);
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }

    /**
     * As {@link #reason(Throwable)}, with a known store problem ({@link StoreProblem}) worded in the kiosk's
     * language from {@code store.problem.NAME}; anything else as its message says.
     */
    public static String reason(Throwable failure, Text text) {
        if (unwrapped(failure) instanceof StoreException store && store.problem().isPresent()) {
            return text.get("store.problem." + store.problem().get().name(), store.arguments().toArray());
        }
        return reason(failure);
    }

    private static Throwable unwrapped(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
