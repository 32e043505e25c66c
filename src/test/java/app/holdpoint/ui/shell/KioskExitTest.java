package app.holdpoint.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.WindowEvent;

import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JPanelFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.shell.KioskController.Screen;
import app.holdpoint.ui.common.PinEntry;

@GuiTest
class KioskExitTest {
    @RegisterExtension
    final KioskExtension started = KioskExtension.seeded(KioskExtension.ADMIN_9999, KioskExtension.TOM_2468);
    /** Started before each test and closed after it by {@link #started}. */
    private KioskFixture kiosk;

    @Test
    void exitFromSettingsNeedsTheAdministratorsPinNotATherapists() {
        kiosk.openSettingsAs("Admin", "9999");
        kiosk.window.button("settings.exit").click();

        JPanelFixture overlay = kiosk.adminOverlay("Admin");
        assertThat(GuiActionRunner.execute(() -> kiosk.named("adminOverlay.pin", PinEntry.class).pad()
                .isShowing())).isTrue();
        KioskFixture.enterPin(overlay, "2468");
        kiosk.waitUntil("the therapist's PIN is refused", () -> kiosk.named("adminOverlay.pin", PinEntry.class)
                .messageText().startsWith("Wrong PIN"));
        assertThat(kiosk.exits).hasValue(0);
        assertThat(GuiActionRunner.execute(() -> kiosk.controller.frame().isDisplayable())).isTrue();

        KioskFixture.enterPin(overlay, "9999");
        kiosk.waitUntil("the kiosk has exited", () -> kiosk.exits.get() == 1);
        assertThat(GuiActionRunner.execute(() -> kiosk.controller.frame().isDisplayable())).isFalse();
    }

    @Test
    void closingTheWindowAsksForTheAdministratorAndCancelKeepsTheKiosk() {
        kiosk.waitForScreen(Screen.SIGN_IN);
        GuiActionRunner.execute(() -> kiosk.controller.frame().dispatchEvent(
                new WindowEvent(kiosk.controller.frame(), WindowEvent.WINDOW_CLOSING)));
        JPanelFixture overlay = kiosk.adminOverlay("Admin");
        overlay.button("pinEntry.back").click();

        assertThat(GuiActionRunner.execute(() -> kiosk.controller.adminOverlay().isOpen())).isFalse();
        assertThat(kiosk.exits).hasValue(0);
        assertThat(GuiActionRunner.execute(() -> kiosk.controller.frame().isDisplayable())).isTrue();

        GuiActionRunner.execute(() -> kiosk.controller.frame().dispatchEvent(
                new WindowEvent(kiosk.controller.frame(), WindowEvent.WINDOW_CLOSING)));
        KioskFixture.enterPin(kiosk.adminOverlay("Admin"), "9999");
        kiosk.waitUntil("the kiosk has exited", () -> kiosk.exits.get() == 1);
        assertThat(GuiActionRunner.execute(() -> kiosk.controller.frame().isDisplayable())).isFalse();
    }
}
