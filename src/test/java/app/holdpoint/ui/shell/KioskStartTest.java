package app.holdpoint.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.nio.file.Path;
import javax.swing.JButton;
import javax.swing.JLabel;
import org.assertj.core.groups.Tuple;

import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JPanelFixture;
import app.holdpoint.testsupport.Components;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.store.Role;
import app.holdpoint.store.Therapist;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.shell.KioskController.Screen;

@GuiTest
class KioskStartTest {
    @TempDir
    Path data;
    /** Closed after each test, when one was started. */
    @AutoClose
    private KioskFixture kiosk;

    @Test
    void firstStartCreatesTheAdministratorThenSignsIn() {
        kiosk = new KioskFixture(data).start();
        kiosk.waitForScreen(Screen.FIRST_ADMIN);
        kiosk.window.panel("firstAdmin.welcome").requireVisible();
        kiosk.window.button("firstAdmin.begin").click();

        JPanelFixture letters = kiosk.window.panel("letterPad");
        for (String key : new String[] {"A", "N", "N", "A", "space", "L", "E", "E"}) {
            letters.button("key." + key).click();
        }
        kiosk.window.textBox("firstAdmin.name").requireText("Anna Lee");
        kiosk.window.button("firstAdmin.next").click();
        JPanelFixture pin = kiosk.window.panel("firstAdmin.pin");
        KioskFixture.enterPin(pin, "1357");
        KioskFixture.enterPin(pin, "1357");

        // The recovery code is shown once, to be written down; only its hash is kept.
        kiosk.waitUntil("the recovery code is shown", () -> kiosk.named("firstAdmin.code", JLabel.class)
                .isShowing() && !kiosk.named("firstAdmin.code", JLabel.class).getText().isEmpty());
        assertThat(kiosk.window.label("firstAdmin.code").text()).matches("[A-Z2-7]{5}(-[A-Z2-7]{5}){3}");
        assertThat(kiosk.store.hasRecoveryCode()).isTrue();
        assertThat(GuiActionRunner.execute(() -> kiosk.controller.showing())).isEqualTo(Screen.FIRST_ADMIN);
        kiosk.window.button("firstAdmin.code.done").click();

        kiosk.waitForScreen(Screen.SIGN_IN);
        assertThat(kiosk.store.therapists()).extracting(Therapist::name, Therapist::role)
                .containsExactly(Tuple.tuple("Anna Lee", Role.ADMIN));

        kiosk.signIn("Anna Lee", "1357");
        kiosk.waitForScreen(Screen.PICKER);
        assertThat(GuiActionRunner.execute(() -> kiosk.controller.signedIn().orElseThrow().isAdmin())).isTrue();
        kiosk.window.button("picker.settings").requireVisible();
        kiosk.window.button("picker.audit").requireVisible();
    }

    @Test
    void theWelcomeSaysWhatComesThenEnterOpensTheNamePageReadyForTyping() {
        kiosk = new KioskFixture(data).start();
        kiosk.waitForScreen(Screen.FIRST_ADMIN);

        // What the first start asks for, the recovery code's pen and paper among it, before any of it is asked.
        for (String step : new String[] {"name", "pin", "code"}) {
            kiosk.window.textBox("firstAdmin.step." + step).requireText(kiosk.text.get("first.step." + step));
        }
        // The letters are not part of the first screen: they are built behind it, while the welcome is read.
        assertThat(GuiActionRunner.execute(() -> kiosk.showing("letterPad"))).isFalse();
        kiosk.waitUntil("the name page is built behind the welcome",
                () -> Components.named(kiosk.controller.frame().getRootPane(), "letterPad") != null);
        assertThat(GuiActionRunner.execute(() -> kiosk.showing("letterPad"))).isFalse();

        kiosk.window.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        kiosk.waitUntil("the name page is shown", () -> kiosk.showing("letterPad"));
        kiosk.window.textBox("firstAdmin.name").requireFocused();
        kiosk.window.textBox("firstAdmin.name").enterText("Bo");
        kiosk.window.textBox("firstAdmin.name").requireText("Bo");
    }

    @Test
    void twoDifferentPinsAreRefusedAndNothingIsSaved() {
        kiosk = new KioskFixture(data).start();
        kiosk.waitForScreen(Screen.FIRST_ADMIN);
        kiosk.window.button("firstAdmin.begin").click();
        kiosk.window.textBox("firstAdmin.name").enterText("Bo");
        kiosk.window.button("firstAdmin.next").click();
        JPanelFixture pin = kiosk.window.panel("firstAdmin.pin");
        KioskFixture.enterPin(pin, "1357");
        KioskFixture.enterPin(pin, "2468");

        pin.textBox("pinEntry.message").requireText(kiosk.text.get("first.mismatch"));
        assertThat(GuiActionRunner.execute(() -> kiosk.controller.showing())).isEqualTo(Screen.FIRST_ADMIN);
        assertThat(kiosk.store.therapists()).isEmpty();
    }

    @Test
    void aTherapistSeesNeitherSettingsNorAudit() {
        KioskFixture.seed(data, store -> {
            KioskFixture.therapist(store, "Admin", Role.ADMIN, "9999");
            KioskFixture.therapist(store, "Tom", Role.THERAPIST, "2468");
        });
        kiosk = new KioskFixture(data).start();
        kiosk.signIn("Tom", "2468");
        kiosk.waitForScreen(Screen.PICKER);

        kiosk.window.button("picker.signOut").requireVisible();
        assertThat(GuiActionRunner.execute(() -> kiosk.named("picker.settings", JButton.class)
                .isShowing())).isFalse();
        assertThat(GuiActionRunner.execute(() -> kiosk.named("picker.audit", JButton.class)
                .isShowing())).isFalse();
        kiosk.window.button("picker.signOut").click();
        kiosk.waitForScreen(Screen.SIGN_IN);
        assertThat(GuiActionRunner.execute(() -> kiosk.controller.signedIn().isPresent())).isFalse();
    }
}
