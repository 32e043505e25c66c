package app.holdpoint.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.store.Role;
import app.holdpoint.store.Stores;
import app.holdpoint.store.Therapist;
import app.holdpoint.ui.Frames;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.shell.KioskController.Screen;
import java.awt.Component;
import app.holdpoint.ui.common.PinEntry;

/**
 * Every kiosk-shell screen at 1280×800: touch targets of at least 64×64, and a picture of each in
 * {@code target/screenshots} (or {@code -Dholdpoint.shots=...}; {@code ./screenshots.sh} sends them to docs/screenshots) to look at.
 */
@GuiTest
class KioskScreensTest {
    @TempDir
    Path data;
    /** Closed after each test, when one was started. */
    @AutoClose
    private KioskFixture kiosk;

    /** Takes the picture and checks the touch targets of what is showing. */
    private void look(String name) {
        assertThat(GuiActionRunner.execute(() -> kiosk.controller.frame().getContentPane().getSize()))
                .isEqualTo(Frames.SCREEN);
        kiosk.shot(name);
        assertThat(Frames.touchTargetCount(kiosk.controller.frame().getRootPane())).as(name + " targets")
                .isPositive();
        assertThat(Frames.touchTargetsSmallerThan(kiosk.controller.frame().getRootPane(), 64)).as(name)
                .isEmpty();
    }

    @Test
    void firstStart() {
        kiosk = new KioskFixture(data).start();
        kiosk.waitForScreen(Screen.FIRST_ADMIN);
        look("first-admin");
        kiosk.window.button("firstAdmin.begin").click();
        look("first-admin-name");
        kiosk.window.textBox("firstAdmin.name").enterText("Anna Lee");
        kiosk.window.button("firstAdmin.next").click();
        look("first-admin-pin");
        KioskFixture.enterPin(kiosk.window.panel("firstAdmin.pin"), "1357");
        KioskFixture.enterPin(kiosk.window.panel("firstAdmin.pin"), "1357");
        kiosk.waitUntil("the recovery code is shown", () -> has("firstAdmin.code.done")
                && kiosk.named("firstAdmin.code.done", Component.class).isShowing());
        look("first-admin-recovery-code");
    }

    @Test
    void forgotPinAtSignIn() {
        KioskFixture.seed(data, store -> {
            KioskFixture.therapist(store, "Anna Lee", Role.ADMIN, "9999");
            Stores.await(store.newRecoveryCode("Anna Lee", "first start"));
        });
        kiosk = new KioskFixture(data).start();
        kiosk.waitForScreen(Screen.SIGN_IN);
        kiosk.waitUntil("the tiles are shown", () -> has("tile.Anna Lee"));
        kiosk.window.button("tile.Anna Lee").click();
        kiosk.waitUntil("the PIN entry offers Forgot PIN?", () -> has("signIn.forgot")
                && kiosk.named("signIn.forgot", Component.class).isShowing());
        look("sign-in-admin-pin");
        kiosk.window.button("signIn.forgot").click();
        kiosk.waitUntil("the recovery code is asked", () -> kiosk.named("recovery.pad", Component.class)
                .isShowing());
        look("sign-in-recovery-code");
    }

    @Test
    void interruptedSessionsAndTheAdministratorOverlay() {
        AtomicLong id = new AtomicLong();
        KioskFixture.seed(data, store -> {
            KioskFixture.therapist(store, "Anna Lee", Role.ADMIN, "9999");
            Therapist tom = KioskFixture.therapist(store, "Tom Berger", Role.THERAPIST, "2468");
            Therapist kim = KioskFixture.therapist(store, "Kim Okafor", Role.THERAPIST, "8642");
            id.set(KioskFixture.runningSession(store, tom, "KM-0412", 3));
            KioskFixture.runningSession(store, kim, "TR-1187", 1);
        });
        kiosk = new KioskFixture(data).start();
        kiosk.waitForScreen(Screen.INTERRUPTED);
        kiosk.waitUntil("the sessions are listed", () -> has("interrupted.close." + id.get()));
        look("interrupted");

        kiosk.window.button("interrupted.close." + id.get()).click();
        look("interrupted-pin");
        kiosk.window.button("interrupted.adminInstead").click();
        KioskFixture.enterPin(kiosk.adminOverlay("Anna Lee"), "1111");
        kiosk.waitUntil("the wrong PIN is reported", () -> kiosk.named("adminOverlay.pin", PinEntry.class)
                .messageText().startsWith("Wrong PIN"));
        look("admin-overlay");
    }

    @Test
    void signInPickerAndSettings() throws Exception {
        KioskFixture.seed(data, store -> {
            KioskFixture.therapist(store, "Anna Lee", Role.ADMIN, "9999");
            KioskFixture.therapist(store, "Tom Berger", Role.THERAPIST, "2468");
            KioskFixture.therapist(store, "Maria Santos", Role.THERAPIST, "1357");
            KioskFixture.therapist(store, "Kim Okafor", Role.THERAPIST, "8642");
            for (int i = 0; i < 5; i++) {
                Stores.await(store.verifyPin("Maria Santos", "0000".toCharArray()));
            }
        });
        kiosk = new KioskFixture(data, KioskFixture.libraryWithInvalidFile(Files.createDirectories(
                data.resolve("protocols"))), data).start();
        kiosk.waitForScreen(Screen.SIGN_IN);
        kiosk.waitUntil("the tiles are shown", () -> has("tile.Maria Santos"));
        look("sign-in");

        kiosk.signIn("Tom Berger", "1111");
        kiosk.waitUntil("the wrong PIN is reported", () -> kiosk.named("signIn.pin", PinEntry.class)
                .messageText().startsWith("Wrong PIN"));
        look("sign-in-wrong-pin");
        kiosk.window.panel("signIn.pin").button("pinEntry.back").click();
        kiosk.waitUntil("the tiles are shown", () -> has("tile.Maria Santos"));
        kiosk.window.button("tile.Maria Santos").click();
        kiosk.waitUntil("the lock-out is shown", () -> kiosk.named("signIn.pin", PinEntry.class)
                .messageText().startsWith("Locked"));
        look("sign-in-locked");
        kiosk.window.panel("signIn.pin").button("pinEntry.back").click();

        kiosk.signIn("Anna Lee", "9999");
        kiosk.waitForScreen(Screen.PICKER);
        kiosk.window.panel("picker.invalid").requireVisible();
        look("picker-admin-invalid");

        kiosk.window.button("picker.settings").click();
        kiosk.waitForScreen(Screen.SETTINGS);
        look("settings");
    }

    private boolean has(String name) {
        try {
            kiosk.named(name, Component.class);
            return true;
        } catch (AssertionError notYet) {
            return false;
        }
    }
}
