package app.holdpoint.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.groups.Tuple;

import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JPanelFixture;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.store.Role;
import app.holdpoint.store.StoreConfig;
import app.holdpoint.store.Stores;
import app.holdpoint.store.TherapistEvent;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.screen.RecoveryScreen;
import app.holdpoint.ui.screen.SignInScreen;
import app.holdpoint.ui.shell.KioskController.Screen;
import java.awt.Component;

/** "Forgot PIN?" at the sign-in screen: the recovery code, then a new PIN; wrong codes count like wrong PINs. */
@GuiTest
class RecoveryAtSignInTest {
    @TempDir
    Path data;

    /** Closed after each test, when one was started. */
    @AutoClose
    private KioskFixture kiosk;

    private static void typeCode(JPanelFixture pad, String code) {
        for (char c : code.toCharArray()) {
            pad.button("key." + c).click();
        }
        pad.button("key.ok").click();
    }

    @Test
    void aLockedOutAdministratorChoosesANewPinWithTheRecoveryCode() {
        AtomicReference<String> code = new AtomicReference<>();
        KioskFixture.seed(data, store -> {
            KioskFixture.therapist(store, "Bea", Role.ADMIN, "9999");
            code.set(Stores.await(store.newRecoveryCode("Bea", "first start")));
            for (int i = 0; i < StoreConfig.MAX_PIN_FAILURES; i++) {
                Stores.await(store.verifyPin("Bea", "0000".toCharArray()));
            }
        });
        kiosk = new KioskFixture(data).start();
        openPin("Bea");
        kiosk.waitUntil("the lock-out is said", () -> signInMessage().startsWith("Locked"));

        kiosk.window.button("signIn.forgot").click();
        JPanelFixture pad = kiosk.window.panel("recovery.pad");
        typeCode(pad, "AAAAABBBBBCCCCCDDDDD");
        kiosk.waitUntil("the wrong code is counted", () -> kiosk.named("recovery", RecoveryScreenAccess.TYPE)
                .messageText().equals(kiosk.text.get("recovery.wrong", StoreConfig.MAX_PIN_FAILURES - 1)));

        typeCode(kiosk.window.panel("recovery.pad"), code.get());
        JPanelFixture pin = kiosk.window.panel("recovery.pin");
        kiosk.waitUntil("the new PIN is asked", () -> kiosk.named("recovery.pin", Component.class)
                .isShowing());
        KioskFixture.enterPin(pin, "2468");
        KioskFixture.enterPin(pin, "2468");

        kiosk.waitUntil("the PIN entry says the new PIN is saved", () -> kiosk.named("signIn.pin",
                Component.class).isShowing() && signInMessage().equals(kiosk.text.get("recovery.saved", "Bea")));
        KioskFixture.enterPin(kiosk.window.panel("signIn.pin"), "2468");
        kiosk.waitForScreen(Screen.PICKER);
        assertThat(kiosk.store.therapistEvents()).extracting(TherapistEvent::action, TherapistEvent::actor)
                .last().isEqualTo(Tuple.tuple("reset-pin", "recovery code"));
    }

    @Test
    void aTherapistIsNotOfferedTheRecoveryCode() {
        KioskFixture.seed(data, store -> {
            KioskFixture.therapist(store, "Bea", Role.ADMIN, "9999");
            KioskFixture.therapist(store, "Tom", Role.THERAPIST, "2468");
        });
        kiosk = new KioskFixture(data).start();
        openPin("Tom");
        assertThat(GuiActionRunner.execute(() -> showing("signIn.forgot"))).isFalse();
        kiosk.window.button("pinEntry.back").click();
        openPin("Bea");
        assertThat(GuiActionRunner.execute(() -> showing("signIn.forgot"))).isTrue();
    }

    private String signInMessage() {
        return kiosk.named("signIn", SignInScreen.class).pinEntry().messageText();
    }

    private boolean showing(String name) {
        try {
            return kiosk.named(name, Component.class).isShowing();
        } catch (AssertionError none) {
            return false;
        }
    }

    /** Taps the tile (the list may be rebuilt under the first tap, as in {@link KioskFixture#signIn}). */
    private void openPin(String name) {
        kiosk.waitForScreen(Screen.SIGN_IN);
        kiosk.waitUntil("the tile of " + name + " is shown", () -> showing("tile." + name));
        for (int attempt = 0; attempt < 3 && !GuiActionRunner.execute(() -> showing("signIn.pin")); attempt++) {
            kiosk.window.robot().waitForIdle();
            kiosk.window.button("tile." + name).click();
            kiosk.window.robot().waitForIdle();
        }
        kiosk.waitUntil(name + "'s PIN is asked", () -> showing("signIn.pin"));
    }

    /** The screen's class, for {@link KioskFixture#named}. */
    private static final class RecoveryScreenAccess {
        static final Class<RecoveryScreen> TYPE = RecoveryScreen.class;
    }
}
