package app.holdpoint.ui.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Which way the kiosk keeps the display on, from the environment; never a failure, at worst a no-op with words. */
class DisplayAwakeChoiceTest {

    @Test
    void withoutAnyDisplayTheSystemsSettingsApplyAndTheLogSaysSo() {
        DisplayAwake awake = DisplayAwake.forThisSystem(Map.of());

        assertThat(awake.limitation()).hasValueSatisfying(why -> assertThat(why).contains("blanking settings apply"));
        awake.keepAwake();
        awake.release();
    }

    @Test
    void aWaylandSessionWithoutXWaylandSaysWhyTheDisplayMayBlank() {
        DisplayAwake awake = DisplayAwake.forThisSystem(Map.of("XDG_SESSION_TYPE", "wayland",
                "WAYLAND_DISPLAY", "wayland-0"));

        assertThat(awake.limitation()).hasValueSatisfying(why -> assertThat(why).startsWith("a Wayland session")
                .contains("turn screen blanking off for the kiosk user"));
    }

    @Test
    void aDisplayThatCannotBeOpenedGivesTheNoOpNotAFailure() {
        DisplayAwake awake = DisplayAwake.forThisSystem(Map.of("DISPLAY", ":4711"));

        assertThat(awake.limitation()).hasValueSatisfying(why -> assertThat(why).contains(":4711"));
        awake.keepAwake();
        awake.release();
    }
}
