package app.holdpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.assertj.core.groups.Tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.store.PinCheck;
import app.holdpoint.store.Role;
import app.holdpoint.store.StoreConfig;
import app.holdpoint.store.Stores;
import app.holdpoint.store.TherapistEvent;

/** {@code therapist unlock}, {@code therapist reset-pin} and {@code therapist list --history}. */
class TherapistAccessCommandsTest {
    private static final String ME = System.getProperty("user.name") + " (command line)";

    @TempDir
    Path data;

    private Stores.Opened open() {
        return Stores.forCommandLine(data, Optional.empty(), StoreConfig.defaults("test").withPinIterations(1_000));
    }

    private CliTestSupport.Run run(String... args) {
        return CliTestSupport.runOn(data, args);
    }

    @Test
    void unlockAndResetPinWorkAndAreRecordedWithTheOperatingSystemUser() {
        try (Stores.Opened opened = open()) {
            Stores.await(opened.store().createTherapist("Ana", Role.THERAPIST, "2468".toCharArray()));
            for (int i = 0; i < StoreConfig.MAX_PIN_FAILURES; i++) {
                Stores.await(opened.store().verifyPin("Ana", "0000".toCharArray()));
            }
        }

        CliTestSupport.Run unlock = run("therapist", "unlock", "Ana");
        assertThat(unlock.exitCode()).as(unlock.err()).isZero();
        assertThat(unlock.out()).contains("unlocked 'Ana'; recorded as done by " + ME);

        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream("1357\n".getBytes(StandardCharsets.UTF_8)));
        CliTestSupport.Run reset;
        try {
            reset = run("therapist", "reset-pin", "Ana");
        } finally {
            System.setIn(before);
        }
        assertThat(reset.exitCode()).as(reset.err()).isZero();
        assertThat(reset.out()).contains("new PIN set for 'Ana'");

        try (Stores.Opened opened = open()) {
            assertThat(Stores.await(opened.store().verifyPin("Ana", "1357".toCharArray())).outcome())
                    .isEqualTo(PinCheck.Outcome.ACCEPTED);
            assertThat(opened.store().therapistEvents()).extracting(TherapistEvent::action, TherapistEvent::actor)
                    .containsExactly(Tuple.tuple("unlock", ME),
                            Tuple.tuple("reset-pin", ME));
        }
        CliTestSupport.Run history = run("therapist", "list", "--history");
        assertThat(history.exitCode()).isZero();
        assertThat(history.out()).contains("unlocked").contains("PIN reset").contains(ME);
    }

    @Test
    void aNewRecoveryCodeIsPrintedOnceAndWorksAtTheKiosk() {
        try (Stores.Opened opened = open()) {
            Stores.await(opened.store().createTherapist("Bea", Role.ADMIN, "9999".toCharArray()));
            Stores.await(opened.store().createTherapist("Ana", Role.THERAPIST, "2468".toCharArray()));
        }
        assertThat(run("therapist", "recovery-code", "Ana").err()).contains("'Ana' is not an enabled administrator");

        CliTestSupport.Run made = run("therapist", "recovery-code", "Bea");

        assertThat(made.exitCode()).as(made.err()).isZero();
        String code = made.out().lines().skip(1).findFirst().orElseThrow().strip();
        assertThat(code).matches("[A-Z2-7]{5}(-[A-Z2-7]{5}){3}");
        try (Stores.Opened opened = open()) {
            assertThat(Stores.await(opened.store().checkRecoveryCode(code.toCharArray())).accepted()).isTrue();
            assertThat(opened.store().therapistEvents()).extracting(TherapistEvent::action, TherapistEvent::actor)
                    .containsExactly(Tuple.tuple("recovery-code", ME));
        }
    }

    @Test
    void theTherapistCommandsSpeakGermanWithLangDe() {
        try (Stores.Opened opened = open()) {
            Stores.await(opened.store().createTherapist("Ana", Role.THERAPIST, "2468".toCharArray()));
        }
        assertThat(run("--lang", "de", "therapist", "unlock", "Ana").out())
                .contains("„Ana“ entsperrt; erfasst als ausgeführt von " + ME);
        assertThat(run("--lang", "de", "therapist", "unlock", "Anna").err()).isEqualTo("holdpoint: keine Therapeutin"
                + " und kein Therapeut namens „Anna“; siehe: therapist list" + System.lineSeparator());
        CliTestSupport.Run list = run("--lang", "de", "therapist", "list", "--history");
        assertThat(list.out()).contains("ROLLE").contains("ZUSTAND").contains("aktiv").contains("WANN (UTC)")
                .contains("entsperrt");
        assertThat(run("--lang", "de", "therapist", "credential", "Ana").err()).isEqualTo("holdpoint: angeben, was"
                + " erfasst werden soll: --dry-needling zum Erteilen oder --revoke zum Widerrufen"
                + System.lineSeparator());
        assertThat(run("--lang", "de", "therapist", "recovery-code", "Ana").err())
                .contains("„Ana“ ist keine aktive Administratorin und kein aktiver Administrator");
    }

    @Test
    void anUnknownNameIsSaidInWordsAndNothingIsRecorded() {
        try (Stores.Opened opened = open()) {
            Stores.await(opened.store().createTherapist("Ana", Role.THERAPIST, "2468".toCharArray()));
        }
        CliTestSupport.Run unlock = run("therapist", "unlock", "Anna");
        assertThat(unlock.exitCode()).isEqualTo(1);
        assertThat(unlock.err()).isEqualTo("holdpoint: no therapist named 'Anna'; see: therapist list"
                + System.lineSeparator());
        assertThat(run("therapist", "list", "--history").out())
                .contains("(no unlocks, PIN resets or recovery codes recorded)");
    }
}
