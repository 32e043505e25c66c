package app.holdpoint.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import javax.swing.JTextArea;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.store.ProtocolVersion;
import app.holdpoint.store.Role;
import app.holdpoint.store.StoreException;
import app.holdpoint.store.StoreProblem;
import app.holdpoint.store.Therapist;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.settings.KioskSettings;
import app.holdpoint.ui.shell.KioskController.Screen;

/** An interrupted session that cannot be resumed says why in German: the loader's own reasons and the store's. */
@GuiTest
class GermanResumeFailureTest {
    @TempDir
    Path data;
    /** Closed after each test. */
    @AutoClose
    private KioskFixture kiosk;
    private final AtomicLong id = new AtomicLong();

    @BeforeEach
    void openInGerman() throws IOException {
        KioskFixture.seed(data, store -> {
            Therapist tom = KioskFixture.therapist(store, "Tom", Role.THERAPIST, "2468");
            id.set(KioskFixture.runningSession(store, tom, "KM-0412", 2));
        });
        Files.writeString(data.resolve(KioskSettings.FILE), "language=GERMAN\n");
        kiosk = new KioskFixture(data).start();
        kiosk.waitForScreen(Screen.INTERRUPTED);
        kiosk.waitUntil("the session is listed", () -> kiosk.window.robot().finder()
                .findAll(c -> ("interrupted.resume." + id.get()).equals(c.getName())).size() == 1);
    }

    @Test
    void aMissingProtocolTextIsSaidInGerman() {
        kiosk.answerStore("protocolVersion", Optional.empty());
        resume();

        String german = kiosk.text.get("resume.failed",
                kiosk.text.get("resume.noProtocolText", String.valueOf(id.get())));
        kiosk.waitUntil("the German reason is shown", () -> german.equals(message()));
    }

    @Test
    void aStoredProtocolTextThatNoLongerReadsIsSaidInGermanWithTheLoadersGermanReason() {
        kiosk.answerStore("protocolVersion", Optional.of(new ProtocolVersion(1, "broken", 1, "broken.yaml", "0",
                "id: broken\ntitle: Broken\nversion: 1\ncondition: headache\nsummary: s\nsources: [S2]\n"
                        + "steps:\n  - hold:\n      muscle: no-such-muscle\n      side: left\n"
                        + "      duration: 60s [S2]\n")));
        resume();

        String german = kiosk.text.get("resume.failed", kiosk.text.get("resume.catalogChanged",
                "broken.yaml:9:15: unbekannter Muskel „no-such-muscle“"));
        kiosk.waitUntil("the loader's German reason is shown", () -> german.equals(message()));
    }

    @Test
    void aReadOnlyRecordIsSaidInGerman() {
        kiosk.failStore("resume", new StoreException(StoreProblem.READ_ONLY));
        resume();

        String german = kiosk.text.get("resume.failed", kiosk.text.get("store.problem.READ_ONLY"));
        kiosk.waitUntil("the German reason is shown", () -> german.equals(message()));
        assertThat(message()).doesNotContain(StoreProblem.READ_ONLY.english());
    }

    private void resume() {
        kiosk.window.button("interrupted.resume." + id.get()).click();
        KioskFixture.enterPin(kiosk.window.panel("interrupted.pin"), "2468");
    }

    private String message() {
        return GuiActionRunner.execute(() -> kiosk.named("loading.message", JTextArea.class).getText());
    }
}
