package app.holdpoint.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.swing.JTextArea;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.store.BackupPlan;
import app.holdpoint.store.Backups;
import app.holdpoint.store.Role;
import app.holdpoint.store.VerifyResult;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.shell.KioskController.Screen;

/** Settings shows the last verified backup and warns once it is more than two days old (the kiosk's clock). */
@GuiTest
class SettingsBackupStatusTest {
    @TempDir
    Path data;
    /** Closed after each test, when one was started. */
    @AutoClose
    private KioskFixture kiosk;

    private void lastBackup(Duration ago) throws Exception {
        BackupPlan.recordLast(data, new Backups.Written(data.resolve("backups/b.zip"),
                KioskFixture.T0.minus(ago), new VerifyResult(12, 300, 0, 2, "abc", Optional.empty(), List.of(),
                false)));
    }

    private String shown(String name) {
        return GuiActionRunner.execute(() -> {
            JTextArea area = kiosk.named(name, JTextArea.class);
            return area.isShowing() ? area.getText() : "";
        });
    }

    private void openSettings() {
        kiosk.window.button("picker.settings").click();
        kiosk.waitForScreen(Screen.SETTINGS);
        kiosk.waitUntil("the backup status is read", () -> !kiosk.named("settings.backup.status",
                JTextArea.class).getText().isEmpty());
    }

    @Test
    void aRecentBackupIsShownAndAnOldOneWarns() throws Exception {
        KioskFixture.seed(data, store -> KioskFixture.therapist(store, "Admin", Role.ADMIN, "9999"));
        lastBackup(Duration.ofHours(30));
        kiosk = new KioskFixture(data).start();
        kiosk.signIn("Admin", "9999");
        kiosk.waitForScreen(Screen.PICKER);
        openSettings();

        assertThat(shown("settings.backup.status")).startsWith("Last backup ").endsWith("(1 day ago): 12 sessions");
        assertThat(shown("settings.backup.warning")).isEmpty();
        assertThat(shown("settings.backup.where")).isEqualTo(kiosk.text.get("settings.backup.where",
                data.resolve("backups"), 14));

        lastBackup(Duration.ofDays(2).plusMinutes(1));
        kiosk.window.button("settings.back").click();
        kiosk.waitForScreen(Screen.PICKER);
        openSettings();
        kiosk.waitUntil("the warning shows", () -> !shown("settings.backup.warning").isEmpty());
        assertThat(shown("settings.backup.status")).contains("(2 days ago)");
        assertThat(shown("settings.backup.warning")).isEqualTo(kiosk.text.get("settings.backup.old",
                data.resolve("backups")));
        kiosk.shot("settings-backup-old");
    }

    @Test
    void noBackupYetWarnsToo() {
        KioskFixture.seed(data, store -> KioskFixture.therapist(store, "Admin", Role.ADMIN, "9999"));
        kiosk = new KioskFixture(data).start();
        kiosk.signIn("Admin", "9999");
        kiosk.waitForScreen(Screen.PICKER);
        openSettings();
        assertThat(shown("settings.backup.status")).isEqualTo(kiosk.text.get("settings.backup.none"));
        assertThat(shown("settings.backup.warning")).as("no 'more than two days old' about a backup that never was")
                .startsWith("\u26a0 The kiosk writes the first backup").doesNotContain("two days old");
    }
}
