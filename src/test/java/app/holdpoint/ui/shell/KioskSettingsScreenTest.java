package app.holdpoint.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import javax.swing.JComponent;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.store.Role;
import app.holdpoint.testsupport.TestProtocols;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.settings.KioskSettings;
import app.holdpoint.ui.sound.Voice;
import app.holdpoint.ui.theme.Theme;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;

@GuiTest
class KioskSettingsScreenTest {
    @TempDir
    Path data;
    private KioskFixture kiosk;

    @AfterEach
    void close() {
        if (kiosk != null) {
            GuiActionRunner.execute(() -> kiosk.theme.switchTo(Theme.Variant.DARK));
            kiosk.close();
        }
    }

    private void openSettings(KioskFixture fixture) {
        kiosk = fixture.start();
        kiosk.openSettingsAs("Admin", "9999");
    }

    @Test
    void savedSettingsAreWrittenReloadedAndApplied() {
        KioskFixture.seed(data, store -> KioskFixture.therapist(store, "Admin", Role.ADMIN, "9999"));
        openSettings(new KioskFixture(data));
        KioskSettings before = kiosk.services.settings().current();

        kiosk.window.button("settings.volume.less").click();
        kiosk.window.button("settings.volume.less").click();
        kiosk.window.toggleButton("settings.mute").click();
        kiosk.window.toggleButton("settings.theme.light").click();
        kiosk.window.button("settings.idle.more").click();
        kiosk.window.button("settings.pedals.remove." + before.pedalKeys().get(0)).click();
        kiosk.window.button("settings.save").click();

        KioskSettings expected = new KioskSettings(before.volume() - 20, true, Theme.Variant.LIGHT,
                before.pedalKeys().subList(1, before.pedalKeys().size()), before.idleTimeout().plusMinutes(1));
        assertThat(KioskSettings.load(data)).isEqualTo(expected);
        assertThat(kiosk.services.settings().current()).isEqualTo(expected);
        assertThat(GuiActionRunner.execute(() -> kiosk.theme.variant())).isEqualTo(Theme.Variant.LIGHT);
        assertThat(kiosk.sound.volume()).isEqualTo((before.volume() - 20) / 100.0);
        assertThat(kiosk.sound.isMuted()).isTrue();
        kiosk.window.textBox("settings.message").requireText(kiosk.text.get("settings.saved"));
    }

    @Test
    void theDisplaySizeIsChosenOrLeftAutomatic() {
        KioskFixture.seed(data, store -> KioskFixture.therapist(store, "Admin", Role.ADMIN, "9999"));
        openSettings(new KioskFixture(data));
        tap("settings.size.more");
        tap("settings.size.more");
        kiosk.window.label("settings.size").requireText("120 %");
        kiosk.window.button("settings.save").click();
        assertThat(KioskSettings.load(data).scale()).contains(1.2f);

        tap("settings.size.auto");
        kiosk.window.button("settings.save").click();
        assertThat(KioskSettings.load(data).scale()).isEmpty();
        kiosk.window.label("settings.size").requireText("100 %");
    }

    @Test
    void theCarryOverPeriodIsSetInStepsAndTurnsOff() {
        KioskFixture.seed(data, store -> KioskFixture.therapist(store, "Admin", Role.ADMIN, "9999"));
        openSettings(new KioskFixture(data));
        kiosk.window.label("settings.carryOver").requireText("30 days");
        tap("settings.carryOver.less");
        kiosk.window.label("settings.carryOver").requireText("21 days");
        kiosk.window.button("settings.save").click();
        assertThat(KioskSettings.load(data).carryOverDays()).isEqualTo(21);
        assertThat(kiosk.services.settings().current().carryOverPeriod()).isEqualTo(Duration.ofDays(21));

        for (int i = 0; i < 7; i++) {
            tap("settings.carryOver.less");
        }
        kiosk.window.label("settings.carryOver").requireText("Off");
        tap("settings.carryOver.less");
        kiosk.window.label("settings.carryOver").requireText("Off");
        kiosk.window.button("settings.save").click();
        assertThat(KioskSettings.load(data).carryOverDays()).isZero();
        tap("settings.carryOver.more");
        kiosk.window.label("settings.carryOver").requireText("1 day");
    }

