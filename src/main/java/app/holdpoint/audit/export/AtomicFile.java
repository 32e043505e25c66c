package app.holdpoint.audit.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes a file all or nothing: into a temporary file beside the target, moved into place only when complete.
 * On any failure the temporary file is deleted, so an export never leaves a partial file (a file that existed
 * before stays as it was).
 */
public final class AtomicFile {
    private static final Logger LOG = Logger.getLogger(AtomicFile.class.getName());

    /** What fills the file. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * @throws ExportException "cannot write FILE: why" when the folder is missing or not writable, or writing fails;
     *                         any other exception from {@code content} passes through, the file not written
     */
    public static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw cannot(target, "the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw cannot(target, "it is a folder");
        }
        Path temp;
        try {
            temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".part");
        } catch (IOException e) {
            throw cannot(target, reason(e, folder));
        }
        boolean done = false;
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            move(temp, absolute);
            done = true;
        } catch (IOException e) {
            throw cannot(target, reason(e, folder));
        } catch (UncheckedIOException e) {
            throw cannot(target, reason(e.getCause(), folder));
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "could not delete the unfinished export " + temp, e);
                }
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static ExportException cannot(Path target, String why) {
        return new ExportException("cannot write " + target + ": " + why);
    }

    private static String reason(IOException e, Path folder) {
        if (e instanceof AccessDeniedException) {
            return "permission denied in " + folder;
        }
        if (e instanceof NoSuchFileException) {
            return "the folder " + folder + " does not exist";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
