package app.holdpoint.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import javax.swing.JComponent;
import javax.swing.JTextArea;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.store.RecoveryCheck;
import app.holdpoint.store.Role;
import app.holdpoint.store.Stores;
import app.holdpoint.store.TherapistEvent;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.screen.SettingsScreen;
import app.holdpoint.ui.shell.KioskController.Screen;
import java.awt.Component;
import java.awt.Rectangle;

/** An administrator makes a new recovery code in Settings: confirmed first, shown once, the old one void. */
@GuiTest
class SettingsRecoveryCodeTest {
    @TempDir
    Path data;
    /** Closed after each test, when one was started. */
    @AutoClose
    private KioskFixture kiosk;

    private String firstCode() {
        AtomicReference<String> code = new AtomicReference<>();
        KioskFixture.seed(data, store -> {
            KioskFixture.therapist(store, "Admin", Role.ADMIN, "9999");
            code.set(Stores.await(store.newRecoveryCode("Admin", "first start")));
        });
        kiosk = new KioskFixture(data).start();
        kiosk.openSettingsAs("Admin", "9999");
        return code.get();
    }

    /** Scrolls the form to the button (the recovery code is its last row), then taps it. */
    private void tap(String name) {
        GuiActionRunner.execute(() -> {
            JComponent button = kiosk.named(name, JComponent.class);
            button.scrollRectToVisible(new Rectangle(button.getSize()));
        });
        kiosk.window.button(name).click();
    }

    private boolean showing(String name) {
        return GuiActionRunner.execute(() -> kiosk.named(name, Component.class).isShowing());
    }

    private String shownCode() {
        return GuiActionRunner.execute(() -> kiosk.named("settings", SettingsScreen.class).recoveryCodeShown());
    }

    private RecoveryCheck check(String code) {
        return Stores.await(kiosk.store.checkRecoveryCode(code.toCharArray()));
    }

    @Test
    void aConfirmedNewCodeIsShownOnceUnlocksAndTheOldOneStopsWorking() {
        String old = firstCode();

        GuiActionRunner.execute(() -> kiosk.controller.frame().setSize(1024, 600)); // the smallest kiosk screen
        tap("settings.recovery.new");
        assertThat(showing("settings.recovery.confirm")).isTrue();
        GuiActionRunner.execute(() -> { }); // the form scrolls to the question after its layout
        kiosk.shot("settings-recovery-confirm");
        assertThat(GuiActionRunner.execute(() -> kiosk.named("settings.recovery.confirm", JTextArea.class)
                .getText())).isEqualTo(kiosk.text.get("settings.recovery.confirm"));
        tap("settings.recovery.make");
        kiosk.waitUntil("the new code is shown", () -> !shownCode().isEmpty());
        String code = shownCode();
        assertThat(code).matches("[A-Z2-7]{5}(-[A-Z2-7]{5}){3}").isNotEqualTo(old);
        kiosk.shot("settings-recovery-code");

        kiosk.window.button("settings.code.done").click();
        kiosk.waitUntil("the form is back", () -> showing("settings.recovery.new"));
        assertThat(shownCode()).isEmpty();
        kiosk.window.textBox("settings.message").requireText(kiosk.text.get("settings.recovery.made"));

        assertThat(check(old).outcome()).isNotEqualTo(RecoveryCheck.Outcome.ACCEPTED);
        assertThat(check(code).accepted()).isTrue();
        assertThat(kiosk.store.therapistEvents()).anySatisfy(event -> {
            assertThat(event.therapistName()).isEqualTo("Admin");
            assertThat(event.action()).isEqualTo(TherapistEvent.RECOVERY_CODE);
            assertThat(event.actor()).isEqualTo("Admin (kiosk)");
        });
    }

    @Test
    void aCodeLeftOnScreenIsForgottenWhenTheKioskSignsOutForIdleness() {
        firstCode();
        tap("settings.recovery.new");
        tap("settings.recovery.make");
        kiosk.waitUntil("the new code is shown", () -> !shownCode().isEmpty());

        boolean signedOut = GuiActionRunner.execute(() -> {
            kiosk.ticker.advance(kiosk.services.settings().current().idleTimeout().plusSeconds(1));
            return kiosk.controller.checkIdle();
        });

        assertThat(signedOut).isTrue();
        kiosk.waitForScreen(Screen.SIGN_IN);
        assertThat(shownCode()).as("the code after an idle sign-out").isEmpty();
    }

    @Test
    void keepingTheCurrentCodeMakesNone() {
        String old = firstCode();

        tap("settings.recovery.new");
        tap("settings.recovery.cancel");
        assertThat(showing("settings.recovery.new")).isTrue();
        assertThat(showing("settings.recovery.confirm")).isFalse();
        assertThat(shownCode()).isEmpty();
        assertThat(kiosk.store.therapistEvents()).noneSatisfy(event ->
                assertThat(event.actor()).isEqualTo("Admin (kiosk)"));
        assertThat(check(old).accepted()).isTrue();
    }
}
