package app.holdpoint.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.swing.JComponent;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.store.Role;
import app.holdpoint.store.Stores;
import app.holdpoint.store.Therapist;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.shell.KioskController.Screen;

/** Needling protocols are marked, and cannot be chosen, for a therapist without a dry-needling credential. */
@GuiTest
class PickerCredentialTest {
    @TempDir
    Path data;
    private KioskFixture kiosk;

    @AfterEach
    void close() {
        kiosk.close();
    }

    private List<Protocol> needling() {
        return kiosk.services.library().protocols().stream().filter(Protocol::hasNeedling).toList();
    }

    @Test
    void withoutTheCredentialNeedlingIsMarkedAndCannotBeChosen() {
        KioskFixture.seed(data, store -> KioskFixture.therapist(store, "Tom Berger", Role.THERAPIST, "2468"));
        kiosk = new KioskFixture(data).start();
        kiosk.signIn("Tom Berger", "2468");
        kiosk.waitForScreen(Screen.PICKER);
        assertThat(needling()).isNotEmpty();
        Protocol first = needling().get(0);
        kiosk.waitUntil("the needling cards say why", () -> needling().stream()
                .allMatch(p -> kiosk.named("protocol." + p.id() + ".unavailable", Component.class) != null));
        assertThat(kiosk.services.library().protocols().stream().filter(p -> !p.hasNeedling()))
                .noneMatch(p -> kiosk.showing("protocol." + p.id() + ".unavailable"));

        GuiActionRunner.execute(() -> {
            kiosk.named("protocol." + first.id(), JComponent.class).scrollRectToVisible(
                    new Rectangle(0, 0, 10, 10));
            return null;
        });
        kiosk.window.panel("protocol." + first.id()).click();
        kiosk.window.robot().waitForIdle();
        assertThat(GuiActionRunner.execute(() -> kiosk.controller.showing())).isEqualTo(Screen.PICKER);
    }

    @Test
    void withTheCredentialNeedlingCanBeChosen() {
        KioskFixture.seed(data, store -> {
            Therapist admin = KioskFixture.therapist(store, "Anna Lee", Role.ADMIN, "9999");
            KioskFixture.therapist(store, "Tom Berger", Role.THERAPIST, "2468");
            Stores.await(store.grantDryNeedling("Tom Berger", "", Optional.empty(), admin.id()));
        });
        kiosk = new KioskFixture(data).start();
        kiosk.signIn("Tom Berger", "2468");
        kiosk.waitForScreen(Screen.PICKER);
        Protocol first = needling().get(0);
        kiosk.waitUntil("the needling card shows", () -> kiosk.showing("protocol." + first.id()));
        assertThat(kiosk.showing("protocol." + first.id() + ".unavailable")).isFalse();
        GuiActionRunner.execute(() -> {
            kiosk.named("protocol." + first.id(), JComponent.class).scrollRectToVisible(
                    new Rectangle(0, 0, 10, 10));
            return null;
        });
        kiosk.window.panel("protocol." + first.id()).click();
        kiosk.waitForScreen(Screen.FLOW);
    }
}
