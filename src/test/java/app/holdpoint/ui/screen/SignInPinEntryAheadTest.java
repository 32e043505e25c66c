package app.holdpoint.ui.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.swing.AbstractButton;
import javax.swing.JFrame;
import javax.swing.JLabel;

import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.holdpoint.store.Role;
import app.holdpoint.store.Therapist;
import app.holdpoint.testsupport.Components;
import app.holdpoint.testsupport.Edt;
import app.holdpoint.ui.Frames;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.ScreenSize;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;

/**
 * Sign-in builds and paints its PIN entry ahead, as an administrator's tap shows it; whatever the order of that and
 * a tap, the tap shows the tapped therapist's heading, and "Forgot PIN?" only for an administrator.
 */
@GuiTest
class SignInPinEntryAheadTest {
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private final ExecutorService reads = Executors.newSingleThreadExecutor();
    private SignInScreen screen;
    private JFrame frame;

    @BeforeEach
    void showTiles() {
        Theme theme = Frames.installFor(ScreenSize.S1280x800, Theme.Variant.DARK);
        List<Therapist> therapists = List.of(
                new Therapist(1, "Anna Lee", Role.ADMIN, false, 0, Optional.empty(), NOW),
                new Therapist(2, "Tom Berger", Role.THERAPIST, false, 0, Optional.empty(), NOW));
        screen = GuiActionRunner.execute(() -> new SignInScreen(theme, new Text(Locale.ENGLISH),
                ListedTherapists.of(therapists), reads, Clock.fixed(NOW, ZoneOffset.UTC), who -> { }));
        frame = Frames.show(screen, ScreenSize.S1280x800);
        GuiActionRunner.execute(screen::refresh);
        Edt.waitFor("the tiles are shown", Timeout.timeout(20_000),
                () -> Components.named(screen, "tile.Tom Berger") != null);
    }

    @AfterEach
    void close() {
        GuiActionRunner.execute(frame::dispose);
        reads.shutdownNow();
    }

    @Test
    void builtAheadItLeavesNothingForTheNextTap() {
        GuiActionRunner.execute(screen::buildLaterPages);
        assertThat(showing("tile.Tom Berger")).as("the tiles stay on screen").isTrue();

        tap("tile.Tom Berger");
        assertThat(heading()).contains("Tom Berger").doesNotContain("Anna Lee");
        assertThat(showing("signIn.forgot")).as("Forgot PIN? for a therapist").isFalse();
        assertThat(GuiActionRunner.execute(() -> screen.pinEntry().padEnabled())).isTrue();
    }

    @Test
    void aTapBeforeItKeepsItsOwnHeadingAndKeys() {
        tap("tile.Tom Berger");
        GuiActionRunner.execute(screen::buildLaterPages);

        assertThat(heading()).contains("Tom Berger").doesNotContain("Anna Lee");
        assertThat(showing("signIn.forgot")).isFalse();
        assertThat(GuiActionRunner.execute(() -> screen.pinEntry().padEnabled())).isTrue();
    }

    @Test
    void anAdministratorsTapAfterItShowsForgotPin() {
        GuiActionRunner.execute(screen::buildLaterPages);
        tap("tile.Anna Lee");
        assertThat(heading()).contains("Anna Lee");
        assertThat(showing("signIn.forgot")).isTrue();
    }

    private void tap(String name) {
        GuiActionRunner.execute(() -> {
            ((AbstractButton) Components.named(screen, name)).doClick(0);
            frame.validate();
            return null;
        });
    }

    private String heading() {
        return GuiActionRunner.execute(() -> ((JLabel) Components.named(screen, "pinEntry.title")).getText());
    }

    private boolean showing(String name) {
        return GuiActionRunner.execute(() -> {
            Component found = Components.named(screen, name);
            return found != null && found.isShowing();
        });
    }
}
