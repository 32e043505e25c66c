package app.holdpoint;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Work done once, on a thread of its own, begun by {@link #start()} or by the first {@link #get()}, whichever comes
 * first: the kiosk begins reading its protocol library once the first screen is up, and a screen that needs the
 * library sooner (interrupted sessions after a crash) begins it itself rather than waiting for a start that is
 * queued behind it.
 */
final class OnceInBackground<T> implements Supplier<T> {
    private final Supplier<T> work;
    private final String threadName;
    private final AtomicBoolean started = new AtomicBoolean();
    private final CompletableFuture<T> result = new CompletableFuture<>();

    OnceInBackground(String threadName, Supplier<T> work) {
        this.threadName = threadName;
        this.work = work;
    }

    /** Begins the work unless it has begun. Any thread. */
    void start() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** The work's result, waiting for it (and beginning it) when needed; its unchecked failure as thrown. */
    @Override
    public T get() {
        start();
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
