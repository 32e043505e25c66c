package app.holdpoint.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import app.holdpoint.io.AtomicFile;

/**
 * Files only the kiosk's own user may read: the data folder 0700, its files 0600 (on POSIX file systems; on
 * others the folder's inherited access control is left as it is). Small files are replaced atomically and
 * synced ({@link AtomicFile#writeDurably}), so a power cut leaves either the old or the new content, never half
 * of one.
 */
final class PrivateFiles {
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    /** Creates the folder when missing and makes it private; returns its absolute path. */
    static Path folder(Path folder) {
        try {
            Path absolute = Files.createDirectories(folder.toAbsolutePath());
            if (POSIX && !Files.getPosixFilePermissions(absolute).equals(FOLDER)) {
                Files.setPosixFilePermissions(absolute, FOLDER);
            }
            return absolute;
        } catch (IOException e) {
            throw new StoreException(e, StoreProblem.FOLDER_NOT_CREATED, folder, e.getMessage());
        }
    }

    /** Makes each existing regular file in {@code folder} private (files H2 created with the process umask). */
    static void restrictFiles(Path folder) {
        if (!POSIX) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file) && !Files.getPosixFilePermissions(file).equals(FILE)) {
                    Files.setPosixFilePermissions(file, FILE);
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot make the files in " + folder + " private: " + e.getMessage(), e);
        }
    }

    /** Replaces {@code target} with {@code bytes}, 0600, synced before and after the rename ({@link AtomicFile}). */
    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        AtomicFile.writeDurably(target, out -> out.write(bytes));
    }

    static boolean posix() {
        return POSIX;
    }
}