    /** Taps a control of the settings form, scrolling it into view first (the form scrolls on a small screen). */
    private void tap(String name) {
        JComponent target = GuiActionRunner.execute(() -> kiosk.named(name, JComponent.class));
        GuiActionRunner.execute(() -> {
            target.scrollRectToVisible(new Rectangle(0, 0, target.getWidth(), target.getHeight()));
            return null;
        });
        kiosk.window.robot().click(target);
        kiosk.window.robot().waitForIdle();
    }

    @Test
    void spokenCuesAreTurnedOnInTheKiosksLanguageAndOffAgain() {
        KioskFixture.seed(data, store -> KioskFixture.therapist(store, "Admin", Role.ADMIN, "9999"));
        openSettings(new KioskFixture(data));
        assertThat(kiosk.sound.speech()).as("off by default").isEmpty();

        kiosk.window.toggleButton("settings.spoken").requireText(kiosk.text.get("settings.spoken.on"));
        tap("settings.spoken");
        assertThat(kiosk.sound.speech()).as("nothing changes before Save").isEmpty();
        kiosk.window.button("settings.save").click();
        assertThat(KioskSettings.load(data).spokenCues()).isTrue();
        assertThat(kiosk.sound.speech()).contains(Voice.ENGLISH);

        tap("settings.spoken");
        kiosk.window.button("settings.save").click();
        assertThat(KioskSettings.load(data).spokenCues()).isFalse();
        assertThat(kiosk.sound.speech()).isEmpty();
    }

    @Test
    void aPedalIsCapturedByPressingIt() {
        KioskFixture.seed(data, store -> KioskFixture.therapist(store, "Admin", Role.ADMIN, "9999"));
        openSettings(new KioskFixture(data));
        kiosk.window.button("settings.pedals.add").click();
        kiosk.window.textBox("settings.message").requireText(kiosk.text.get("settings.pedals.press"));
        kiosk.window.focus();
        kiosk.window.pressAndReleaseKeys(KeyEvent.VK_F8);
        kiosk.window.button("settings.pedals.remove.F8").requireVisible();
        kiosk.window.button("settings.save").click();
        kiosk.window.textBox("settings.message").requireText(kiosk.text.get("settings.saved"));
        assertThat(KioskSettings.load(data).pedalKeys()).contains("F8");
    }

    @Test
    void aFailedSaveSaysSoAndChangesNothing() throws Exception {
        Path notAFolder = Files.writeString(data.resolve("blocker"), "a file where the settings folder should be");
        Path kioskData = Files.createDirectories(data.resolve("kiosk"));
        KioskFixture.seed(kioskData, store -> KioskFixture.therapist(store, "Admin", Role.ADMIN, "9999"));
        openSettings(new KioskFixture(kioskData, TestProtocols.shipped(),
                notAFolder.resolve("settings")));
        KioskSettings before = kiosk.services.settings().current();

        kiosk.window.toggleButton("settings.theme.light").click();
        kiosk.window.button("settings.idle.more").click();
        kiosk.window.button("settings.save").click();

        kiosk.window.textBox("settings.message").requireText(
                Pattern.compile("The settings could not be saved.*Nothing was changed.*"));
        assertThat(kiosk.services.settings().current()).isEqualTo(before);
        assertThat(GuiActionRunner.execute(() -> kiosk.theme.variant())).isEqualTo(Theme.Variant.DARK);
        assertThat(before.idleTimeout()).isEqualTo(KioskSettings.DEFAULTS.idleTimeout());
    }
}
