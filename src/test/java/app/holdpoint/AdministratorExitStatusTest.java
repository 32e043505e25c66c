package app.holdpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * An administrator's exit ends the process with status 0, which the systemd user unit's Restart=on-failure
 * does not restart; an unexpected end (any other status or a signal) is restarted.
 */
class AdministratorExitStatusTest {

    @Test
    void anAdministratorsExitClosesEverythingInOrderThenEndsWithStatusZero() {
        List<String> steps = new ArrayList<>();
        new KioskExit(List.of(() -> steps.add("sound"), () -> steps.add("store")), status -> steps.add("exit "
                + status)).run();

        assertThat(steps).containsExactly("sound", "store", "exit 0");
    }

    @Test
    void aFailureWhileClosingStillEndsWithStatusZeroSoTheExitIsNotUndoneByARestart() {
        List<String> steps = new ArrayList<>();
        new KioskExit(List.of(() -> {
            throw new IllegalStateException("the sound line is gone");
        }, () -> steps.add("store")), status -> steps.add("exit " + status)).run();

        assertThat(steps).containsExactly("store", "exit 0");
    }

    @Test
    void theShippedUserUnitRestartsOnlyOnFailure() throws IOException {
        List<String> unit = Files.readAllLines(Path.of("packaging/holdpoint.service"));

        assertThat(unit).contains("Restart=on-failure", "ExecStart=/usr/bin/holdpoint-kiosk");
        assertThat(unit).noneMatch(line -> line.startsWith("RestartForceExitStatus")
                || line.startsWith("SuccessExitStatus"));
        assertThat(KioskExit.STATUS).isZero();
    }
}
