package app.holdpoint.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every main package says what it holds, so a newcomer finds a behaviour from the folder names. */
class PackageInfoTest {

    @Test
    void everyPackageWithClassesHasAPackageInfo() throws IOException {
        Path root = Path.of("src/main/java/app/holdpoint");
        List<Path> withoutInfo;
        try (Stream<Path> folders = Files.walk(root)) {
            withoutInfo = folders.filter(Files::isDirectory)
                    .filter(PackageInfoTest::holdsClasses)
                    .filter(folder -> !Files.exists(folder.resolve("package-info.java")))
                    .toList();
        }
        assertThat(withoutInfo).as("packages without a package-info.java").isEmpty();
    }

    private static boolean holdsClasses(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(file -> file.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
