package app.holdpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk user's X session script (packaging/holdpoint-session) without the systemd unit: an unexpected end
 * starts Holdpoint again, an administrator's exit (status 0) ends the session, and a kiosk that keeps failing is
 * given up. A fake {@code holdpoint} on the PATH plays the kiosk; a fake {@code systemctl} says the unit is off.
 */
class KioskSessionScriptTest {
    @TempDir
    Path bin;

    private void fake(String name, String body) throws IOException {
        Path file = bin.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Runs the session with a kiosk that fails this many times, then exits as an administrator would. */
    private int session(int failuresBeforeExit) throws IOException, InterruptedException {
        fake("systemctl", "exit 1");
        fake("holdpoint-kiosk", "n=$(cat \"" + bin + "/starts\" 2>/dev/null || echo 0); n=$((n + 1)); echo $n > \""
                + bin + "/starts\"; [ $n -gt " + failuresBeforeExit + " ] && exit 0; exit 1");
        ProcessBuilder builder = new ProcessBuilder("sh", Path.of("packaging/holdpoint-session").toAbsolutePath()
                .toString()).redirectErrorStream(true).redirectOutput(bin.resolve("out").toFile());
        builder.environment().put("PATH", bin + ":/usr/bin:/bin");
        builder.environment().put("HOLDPOINT_RESTART_DELAY", "0");
        Process process = builder.start();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    private int starts() throws IOException {
        return Integer.parseInt(Files.readString(bin.resolve("starts")).strip());
    }

    @Test
    void anUnexpectedEndStartsHoldpointAgainAndAnAdministratorsExitEndsTheSession() throws Exception {
        assertThat(session(2)).isZero();
        assertThat(starts()).isEqualTo(3);
    }

    @Test
    void aKioskThatFailsFiveTimesInARowIsGivenUpWithAWordInTheLog() throws Exception {
        assertThat(session(100)).isEqualTo(1);
        assertThat(starts()).isEqualTo(5);
        assertThat(bin.resolve("out")).content().contains("stopped 5 times in a row");
    }
}
