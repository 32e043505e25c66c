package app.holdpoint.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that writes. Each job runs in its own transaction on the writer's connection and its future
 * completes only after COMMIT returned, so "acknowledged" means "on disk". A job that fails is rolled back and
 * the failure handed to its future; later jobs are unaffected.
 */
final class Writer implements AutoCloseable {

    /** A unit of work on the writer's connection. */
    @FunctionalInterface
    interface Job<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Connection connection;
    private final ExecutorService thread;
    private final Runnable onRollback;

    /** @param onRollback forgets state cached by jobs, since a rolled-back job may have changed it */
    Writer(Connection connection, Runnable onRollback) throws SQLException {
        this.connection = connection;
        this.onRollback = onRollback;
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
            result = job.run(connection);
            connection.commit();
        } catch (Throwable failure) {
            rollback();
            done.completeExceptionally(Failures.translate(failure));
            return;
        }
        done.complete(result);
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
