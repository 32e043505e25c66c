package app.holdpoint.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The one thread that writes. Each job runs in its own transaction on the writer's connection and its future
 * completes only after COMMIT returned and the {@link Durability} step made the commit durable (for H2: the file
 * synced to stable storage), so "acknowledged" means "on disk", not "in the operating system's cache". A job
 * that fails is rolled back and the failure handed to its future; later jobs are unaffected.
 */
final class Writer implements AutoCloseable {

    /** A unit of work on the writer's connection. */
    @FunctionalInterface
    interface Job<T> {
        T run(Connection connection) throws SQLException;
    }

    /** What makes a committed transaction durable, run on the writer thread after each COMMIT. */
    @FunctionalInterface
    interface Durability {
        void afterCommit(Connection connection) throws SQLException;

        /** For a database whose COMMIT is already durable (PostgreSQL), or a benchmark's baseline. */
        Durability COMMIT_ONLY = connection -> { };

        /**
         * H2: MVStore writes the commit to the file but does not fsync it; {@code CHECKPOINT SYNC} forces the
         * file to stable storage (fsync), which is what makes an acknowledged event survive a power cut.
         */
        Durability H2_SYNC = connection -> {
            try (Statement sync = connection.createStatement()) {
                sync.execute("CHECKPOINT SYNC");
            }
        };
    }

    /** Opens the writer's connection again after the database dropped it. */
    interface Reconnect {
        Connection open() throws SQLException;
    }

    private Connection connection;
    private final ExecutorService thread;
    private final Runnable onRollback;
    private final Durability durability;
    private final Runnable onCommit;
    private final Reconnect reconnect;
    private final Consumer<Connection> reconnected;
    /** Set when a write failed in a way that closes the database (H2 closes it on a failed file write). */
    private boolean lost;

    /** @param onRollback forgets state cached by jobs, since a rolled-back job may have changed it */
    Writer(Connection connection, Runnable onRollback) throws SQLException {
        this(connection, onRollback, Durability.COMMIT_ONLY, () -> { });
    }

    /** As the full constructor, with a connection that cannot be opened again once lost. */
    Writer(Connection connection, Runnable onRollback, Durability durability, Runnable onCommit)
            throws SQLException {
        this(connection, onRollback, durability, onCommit, () -> {
            throw new SQLException("the connection cannot be opened again");
        }, fresh -> { });
    }

    /**
     * @param durability  run after each COMMIT, before the job's future completes
     * @param onCommit    after the commit is durable: work outside the database that must follow it (the kiosk's
     *                    chain-head file); must not throw
     * @param reconnect   opens a fresh connection when the old one was lost: H2 closes the whole database when a
     *                    file write fails (a full disk), and without a fresh connection every later write would
     *                    fail even after space is freed
     * @param reconnected told the fresh connection (the prepared statements move to it)
     */
    Writer(Connection connection, Runnable onRollback, Durability durability, Runnable onCommit,
           Reconnect reconnect, Consumer<Connection> reconnected) throws SQLException {
        this.connection = connection;
        this.onRollback = onRollback;
        this.durability = durability;
        this.onCommit = onCommit;
        this.reconnect = reconnect;
        this.reconnected = reconnected;
        connection.setAutoCommit(false);
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, "holdpoint-db-writer");
            t.setDaemon(false);
            return t;
        });
    }

    <T> CompletableFuture<T> submit(Job<T> job) {
        CompletableFuture<T> done = new CompletableFuture<>();
        try {
            thread.execute(() -> run(job, done));
        } catch (RejectedExecutionException e) {
            done.completeExceptionally(new StoreException("the store is closed"));
        }
        return done;
    }

    private <T> void run(Job<T> job, CompletableFuture<T> done) {
        T result;
        try {
            if (lost) {
                reopen();
            }
            result = job.run(connection);
            connection.commit();
        } catch (Throwable failure) {
            rollback();
            RuntimeException translated = Failures.translate(failure);
            if (translated instanceof DiskFull || !valid()) {
                lost = true;
            }
            done.completeExceptionally(translated);
            return;
        }
        try {
            durability.afterCommit(connection);
        } catch (Throwable failure) {
            // Committed but not known to be on disk: never acknowledge it as durable.
            if (Failures.translate(failure) instanceof DiskFull full) {
                lost = true;
                done.completeExceptionally(full);
                return;
            }
            done.completeExceptionally(new StoreException("the record was written but could not be forced to"
                    + " the disk; check the disk holding the data folder", failure));
            return;
        }
        onCommit.run();
        done.complete(result);
    }

    /** A fresh connection in place of a lost one; throws (the job then fails as before) while it cannot open. */
    private void reopen() throws SQLException {
        Connection fresh = reconnect.open();
        fresh.setAutoCommit(false);
        try {
            connection.close();
        } catch (SQLException ignored) {
            // The old connection is already gone.
        }
        connection = fresh;
        reconnected.accept(fresh);
        onRollback.run();
        lost = false;
    }

    private boolean valid() {
        try {
            return connection.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    private void rollback() {
        onRollback.run();
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The connection is gone; the next job reports that, and nothing uncommitted survives anyway.
        }
    }

    /** Lets queued jobs finish (they were promised), then closes the connection. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(30, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing after a lost connection; nothing left to save.
        }
    }
}
