package app.holdpoint.ui.common;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import app.holdpoint.store.StoreException;
import app.holdpoint.store.StoreProblem;
import app.holdpoint.ui.Text;

/**
 * The one-line reason of a failed call, for a message on screen in the kiosk's language (the stack trace goes to
 * the log). There is no way to ask without a {@link Text}: an exception's own message is English, or the
 * database's or the system's words, and a German screen must not show it.
 */
public final class FailureText {
    private FailureText() {
    }

    /**
     * A known store problem ({@link StoreProblem}) from {@code store.problem.NAME}; any other store failure as the
     * store's sentence in an English kiosk (it is written for people, in English) and in general words otherwise;
     * a file the system refused by its name; anything else (a raw exception, the database's text) in general
     * words that send the reader to the log, never its message.
     */
    public static String reason(Throwable failure, Text text) {
        Throwable cause = unwrapped(failure);
        if (cause instanceof StoreException store) {
            if (store.problem().isPresent()) {
                return text.get("store.problem." + store.problem().get().name(), store.arguments().toArray());
            }
            boolean english = text.locale().getLanguage().equals(Locale.ENGLISH.getLanguage());
            return english && hasWords(store) ? store.getMessage() : text.get("failure.store");
        }
        if (cause instanceof FileSystemException file && file.getFile() != null) {
            if (file.getReason() != null && file.getReason().contains("No space left on device")) {
                return text.get("store.problem." + StoreProblem.DISK_FULL.name());
            }
            return text.get(cause instanceof AccessDeniedException ? "failure.denied" : "failure.file",
                    file.getFile());
        }
        return text.get("failure.unexpected");
    }

    private static boolean hasWords(Throwable failure) {
        return failure.getMessage() != null && !failure.getMessage().isBlank();
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
