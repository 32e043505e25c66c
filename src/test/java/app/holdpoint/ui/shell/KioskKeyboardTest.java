package app.holdpoint.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;

import javax.swing.JToggleButton;

import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.holdpoint.store.Role;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.shell.KioskController.Screen;
import app.holdpoint.ui.widget.ClientRefPad;

/**
 * A hardware keyboard and a USB barcode scanner (which types like a keyboard, capitals with Shift, then Enter)
 * work the on-screen pads of the real kiosk, with nobody giving the pads focus by hand.
 */
@GuiTest
class KioskKeyboardTest {
    @RegisterExtension
    final KioskExtension started = KioskExtension.seeded(new KioskExtension.Seat("Anna Lee", Role.ADMIN, "9999"),
            new KioskExtension.Seat("Tom Berger", Role.THERAPIST, "2468"));
    /** Started before each test and closed after it by {@link #started}. */
    private KioskFixture kiosk;

    @BeforeEach
    void showSignIn() {
        kiosk.waitForScreen(Screen.SIGN_IN);
    }

    /** Types as a keyboard or scanner does: capitals with Shift held, the hyphen on its own key. */
    private void type(String keys) {
        Robot robot = kiosk.window.robot();
        for (char c : keys.toCharArray()) {
            if (c == '\n') {
                robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
            } else if (c == '-') {
                robot.pressAndReleaseKeys(KeyEvent.VK_MINUS);
            } else if (Character.isUpperCase(c)) {
                robot.pressKey(KeyEvent.VK_SHIFT);
                robot.pressAndReleaseKeys(KeyEvent.getExtendedKeyCodeForChar(c));
                robot.releaseKey(KeyEvent.VK_SHIFT);
            } else {
                robot.pressAndReleaseKeys(KeyEvent.getExtendedKeyCodeForChar(c));
            }
        }
        robot.waitForIdle();
    }

    private void tapTile(String name) {
        kiosk.waitUntil("the tile of " + name + " is shown", () -> kiosk.showing("tile." + name));
        kiosk.window.button("tile." + name).click();
    }

    @Test
    void aTypedPinAndEnterSignIn() {
        tapTile("Tom Berger");
        type("2468\n");
        kiosk.waitForScreen(Screen.PICKER);
        assertThat(GuiActionRunner.execute(() -> kiosk.controller.signedIn().orElseThrow().name()))
                .isEqualTo("Tom Berger");
    }

    @Test
    void backspaceTakesBackATypedDigit() {
        tapTile("Tom Berger");
        type("24681");
        kiosk.window.robot().pressAndReleaseKeys(KeyEvent.VK_BACK_SPACE);
        type("\n");
        kiosk.waitForScreen(Screen.PICKER);
    }

    @Test
    void aScannedReferenceAndEnterFillTheClientPadAndGoOn() {
        tapTile("Tom Berger");
        type("2468\n");
        kiosk.waitForScreen(Screen.PICKER);
        kiosk.window.panel("protocol.home-self-massage").click();
        kiosk.waitUntil("the client pad shows", () -> kiosk.named("clientRefPad", ClientRefPad.class).isShowing());

        type("KM-0412\n");
        kiosk.waitUntil("the reference is filled", () -> kiosk.named("clientRefPad", ClientRefPad.class).value()
                .equals("KM-0412"));
        kiosk.waitUntil("Enter confirmed it: the screening page shows", () -> kiosk.named("prepare.tab.screening",
                JToggleButton.class).isSelected());
    }
}
