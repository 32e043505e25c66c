package app.holdpoint.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;

import javax.swing.JButton;
import javax.swing.JLabel;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.theme.Theme;

@GuiTest
class BigButtonTest {
    private Theme theme;

    @BeforeEach
    void install() {
        theme = GuiActionRunner.execute(() -> Theme.install(Theme.Variant.DARK));
    }

    @Test
    void aBigButtonIsNeverSmallerThanTheThemeSays() {
        Dimension min = GuiActionRunner.execute(() -> new BigButton(theme, "+").getMinimumSize());
        Dimension pref = GuiActionRunner.execute(() -> new BigButton(theme, "+").getPreferredSize());
        assertThat(min.width).isGreaterThanOrEqualTo(160);
        assertThat(min.height).isGreaterThanOrEqualTo(80);
        assertThat(pref.width).isGreaterThanOrEqualTo(160);
    }

    @Test
    void aLongLabelStillGrowsTheButton() {
        Dimension pref = GuiActionRunner.execute(
                () -> new BigButton(theme, "End the session early and write down why").getPreferredSize());
        assertThat(pref.width).isGreaterThan(400);
    }

    @Test
    void thePrimaryButtonHasItsOwnStyleAndTakesNoFocus() {
        BigButton primary = GuiActionRunner.execute(() -> BigButton.primary(theme, "Start"));
        assertThat(primary.getClientProperty("FlatLaf.styleClass")).isEqualTo("hpPrimary");
        assertThat(primary.isFocusable()).isFalse();
    }

    @Test
    void touchTargetRaisesAnyComponentToTheMinimum() {
        Dimension size = GuiActionRunner.execute(() -> {
            JButton small = new JButton("x");
            small.putClientProperty("JButton.buttonType", "toolBarButton");
            TouchTarget.atLeastMinimum(small, theme);
            return small.getMinimumSize();
        });
        assertThat(size.width).isGreaterThanOrEqualTo(64);
        assertThat(size.height).isGreaterThanOrEqualTo(64);
        Dimension label = GuiActionRunner.execute(
                () -> TouchTarget.atLeast(new JLabel("y"), new Dimension(100, 90)).getPreferredSize());
        assertThat(label).isEqualTo(new Dimension(100, 90));
    }
}
