package app.holdpoint.ui.settings;

import app.holdpoint.ui.theme.Theme;

import app.holdpoint.ui.model.IdleWatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.Assertions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KioskSettingsTest {

    @Test
    void settingsRoundTripThroughTheDataFolder(@TempDir Path data) throws IOException {
        KioskSettings changed = new KioskSettings(35, true, Theme.Variant.LIGHT, List.of("F14", "B"),
                Duration.ofMinutes(10), 14);
        changed.save(data);
        assertThat(KioskSettings.load(data)).isEqualTo(changed);
        try (var files = Files.list(data)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(KioskSettings.FILE);
        }
    }

    @Test
    void spokenCuesAreOffByDefaultAndRoundTrip(@TempDir Path data) throws IOException {
        assertThat(KioskSettings.DEFAULTS.spokenCues()).isFalse();
        Files.writeString(data.resolve(KioskSettings.FILE), "volume=40\n");
        assertThat(KioskSettings.load(data).spokenCues()).as("a file from before the setting").isFalse();

        KioskSettings on = KioskSettings.DEFAULTS.withSpokenCues(true).withCarryOverDays(7);
        on.save(data);
        assertThat(KioskSettings.load(data)).isEqualTo(on);
        assertThat(KioskSettings.load(data).spokenCues()).isTrue();
    }

    @Test
    void aMissingOrDamagedFileGivesTheDefaults(@TempDir Path data) throws IOException {
        assertThat(KioskSettings.load(data)).isEqualTo(KioskSettings.DEFAULTS);
        Files.writeString(data.resolve(KioskSettings.FILE), "volume=loud\ntheme=PURPLE\n");
        assertThat(KioskSettings.load(data)).isEqualTo(KioskSettings.DEFAULTS);
    }

    @Test
    void theCarryOverPeriodDefaultsToThirtyDaysAndZeroTurnsItOff(@TempDir Path data) throws IOException {
        assertThat(KioskSettings.DEFAULTS.carryOverPeriod()).isEqualTo(Duration.ofDays(30));
        Files.writeString(data.resolve(KioskSettings.FILE), "volume=40\n");
        assertThat(KioskSettings.load(data).carryOverDays()).as("a file from before the setting").isEqualTo(30);

        KioskSettings off = KioskSettings.DEFAULTS.withCarryOverDays(0);
        off.save(data);
        assertThat(KioskSettings.load(data).carryOverPeriod()).isZero();
        Assertions.assertThatThrownBy(() -> KioskSettings.DEFAULTS.withCarryOverDays(366))
                .hasMessage("the carry-over period is 0 to 365 days");
    }

    @Test
    void idleWatchSignsOutAfterTheTimeoutButNeverDuringASession() {
        long[] now = {0};
        IdleWatch watch = new IdleWatch(() -> now[0], Duration.ofMinutes(3));
        now[0] = Duration.ofMinutes(2).toNanos();
        assertThat(watch.shouldSignOut()).isFalse();
        now[0] = Duration.ofMinutes(3).toNanos();
        assertThat(watch.shouldSignOut()).isTrue();

        watch.sessionRunning(true);
        now[0] += Duration.ofHours(2).toNanos();
        assertThat(watch.shouldSignOut()).isFalse();

        watch.sessionRunning(false);
        now[0] += Duration.ofMinutes(1).toNanos();
        watch.activity();
        now[0] += Duration.ofMinutes(2).toNanos();
        assertThat(watch.shouldSignOut()).isFalse();
    }
}
