package app.holdpoint.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JToggleButton;
import org.assertj.swing.core.GenericTypeMatcher;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.store.Role;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.settings.KioskSettings;
import app.holdpoint.ui.settings.KioskSettings.Language;
import app.holdpoint.ui.shell.KioskController.Screen;
import java.awt.Rectangle;

/** The Language setting: chosen in Settings, kept in kiosk.properties, and the next kiosk speaks it. */
@GuiTest
class LanguageSettingTest {
    @TempDir
    Path data;
    /** Closed after each test, when one was started. */
    @AutoClose
    private KioskFixture kiosk;

    @Test
    void systemFollowsTheSystemLocaleAndAChoiceOverridesIt() {
        assertThat(Language.SYSTEM.locale(Locale.GERMANY)).isEqualTo(Locale.GERMAN);
        assertThat(Language.SYSTEM.locale(Locale.forLanguageTag("de-AT"))).isEqualTo(Locale.GERMAN);
        assertThat(Language.SYSTEM.locale(Locale.FRANCE)).isEqualTo(Locale.ENGLISH);
        assertThat(Language.ENGLISH.locale(Locale.GERMANY)).isEqualTo(Locale.ENGLISH);
        assertThat(Language.GERMAN.locale(Locale.US)).isEqualTo(Locale.GERMAN);
    }

    @Test
    void aSettingsFileWithoutALanguageOrWithAnUnknownOneMeansTheSystemsLanguage() throws Exception {
        assertThat(KioskSettings.load(data).language()).isEqualTo(Language.SYSTEM);
        Files.writeString(data.resolve(KioskSettings.FILE), "volume=50\nlanguage=KLINGON\n");
        assertThat(KioskSettings.load(data)).isEqualTo(KioskSettings.DEFAULTS);
        Files.writeString(data.resolve(KioskSettings.FILE), "volume=50\n");
        assertThat(KioskSettings.load(data).language()).isEqualTo(Language.SYSTEM);
    }

    @Test
    void deutschChosenInSettingsIsSavedAndTheNextKioskSpeaksGerman() throws Exception {
        KioskFixture.seed(data, store -> KioskFixture.therapist(store, "Admin", Role.ADMIN, "9999"));
        kiosk = new KioskFixture(data).start();
        kiosk.openSettingsAs("Admin", "9999");
        kiosk.window.toggleButton("settings.language.system").requireSelected();
        assertThat(GuiActionRunner.execute(() -> kiosk.named("settings.language.german",
                JToggleButton.class).getText())).isEqualTo("Deutsch");
        GuiActionRunner.execute(() -> {
            JComponent target = kiosk.named("settings.language.german", JComponent.class);
            target.scrollRectToVisible(new Rectangle(0, 0, target.getWidth(), target.getHeight()));
            return null;
        });
        kiosk.window.toggleButton("settings.language.german").click();
        kiosk.window.button("settings.save").click();
        assertThat(KioskSettings.load(data).language()).isEqualTo(Language.GERMAN);
        assertThat(Files.readString(data.resolve(KioskSettings.FILE))).contains("language=GERMAN");
        // This kiosk keeps its words until it restarts, as the setting's hint says.
        kiosk.window.button("settings.save").requireText("Save");
        kiosk.close();

        kiosk = new KioskFixture(data).start();
        assertThat(kiosk.text.locale()).isEqualTo(Locale.GERMAN);
        kiosk.waitForScreen(Screen.SIGN_IN);
        kiosk.window.label(new GenericTypeMatcher<JLabel>(JLabel.class) {
            @Override
            protected boolean isMatching(JLabel label) {
                return "Wer meldet sich an?".equals(label.getText()) && label.isShowing();
            }
        }).requireVisible();
    }
}
