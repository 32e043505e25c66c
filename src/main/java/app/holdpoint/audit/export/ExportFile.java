package app.holdpoint.audit.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import app.holdpoint.audit.ReportText;
import app.holdpoint.io.AtomicFile;

/**
 * Writes an export all or nothing through {@link AtomicFile}, so an export never leaves a partial file (a file
 * that existed before stays as it was), and says why it could not in the words of an {@link ExportException}.
 */
public final class ExportFile {

    private ExportFile() {
    }

    /**
     * @throws ExportException "cannot write FILE: why" when the folder is missing or not writable, or writing fails;
     *                         any other exception from {@code content} passes through, the file not written
     */
    public static void write(Path target, AtomicFile.Content content) {
        write(target, content, ReportText.ENGLISH);
    }

    /** As {@link #write(Path, AtomicFile.Content)}, saying why it could not in the report's language. */
    public static void write(Path target, AtomicFile.Content content, ReportText words) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw cannot(target, words.get("export.noFolder", String.valueOf(folder)), words);
        }
        if (Files.isDirectory(absolute)) {
            throw cannot(target, words.get("export.isFolder"), words);
        }
        try {
            AtomicFile.write(absolute, content);
        } catch (IOException e) {
            throw cannot(target, reason(e, folder, words), words);
        } catch (UncheckedIOException e) {
            throw cannot(target, reason(e.getCause(), folder, words), words);
        }
    }

    private static ExportException cannot(Path target, String why, ReportText words) {
        return new ExportException(words.get("export.cannotWrite", target.toString(), why));
    }

    private static String reason(IOException e, Path folder, ReportText words) {
        if (e instanceof AccessDeniedException) {
            return words.get("export.permissionDenied", folder.toString());
        }
        if (e instanceof NoSuchFileException) {
            return words.get("export.noFolder", folder.toString());
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
