package app.holdpoint.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;

/**
 * One kiosk per data folder: an operating-system lock on {@code kiosk.lock}, released by the OS when the
 * process dies however it dies, so a crash never leaves a stale lock behind. H2 would also refuse a second
 * writer, but with a message about files; this one says what happened. The command line never takes it.
 */
public final class KioskLock implements AutoCloseable {
    static final String FILE = "kiosk.lock";
    static final Duration PATIENCE = Duration.ofSeconds(2);

    private final FileChannel channel;
    private final FileLock lock;

    private KioskLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock or fails with a message naming the folder. Tries for up to {@link #PATIENCE}: a command
     * may hold the lock for a moment while it recovers orphaned sessions.
     */
    public static KioskLock acquire(Path dataDirectory) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            Optional<KioskLock> lock = tryAcquire(dataDirectory);
            if (lock.isPresent()) {
                return lock.get();
            }
            if (System.nanoTime() > deadline) {
                throw new StoreException(StoreProblem.KIOSK_RUNNING, dataDirectory.toAbsolutePath());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("interrupted while waiting for the kiosk lock", e);
            }
        }
    }

    /** Takes the lock when no kiosk holds it. */
    public static Optional<KioskLock> tryAcquire(Path dataDirectory) {
        Path folder = Database.folder(dataDirectory);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
            return Optional.of(new KioskLock(channel, lock));
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            return Optional.empty(); // held by this very process
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(e, StoreProblem.CANNOT_LOCK, folder.resolve(FILE), e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Released by the OS when the channel closes anyway.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing held.
            }
        }
    }
}
