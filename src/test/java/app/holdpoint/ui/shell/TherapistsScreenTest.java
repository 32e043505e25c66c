package app.holdpoint.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JPanelFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.holdpoint.store.PinCheck;
import app.holdpoint.store.Role;
import app.holdpoint.store.Stores;
import app.holdpoint.store.Therapist;
import app.holdpoint.ui.Frames;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.shell.KioskController.Screen;
import java.awt.Component;
import java.time.LocalDate;
import javax.swing.JButton;
import javax.swing.JLabel;

@GuiTest
class TherapistsScreenTest {
    @RegisterExtension
    final KioskExtension started = KioskExtension.seeded(KioskExtension.ADMIN_9999, KioskExtension.TOM_2468);
    /** Started before each test and closed after it by {@link #started}. */
    private KioskFixture kiosk;

    @BeforeEach
    void openTherapists() {
        kiosk.openSettingsAs("Admin", "9999");
        kiosk.window.button("settings.therapists").click();
        kiosk.waitForScreen(Screen.THERAPISTS);
        kiosk.waitUntil("the list is shown", () -> has("therapists.disable.Tom"));
    }

    @Test
    void anAdministratorAddsATherapistWithAPinEnteredTwice() {
        assertThat(Frames.touchTargetsSmallerThan(kiosk.controller.frame().getRootPane(), 64)).isEmpty();
        kiosk.shot("therapists");
        kiosk.window.button("therapists.add").click();
        kiosk.waitForScreen(Screen.ADD_THERAPIST);
        kiosk.window.textBox("firstAdmin.name").enterText("Lina Park");
        assertThat(Frames.touchTargetsSmallerThan(kiosk.controller.frame().getRootPane(), 64)).isEmpty();
        kiosk.shot("therapists-add");
        kiosk.window.button("firstAdmin.next").click();
        JPanelFixture pin = kiosk.window.panel("addTherapist").panel("firstAdmin.pin");
        KioskFixture.enterPin(pin, "5555");
        KioskFixture.enterPin(pin, "5555");

        kiosk.waitForScreen(Screen.THERAPISTS);
        kiosk.waitUntil("Lina is listed", () -> has("therapists.disable.Lina Park"));
        Therapist lina = kiosk.store.therapist("Lina Park").orElseThrow();
        assertThat(lina.role()).isEqualTo(Role.THERAPIST);
        assertThat(Stores.await(kiosk.store.verifyPin("Lina Park", "5555".toCharArray())).accepted()).isTrue();
    }

    @Test
    void aDisabledTherapistCanNoLongerSignIn() {
        assertThat(GuiActionRunner.execute(() -> has("therapists.disable.Admin"))).as("no disabling oneself")
                .isFalse();
        kiosk.window.button("therapists.disable.Tom").click();
        kiosk.waitUntil("Tom is shown disabled", () -> !has("therapists.disable.Tom"));

        assertThat(kiosk.store.therapist("Tom").orElseThrow().disabled()).isTrue();
        assertThat(Stores.await(kiosk.store.verifyPin("Tom", "2468".toCharArray())).outcome())
                .isEqualTo(PinCheck.Outcome.DISABLED);
        kiosk.window.button("therapists.back").click();
        kiosk.waitForScreen(Screen.SETTINGS);
        kiosk.window.button("settings.back").click();
        kiosk.window.button("picker.signOut").click();
        kiosk.waitForScreen(Screen.SIGN_IN);
        kiosk.waitUntil("the tiles are shown", () -> has("tile.Admin"));
        assertThat(GuiActionRunner.execute(() -> has("tile.Tom"))).isFalse();
    }

    @Test
    void anAdministratorGrantsAndWithdrawsTheDryNeedlingCredential() {
        kiosk.window.button("therapists.needling.Tom").requireText(kiosk.text.get("therapists.needling.grant"))
                .click();
        kiosk.waitUntil("Tom holds the credential", () -> kiosk.store.therapist("Tom").orElseThrow()
                .dryNeedling().isPresent());
        kiosk.waitUntil("the list says so", () -> kiosk.named("therapists.state.Tom", JLabel.class)
                .getText().contains(kiosk.text.get("therapists.needling")));
        Therapist tom = kiosk.store.therapist("Tom").orElseThrow();
        assertThat(tom.dryNeedling().orElseThrow().grantedBy())
                .isEqualTo(kiosk.store.therapist("Admin").orElseThrow().id());

        kiosk.waitUntil("the button now withdraws", () -> kiosk.named("therapists.needling.Tom",
                JButton.class).getText().equals(kiosk.text.get("therapists.needling.revoke")));
        kiosk.window.button("therapists.needling.Tom").click();
        kiosk.waitUntil("Tom no longer may needle", () -> !kiosk.store.therapist("Tom").orElseThrow()
                .mayNeedleOn(LocalDate.now(kiosk.clock)));
    }

    private boolean has(String name) {
        try {
            kiosk.named(name, Component.class);
            return true;
        } catch (AssertionError notThere) {
            return false;
        }
    }
}
