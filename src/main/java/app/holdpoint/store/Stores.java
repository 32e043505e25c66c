package app.holdpoint.store;

import java.nio.file.Files;
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
         * A problem to show at start-up when the record is behind (or other than) the newest seal this kiosk
         * remembers writing: it may have been restored from an old copy. Empty when all is well.
         */
        public Optional<StoreException> rollbackProblem() {
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
            if (jdbcUrl.isEmpty()) {
                ReadOnlyRecord.requireUndamaged(dataDirectory);
            }
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
    @SuppressWarnings("try") // the lock is held for the block, never read
    public static Opened forCommandLine(Path dataDirectory, Optional<String> jdbcUrl, ServerLogin login,
                                        StoreConfig config) {
        if (jdbcUrl.isEmpty()) {
            ReadOnlyRecord.requireUndamaged(dataDirectory);
        }
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

    /**
     * For commands that only read (verify, audit, therapist list): opens a record that must already be there,
     * without creating, migrating or changing anything, and without marking sessions left running as
     * interrupted (the kiosk does that when it starts). A write through this store fails with "the database is
     * read-only".
     *
     * @throws StoreException "No Holdpoint record in DIR (...). Check the folder name; nothing was created." when
     *                        there is none; the damaged-record message (where the file is, what to do) when it
     *                        cannot be read as written
     */
    public static Opened forReading(Path dataDirectory, Optional<String> jdbcUrl, StoreConfig config) {
        return forReading(dataDirectory, jdbcUrl, ServerLogin.fromEnvironment(), config);
    }

    /** As above; a server's credentials come from {@code login}. */
    public static Opened forReading(Path dataDirectory, Optional<String> jdbcUrl, ServerLogin login,
                                    StoreConfig config) {
        Database database = ReadOnlyRecord.open(dataDirectory, jdbcUrl, login);
        return new Opened(new JdbcSessionStore(database, config, dataDirectory), database, Optional.empty(), 0);
    }

    /**
     * Fails with "No Holdpoint record in DIR ..." unless the data folder (or the database at {@code jdbcUrl})
     * already holds a record; creates nothing. For a window that reads and may add to an existing record only.
     */
    public static void requireRecord(Path dataDirectory, Optional<String> jdbcUrl) {
        if (jdbcUrl.isEmpty() && !Files.isRegularFile(dataDirectory.toAbsolutePath()
                .resolve(EmbeddedFiles.BASE + ".mv.db"))) {
            throw new StoreException(StoreProblem.NO_RECORD, dataDirectory.toAbsolutePath(),
                    EmbeddedFiles.BASE + ".mv.db");
        }
    }

    /**
     * For the audit window: reads an existing record and may add addenda to it, so it opens for writing, but it
     * creates nothing ({@link #requireRecord}), opens no damaged file, and leaves sessions left running as they
     * are (the kiosk marks them when it starts).
     */
    public static Opened forAuditWindow(Path dataDirectory, Optional<String> jdbcUrl, ServerLogin login,
                                        StoreConfig config) {
        requireRecord(dataDirectory, jdbcUrl);
        if (jdbcUrl.isEmpty()) {
            ReadOnlyRecord.requireUndamaged(dataDirectory);
        }
        Database database = Database.open(dataDirectory, jdbcUrl, login);
        return new Opened(new JdbcSessionStore(database, config, dataDirectory), database, Optional.empty(), 0);
    }

    /**
     * Waits for a store future, rethrowing its {@link StoreException} (any unchecked failure, an {@link Error}
     * included) as itself.
     */
    public static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
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
