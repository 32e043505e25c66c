package app.holdpoint.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path folder;

    @Test
    void writesANewFileAndReplacesAnOldOne() throws IOException {
        Path target = folder.resolve("settings.properties");
        AtomicFile.write(target, out -> out.write("first".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("first");
        AtomicFile.writeDurably(target, out -> out.write("second".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("second");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aFailureLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = folder.resolve("old.csv");
        Files.writeString(target, "previous");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThatThrownBy(() -> AtomicFile.writeDurably(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("database gone");
        })).isInstanceOf(IllegalStateException.class).hasMessage("database gone");
        assertThat(Files.readString(target)).isEqualTo("previous");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aFailureBeforeAnyFileExistedLeavesNone() throws IOException {
        Path target = folder.resolve("fresh.pdf");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            throw new IOException("no room");
        })).isInstanceOf(IOException.class);
        assertThat(files()).isEmpty();
    }

    @Test
    void aMissingFolderIsAnIOException() {
        Path target = folder.resolve("gone").resolve("file");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> out.write(1))).isInstanceOf(IOException.class);
    }

    @Test
    void theFileIsTheOwnersOnly() throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Path target = folder.resolve("kiosk-head");
        AtomicFile.writeDurably(target, out -> out.write(1));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        Path plain = folder.resolve("kiosk.properties");
        AtomicFile.write(plain, out -> out.write(1));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain))).isEqualTo("rw-------");
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.toList();
        }
    }
}
