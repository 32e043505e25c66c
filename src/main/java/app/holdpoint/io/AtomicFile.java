package app.holdpoint.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Replaces a file all or nothing: the content goes to a temporary file beside the target, which is moved over
 * the target only once complete. On any failure the temporary file is deleted and the target is as it was, so a
 * crash or a full disk never leaves half a file. This is the one way Holdpoint replaces a file; each caller decides
 * whether a failure is shown, logged or thrown in its own terms.
 * <p>
 * The temporary file is readable and writable by its owner only (0600 on POSIX file systems), and so is the file
 * it becomes. When the file system cannot move atomically (never within one local folder), the move falls back to
 * a plain replace.
 */
public final class AtomicFile {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    /** What fills the file; the stream is closed by {@link AtomicFile}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Writes {@code target} from {@code content}. The folder must exist.
     *
     * @throws IOException when the temporary file cannot be created or written, or the move fails; any
     *                     {@link RuntimeException} from {@code content} passes through; either way the target is
     *                     unchanged
     */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, false);
    }

    /**
     * As {@link #write}, and durable: the file's bytes are synced before the move and the folder after it, so once
     * this returns a power cut leaves the new content. For the record's own small files (keys, chain head,
     * passwords), which must stay private (0600) and must never be lost.
     */
    public static void writeDurably(Path target, Content content) throws IOException {
        write(target, content, true);
    }

    private static void write(Path target, Content content, boolean durable) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = POSIX
                ? Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".part", ownerOnly())
                : Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            if (durable) {
                // A sync through a second handle covers every byte written through the first (it syncs the file).
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
            move(temporary, absolute);
        } catch (Throwable e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        if (durable) {
            syncFolder(folder);
        }
    }

    private static FileAttribute<?> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The rename itself is durable only once the folder is synced (POSIX; elsewhere a no-op). */
    private static void syncFolder(Path folder) {
        if (!POSIX) {
            return;
        }
        try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException ignored) {
            // Some file systems refuse to open a folder; the file's own sync already happened.
        }
    }
}
