package app.holdpoint;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import app.holdpoint.store.SessionStore;

/**
 * The kiosk's store while it is still opening: every call waits until it is open, then goes to it, so the window
 * can be built while the database opens (on a two-core tablet the two side by side are a fifth of the start-up).
 * At start-up the first call is the first screen's read, on the reads thread, never on the Event Dispatch Thread.
 * A store that failed to open fails each call with the reason it failed (a {@code StoreException} says what to do).
 */
final class StoreWhenOpen {
    private StoreWhenOpen() {
    }

    static SessionStore of(CompletableFuture<? extends SessionStore> opening) {
        return (SessionStore) Proxy.newProxyInstance(SessionStore.class.getClassLoader(),
                new Class<?>[] {SessionStore.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "equals" -> proxy == args[0];
                            case "hashCode" -> System.identityHashCode(proxy);
                            default -> "the store, once open";
                        };
                    }
                    SessionStore store;
                    try {
                        store = opening.join();
                    } catch (CompletionException e) {
                        throw e.getCause() != null ? e.getCause() : e;
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
