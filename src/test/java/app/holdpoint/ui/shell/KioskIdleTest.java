package app.holdpoint.ui.shell;

import app.holdpoint.session.FakeTicker;
import app.holdpoint.ui.theme.Theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.store.Role;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.settings.KioskSettings;
import app.holdpoint.ui.shell.KioskController.Screen;

@GuiTest
class KioskIdleTest {
    @TempDir
    Path data;
    private KioskFixture kiosk;

    @BeforeEach
    void open() {
        KioskFixture.seed(data, store -> KioskFixture.therapist(store, "Tom", Role.THERAPIST, "2468"));
        kiosk = new KioskFixture(data).start();
        kiosk.signIn("Tom", "2468");
        kiosk.waitForScreen(Screen.PICKER);
    }

    @AfterEach
    void close() {
        kiosk.close();
    }

    /** Moves the ticker and checks, in one EDT task, so no stray event can count as activity in between. */
    private boolean idleAfter(Consumer<FakeTicker> move) {
        return GuiActionRunner.execute(() -> {
            move.accept(kiosk.ticker);
            return kiosk.controller.checkIdle();
        });
    }

    private Duration timeout() {
        return kiosk.services.settings().current().idleTimeout();
    }

    @Test
    void signsOutAfterTheIdleTimeout() {
        assertThat(idleAfter(t -> t.advance(timeout().minusSeconds(1)))).as("a second early").isFalse();
        assertThat(GuiActionRunner.execute(kiosk.controller::showing)).isEqualTo(Screen.PICKER);

        assertThat(idleAfter(t -> t.advanceSeconds(1))).isTrue();
        assertThat(GuiActionRunner.execute(kiosk.controller::showing)).isEqualTo(Screen.SIGN_IN);
        assertThat(GuiActionRunner.execute(() -> kiosk.controller.signedIn().isPresent())).isFalse();
    }

    @Test
    void neverSignsOutDuringASession() {
        kiosk.window.panel("protocol." + kiosk.services.library().protocols().get(0).id()).click();
        kiosk.waitForScreen(Screen.FLOW);
        assertThat(GuiActionRunner.execute(() -> kiosk.controller.sessionFlow().inSession())).isTrue();

        assertThat(idleAfter(t -> t.advance(timeout().multipliedBy(10)))).isFalse();
        assertThat(GuiActionRunner.execute(kiosk.controller::showing)).isEqualTo(Screen.FLOW);
        assertThat(GuiActionRunner.execute(() -> kiosk.controller.signedIn().isPresent())).isTrue();
    }

    @Test
    void aNewTimeoutAppliesAtOnce() throws Exception {
        KioskSettings longer = new KioskSettings(50, false, Theme.Variant.DARK, List.of(),
                Duration.ofMinutes(30));
        GuiActionRunner.execute(() -> {
            kiosk.services.settings().update(longer);
            return null;
        });
        assertThat(idleAfter(t -> t.advance(KioskSettings.DEFAULTS.idleTimeout().plusMinutes(1))))
                .as("the old timeout no longer applies").isFalse();
        assertThat(idleAfter(t -> t.advance(Duration.ofMinutes(30)))).isTrue();
    }
}
