package app.holdpoint.store;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Opening a store the way the kiosk and the command line each need it, recovery included. */
public final class Stores {
    private Stores() {
    }

    /**
     * An open store and, for a session runner, the lock that keeps a second one off its data folder. The kiosk
     * key and its remembered chain head live in the data folder, also when the record is a database by URL.
     */
    public record Opened(JdbcSessionStore store, Database database, Optional<KioskLock> lock, int recovered)
            implements AutoCloseable {
        /**
         * A message to show at start-up when the record is behind (or other than) the newest seal this kiosk
         * remembers writing: it may have been restored from an old copy. Empty when all is well.
         */
        public Optional<String> rollbackProblem() {
            return store.rollbackProblem();
        }

        @Override
        public void close() {
            store.close();
            lock.ifPresent(KioskLock::close);
        }
    }

    /**
     * For the kiosk and anything else that runs sessions: takes the data folder's kiosk lock (or fails with a
     * clear message), opens the database, and marks sessions a dead process left running as interrupted.
     */
    public static Opened forKiosk(Path dataDirectory, Optional<String> jdbcUrl, StoreConfig config) {
        return forKiosk(dataDirectory, jdbcUrl, ServerLogin.fromEnvironment(), config);
    }

    /** As above; a server's credentials come from {@code login}. */
    public static Opened forKiosk(Path dataDirectory, Optional<String> jdbcUrl, ServerLogin login,
                                  StoreConfig config) {
        KioskLock lock = KioskLock.acquire(dataDirectory);
        try {
            Database database = Database.open(dataDirectory, jdbcUrl, login);
            JdbcSessionStore store = new JdbcSessionStore(database, config, dataDirectory);
            int recovered;
            try {
                recovered = await(store.recoverOrphans());
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
            return new Opened(store, database, Optional.of(lock), recovered);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * For commands that read or write without running sessions; works beside a running kiosk. When no kiosk
     * holds the folder, sessions left running are orphans and are marked interrupted first (best effort: a
     * read-only database is still readable).
     */
    public static Opened forCommandLine(Path dataDirectory, Optional<String> jdbcUrl, StoreConfig config) {
        return forCommandLine(dataDirectory, jdbcUrl, ServerLogin.fromEnvironment(), config);
    }

    /** As above; a server's credentials come from {@code login}. */
    public static Opened forCommandLine(Path dataDirectory, Optional<String> jdbcUrl, ServerLogin login,
                                        StoreConfig config) {
        Database database = Database.open(dataDirectory, jdbcUrl, login);
        JdbcSessionStore store = new JdbcSessionStore(database, config, dataDirectory);
        int recovered = 0;
        if (database.dataDirectory().isPresent()) {
            try {
                Optional<KioskLock> probe = KioskLock.tryAcquire(dataDirectory);
                if (probe.isPresent()) {
                    try (KioskLock held = probe.get()) {
                        recovered = await(store.recoverOrphans());
                    }
                }
            } catch (StoreException readOnly) {
                // Nothing can be marked on a read-only record; reading it is still useful.
            }
        }
        return new Opened(store, database, Optional.empty(), recovered);
    }

    /** Waits for a store future, rethrowing its {@link StoreException} as itself. */
    public static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
