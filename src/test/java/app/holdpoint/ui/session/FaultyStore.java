package app.holdpoint.ui.session;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import app.holdpoint.session.SessionEvent;
import app.holdpoint.store.Addendum;
import app.holdpoint.store.Closing;
import app.holdpoint.store.NewSession;
import app.holdpoint.store.PriorScreening;
import app.holdpoint.store.SessionRecord;
import app.holdpoint.store.SessionRecorder;
import app.holdpoint.store.SessionStore;
import app.holdpoint.store.Signature;
import app.holdpoint.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A real recorder that can be told to fail its appends the way a full disk does: the write is refused with a
 * {@link StoreException} and nothing is written. Off by default, so every GUI test can use it; {@link #within}
 * puts it in front of a whole store.
 */
public final class FaultyStore implements SessionRecorder {
    public static final String DISK_FULL = "the data folder is full (no space left on device)";

    private final SessionRecorder real;
    private final AtomicBoolean failAppends = new AtomicBoolean();
    private final AtomicBoolean diskFull = new AtomicBoolean();
    private final AtomicReference<StoreException> failure =
            new AtomicReference<>();

    public FaultyStore(SessionRecorder real) {
        this.real = real;
    }

    /** {@code store} with this recorder's methods answered here: every other role goes straight to it. */
    public SessionStore within(SessionStore store) {
        return (SessionStore) Proxy.newProxyInstance(SessionStore.class.getClassLoader(),
                new Class<?>[] {SessionStore.class}, (proxy, method, args) -> {
                    Object target = method.getDeclaringClass() == SessionRecorder.class ? this : store;
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** From now on every append fails (true) or goes through again (false). */
    public void failAppends(boolean fail) {
        failAppends.set(fail);
    }

    /** From now on every append fails with {@code problem} (a store problem the kiosk words in its language). */
    public void failAppendsWith(StoreException problem) {
        failure.set(problem);
        failAppends.set(true);
    }

    /**
     * From now on every append fails (true) as the disk being full does, or goes through again (false): the write
     * is run on the real store's writer and fails there with the operating system's "No space left on device",
     * so the store's own translation decides what the kiosk is told.
     */
    public void diskFull(boolean full) {
        diskFull.set(full);
    }

    @Override
    public CompletableFuture<Void> append(long sessionId, SessionEvent event) {
        if (diskFull.get()) {
            return real.batch(batch -> {
                throw new UncheckedIOException(new IOException("No space left on device"));
            });
        }
        if (failAppends.get()) {
            StoreException problem = failure.get();
            return CompletableFuture.failedFuture(problem != null ? problem : new StoreException(DISK_FULL));
        }
        return real.append(sessionId, event);
    }

    @Override
    public CompletableFuture<Long> beginSession(NewSession session) {
        return real.beginSession(session);
    }

    @Override
    public CompletableFuture<SessionRecord> seal(long sessionId, Closing closing, Optional<Signature> signer) {
        return real.seal(sessionId, closing, signer);
    }

    @Override
    public CompletableFuture<SessionRecord> closeAsInterrupted(long sessionId, Closing closing,
                                                               Optional<Signature> closedBy) {
        return real.closeAsInterrupted(sessionId, closing, closedBy);
    }

    @Override
    public CompletableFuture<List<SessionEvent>> resume(long sessionId) {
        return real.resume(sessionId);
    }

    @Override
    public CompletableFuture<Addendum> addAddendum(long sessionId, Signature author, String text) {
        return real.addAddendum(sessionId, author, text);
    }

    @Override
    public <T> CompletableFuture<T> batch(Function<Batch, T> work) {
        return real.batch(work);
    }

    @Override
    public List<SessionRecord> findInterrupted() {
        return real.findInterrupted();
    }

    @Override
    public Optional<PriorScreening> lastScreening(String clientRef, Instant notBefore) {
        return real.lastScreening(clientRef, notBefore);
    }
}
