package app.holdpoint.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JPanelFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.holdpoint.store.PinCheck;
import app.holdpoint.store.StoreConfig;
import app.holdpoint.store.Stores;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.common.PinEntry;
import app.holdpoint.ui.shell.KioskController.Screen;
import javax.swing.JButton;

@GuiTest
class SignInLockoutTest {
    @RegisterExtension
    final KioskExtension started = KioskExtension.seeded(KioskExtension.ADMIN_9999, KioskExtension.TOM_2468);
    /** Started before each test and closed after it by {@link #started}. */
    private KioskFixture kiosk;

    @Test
    void aWrongPinSaysHowManyAttemptsAreLeft() {
        kiosk.signIn("Tom", "1111");
        JPanelFixture pin = kiosk.window.panel("signIn.pin");
        String expected = kiosk.text.get("pin.wrong.left", StoreConfig.MAX_PIN_FAILURES - 1);
        kiosk.waitUntil("the wrong PIN is reported", () -> expected.equals(pinEntry().messageText()));
        assertThat(GuiActionRunner.execute(() -> pinEntry().padEnabled())).isTrue();
        assertThat(GuiActionRunner.execute(() -> kiosk.controller.showing())).isEqualTo(Screen.SIGN_IN);
    }

    @Test
    void fiveWrongPinsLockTheTherapistOutAndTheRightPinIsThenRefused() {
        kiosk.signIn("Tom", "1111");
        JPanelFixture pin = kiosk.window.panel("signIn.pin");
        for (int attempt = 2; attempt <= StoreConfig.MAX_PIN_FAILURES; attempt++) {
            int left = StoreConfig.MAX_PIN_FAILURES - attempt + 1;
            kiosk.waitUntil("attempt " + (attempt - 1) + " is answered",
                    () -> pinEntry().messageText().equals(kiosk.text.get("pin.wrong.left", left)));
            KioskFixture.enterPin(pin, "1111");
        }
        kiosk.waitUntil("the lock-out is shown", () -> pinEntry().messageText().startsWith("Locked"));
        assertThat(GuiActionRunner.execute(() -> pinEntry().padEnabled())).as("keypad while locked").isFalse();

        // The right PIN is refused while locked, whatever enters it.
        PinCheck right = Stores.await(kiosk.store.verifyPin("Tom", "2468".toCharArray()));
        assertThat(right.outcome()).isEqualTo(PinCheck.Outcome.LOCKED);

        // Back on the tiles, Tom's tile says he is locked, and tapping it keeps the keypad off.
        pin.button("pinEntry.back").click();
        kiosk.waitUntil("Tom's tile shows the lock-out",
                () -> kiosk.named("tile.Tom", JButton.class).getAccessibleContext().getAccessibleName()
                        .contains("locked until"));
        kiosk.window.button("tile.Tom").click();
        kiosk.waitUntil("the keypad is off", () -> !pinEntry().padEnabled()
                && pinEntry().messageText().startsWith("Locked"));
        assertThat(GuiActionRunner.execute(() -> kiosk.controller.signedIn().isPresent())).isFalse();
    }

    private PinEntry pinEntry() {
        return kiosk.named("signIn.pin", PinEntry.class);
    }
}
