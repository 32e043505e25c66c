package app.holdpoint.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.swing.JTextArea;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.store.Role;
import app.holdpoint.store.StoreException;
import app.holdpoint.store.StoreProblem;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.settings.KioskSettings;
import app.holdpoint.ui.shell.KioskController.Screen;

/**
 * A German kiosk says why a change failed in German, whichever screen asked the store through
 * {@code Background}: a known store problem in its German words, any other failure in German general words,
 * never the store's English sentence or the system's own text.
 */
@GuiTest
class GermanFailureWordsTest {
    private static final String RAW = "/data/holdpoint.mv.db: Read-only file system [90097-224]";

    @TempDir
    Path data;
    /** Closed after each test. */
    @AutoClose
    private KioskFixture kiosk;

    @BeforeEach
    void openTherapistsInGerman() throws IOException {
        KioskFixture.seed(data, store -> {
            KioskFixture.therapist(store, "Admin", Role.ADMIN, "9999");
            KioskFixture.therapist(store, "Tom", Role.THERAPIST, "2468");
        });
        Files.writeString(data.resolve(KioskSettings.FILE), "language=GERMAN\n");
        kiosk = new KioskFixture(data).start();
        assertThat(kiosk.text.locale()).isEqualTo(Locale.GERMAN);
        kiosk.signIn("Admin", "9999");
        kiosk.waitForScreen(Screen.PICKER);
        kiosk.window.button("picker.settings").click();
        kiosk.waitForScreen(Screen.SETTINGS);
        kiosk.window.button("settings.therapists").click();
        kiosk.waitForScreen(Screen.THERAPISTS);
        kiosk.waitUntil("the list is shown", () -> kiosk.window.robot().finder()
                .findAll(c -> "therapists.disable.Tom".equals(c.getName())).size() == 1);
    }

    @Test
    void aReadOnlyRecordIsSaidInGerman() {
        kiosk.failStore("disableTherapist", new StoreException(StoreProblem.READ_ONLY));
        kiosk.window.button("therapists.disable.Tom").click();

        String german = kiosk.text.get("therapists.failed", kiosk.text.get("store.problem.READ_ONLY"));
        kiosk.waitUntil("the German reason is shown", () -> german.equals(message()));
        assertThat(message()).doesNotContain(StoreProblem.READ_ONLY.english());
    }

    @Test
    void aFailureThatIsNoKnownProblemIsSaidInGermanWithoutTheSystemsText() {
        kiosk.failStore("disableTherapist", new UncheckedIOException(new IOException(RAW)));
        kiosk.window.button("therapists.disable.Tom").click();

        String german = kiosk.text.get("therapists.failed", kiosk.text.get("failure.unexpected"));
        kiosk.waitUntil("general German words are shown", () -> german.equals(message()));
        assertThat(message()).doesNotContain(RAW, "Exception");
    }

    @Test
    void aStoreSentenceWithoutAKnownProblemIsNotShownInEnglish() {
        StoreException english = new StoreException("session 12 is sealed; corrections are addenda");
        kiosk.failStore("disableTherapist", english);
        kiosk.window.button("therapists.disable.Tom").click();

        String german = kiosk.text.get("therapists.failed", kiosk.text.get("failure.store"));
        kiosk.waitUntil("general German words are shown", () -> german.equals(message()));
        assertThat(message()).doesNotContain(english.getMessage());
    }

    private String message() {
        return GuiActionRunner.execute(() -> kiosk.named("therapists.message", JTextArea.class).getText());
    }
}
