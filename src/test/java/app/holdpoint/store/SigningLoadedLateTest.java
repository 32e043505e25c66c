package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk's start opens its record and checks the remembered chain head without loading Bouncy Castle: its
 * jar is signed, and the first class read from it makes the JVM check the whole jar's signature, about 150 ms of
 * CPU on the way to the first screen (docs/benchmarks.md). Signing loads it at the first seal instead.
 */
class SigningLoadedLateTest {
    @TempDir
    Path folder;

    @Test
    void openingASignedRecordLoadsNoBouncyCastleClass() throws Exception {
        try (Stores.Opened opened = Stores.forKiosk(folder, Optional.empty(), Fixtures.config())) {
            Therapist ana = Fixtures.therapist(opened.store(), "Ana");
            Fixtures.recordedSession(opened.store(), ana, 2, true);
        }

        List<String> loaded = classesLoadedByAnOpening();

        int opened = indexOfLineStarting(loaded, "OPENED");
        assertThat(opened).as("the child opened the record:%n%s", String.join("\n", loaded)).isPositive();
        assertThat(loaded.get(opened)).isEqualTo("OPENED rollback problem: false");
        List<String> beforeOpened = loaded.subList(0, opened);
        assertThat(beforeOpened).as("the class log names the key's class")
                .anyMatch(line -> line.contains(" " + KioskKey.class.getName() + " "));
        assertThat(beforeOpened).noneMatch(line -> line.contains("org.bouncycastle"));
    }

    private List<String> classesLoadedByAnOpening() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = Files.createTempFile(folder.getParent(), "classes", ".log");
        Process child = new ProcessBuilder(List.of(java.toString(), "-Xlog:class+load=info", "-Xshare:off", "-cp",
                System.getProperty("java.class.path"), CrashChild.class.getName(), "open", folder.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).as("the child ended").isTrue();
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static int indexOfLineStarting(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
