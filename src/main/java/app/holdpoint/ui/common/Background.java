package app.holdpoint.ui.common;

import java.awt.EventQueue;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import app.holdpoint.ui.Text;

/**
 * The one way the screens run slow work (a store read, a write, an export) away from the Event Dispatch Thread
 * and get its answer back on it:
 * <pre>
 * Background.on(reads).supply(store::therapists).latestOnly(listing)
 *         .onSuccess(this::show).onFailure(text, reason -&gt; message.setText(reason)).start();
 * </pre>
 * The work runs on the given executor and asserts it is not on the EDT; a store call that already runs on the
 * store's own thread is awaited with {@link #await}. Both callbacks run on the EDT. A failure is logged once with
 * its cause and reaches the screen as {@linkplain FailureText#reason words} in the language of the {@link Text}
 * given with the callback (never "null", never the exception's own English or the database's text). With
 * {@link #latestOnly} an answer that a newer start has overtaken is dropped, and work that has not begun when it
 * is overtaken never runs.
 *
 * @param <T> what the work answers
 */
public final class Background<T> {
    private static final Logger LOG = Logger.getLogger(Background.class.getName());

    /** Runs on the Event Dispatch Thread, after what is queued there already. */
    public static final Executor EDT = EventQueue::invokeLater;

    /** How a start finds out whether its answer is still wanted; checked on both sides. */
    private interface Source<T> {
        CompletableFuture<T> begin(BooleanSupplier current);
    }

    private final Source<T> source;
    private Latest latest;
    private BooleanSupplier wanted = () -> true;
    private Runnable done = () -> { };
    private Consumer<? super T> success = value -> { };
    private Consumer<String> failure = reason -> { };
    private Text words;
    private Consumer<Throwable> cause;
    private Level level = Level.WARNING;
    private String logLine = "background work failed";

    private Background(Source<T> source) {
        this.source = source;
    }

    /** Work to run on {@code executor} (the kiosk's single reads thread, an export thread). */
    public static Worker on(Executor executor) {
        return new Worker(Objects.requireNonNull(executor));
    }

    /** A call already under way on another thread (the store's writes and PIN checks): only its answer is handed. */
    public static <T> Background<T> await(CompletionStage<T> running) {
        Objects.requireNonNull(running);
        return new Background<>(current -> running.toCompletableFuture());
    }

    /** True on the Event Dispatch Thread; for {@code assert} at the methods that must run there. */
    public static boolean calledOnEdt() {
        return EventQueue.isDispatchThread();
    }

    /** Picks the executor; {@link #supply} gives the work. */
    public static final class Worker {
        private final Executor executor;

        private Worker(Executor executor) {
            this.executor = executor;
        }

        /** {@code work} runs on the executor when started; what it throws is the failure. */
        public <T> Background<T> supply(Callable<? extends T> work) {
            Objects.requireNonNull(work);
            return new Background<>(current -> CompletableFuture.supplyAsync(() -> {
                if (!current.getAsBoolean()) {
                    throw new Superseded();
                }
                assert !calledOnEdt() : "background work runs on the Event Dispatch Thread";
                try {
                    return work.call();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            }, executor));
        }
    }

    /**
     * Then a call that starts from this answer on the thread that produced it (a write after a read); its answer
     * or failure is the one the callbacks get.
     */
    public <U> Background<U> then(Function<? super T, ? extends CompletionStage<U>> next) {
        Objects.requireNonNull(next);
        Source<T> first = source;
        return new Background<>(current -> first.begin(current).thenCompose(next));
    }

    /**
     * Only the answer of the latest start under {@code owner} counts (a newer filter, a newer session chosen):
     * older answers are dropped on arrival, and older work still queued does not run.
     */
    public Background<T> latestOnly(Latest owner) {
        this.latest = Objects.requireNonNull(owner);
        return this;
    }

    /** Checked on the EDT before either callback: false (the screen moved on) drops the answer. */
    public Background<T> stillWanted(BooleanSupplier condition) {
        this.wanted = Objects.requireNonNull(condition);
        return this;
    }

    /**
     * On the EDT as soon as the answer (or failure) arrives, even one no longer wanted, before the callbacks: to
     * wipe a PIN the call was given, whatever became of it.
     */
    public Background<T> whenDone(Runnable cleanUp) {
        this.done = Objects.requireNonNull(cleanUp);
        return this;
    }

    /** On the EDT with the answer. */
    public Background<T> onSuccess(Consumer<? super T> show) {
        this.success = Objects.requireNonNull(show);
        return this;
    }

    /**
     * On the EDT with the failure in words for the screen, in {@code text}'s language (its cause is in the log).
     * The words come with the callback so that no failure reaches a screen in another language.
     */
    public Background<T> onFailure(Text text, Consumer<String> reason) {
        this.words = Objects.requireNonNull(text);
        this.failure = Objects.requireNonNull(reason);
        return this;
    }

    /**
     * On the EDT with the failure's cause (unwrapped), for a screen that decides by its type; instead of
     * {@link #onFailure}. Words for it: {@link FailureText#reason(Throwable, Text)}.
     */
    public Background<T> onFailureCause(Consumer<Throwable> handle) {
        this.cause = Objects.requireNonNull(handle);
        return this;
    }

    /** What the log says when this work fails (at WARNING unless given), followed by the cause. */
    public Background<T> logAs(String line) {
        return logAs(Level.WARNING, line);
    }

    public Background<T> logAs(Level at, String line) {
        this.level = Objects.requireNonNull(at);
        this.logLine = Objects.requireNonNull(line);
        return this;
    }

    /** Starts the work; the callbacks follow on the EDT. */
    public void start() {
        Latest owner = latest;
        long ticket = owner == null ? 0 : owner.next();
        BooleanSupplier current = () -> owner == null || owner.isCurrent(ticket);
        source.begin(current).whenComplete((value, error) -> EDT.execute(() -> deliver(current, value, error)));
    }

    private void deliver(BooleanSupplier current, T value, Throwable error) {
        assert calledOnEdt() : "a background answer is delivered off the Event Dispatch Thread";
        Throwable failed = error == null ? null : unwrap(error);
        done.run();
        if (failed instanceof Superseded) {
            return;
        }
        if (failed != null) {
            LOG.log(level, logLine, failed);
        }
        if (!current.getAsBoolean() || !wanted.getAsBoolean()) {
            return;
        }
        if (failed == null) {
            success.accept(value);
        } else if (cause != null) {
            cause.accept(failed);
        } else if (words != null) {
            failure.accept(FailureText.reason(failed, words));
        }
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * The owner of a "latest only" sequence (one per list, panel or banner that reloads): each start under it
     * overtakes the ones before. Safe to read from the worker thread.
     */
    public static final class Latest {
        private final AtomicLong asked = new AtomicLong();

        private long next() {
            return asked.incrementAndGet();
        }

        private boolean isCurrent(long ticket) {
            return asked.get() == ticket;
        }

        /** Drops the answers of everything started so far (the list starts over before it asks again). */
        public void supersede() {
            asked.incrementAndGet();
        }
    }

    /** Work overtaken before it began: not run, not reported. */
    private static final class Superseded extends CancellationException {
        private static final long serialVersionUID = 1L;

        Superseded() {
            super("overtaken by a newer start");
        }
    }
}
