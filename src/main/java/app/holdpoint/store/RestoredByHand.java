package app.holdpoint.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

/**
 * Accepts a record an administrator put back in the data folder by hand (copied over {@code holdpoint.mv.db}
 * instead of {@code holdpoint restore}), which the kiosk then reports at every start as older than the last one
 * it wrote. Accepting does what a restore does with the kiosk's remembered chain head: moves it aside
 * ({@code kiosk-head-replaced-<UTC time>}), so the record's next seal starts a new one. Only a record that
 * verifies (every hash, link and signature) is accepted.
 */
public final class RestoredByHand {
    /** What was accepted: the record's verify result, and where the remembered head was moved, if there was one. */
    public record Accepted(Path folder, VerifyResult verified, Optional<Path> headKeptAs) {
    }

    private RestoredByHand() {
    }

    /**
     * @throws StoreException in words, with nothing changed, when a kiosk or another program has the record open,
     *                        there is no record, or it does not verify
     */
    @SuppressWarnings("try") // the lock is held for the block, never read
    public static Accepted accept(Path dataDirectory, Clock clock) {
        Path folder = Database.folder(dataDirectory);
        Optional<KioskLock> lock = KioskLock.tryAcquire(folder);
        if (lock.isEmpty()) {
            throw new StoreException(StoreProblem.KIOSK_RUNNING_RESTORE, folder);
        }
        try (KioskLock held = lock.get()) {
            Path record = folder.resolve(Backups.ENTRY);
            if (!Files.isRegularFile(record)) {
                throw new StoreException(StoreProblem.NO_RECORD, folder, Backups.ENTRY);
            }
            EmbeddedFiles files = new EmbeddedFiles(folder);
            Backups.refuseWhileOpen(files, record);
            VerifyResult verified;
            try (Connection connection = DriverManager.getConnection(files.exclusiveUrl()
                    + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r", EmbeddedFiles.USER, files.password())) {
                // Without the remembered head: comparing with it is the question being answered.
                verified = new ChainVerifier(connection).verify();
            } catch (SQLException e) {
                throw Failures.translate(e, Optional.of(folder));
            }
            if (!verified.ok()) {
                throw new StoreException(StoreProblem.RECORD_FAILS_VERIFY, folder, verified.firstProblem().orElse(""));
            }
            try {
                return new Accepted(folder, verified, ChainHeadFile.moveAside(folder,
                        Backups.STAMP.format(clock.instant())));
            } catch (IOException e) {
                throw new StoreException("could not move " + folder.resolve(ChainHeadFile.FILE) + " aside: "
                        + e.getMessage(), e);
            }
        }
    }
}
