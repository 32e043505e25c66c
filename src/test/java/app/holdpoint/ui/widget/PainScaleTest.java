package app.holdpoint.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

import javax.swing.JFrame;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.holdpoint.ui.Frames;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;

@GuiTest
class PainScaleTest {
    private PainScale scale;
    private JFrame frame;
    private Robot robot;
    private final List<String> commands = new ArrayList<>();
    private final List<Object> changes = new ArrayList<>();

    @BeforeEach
    void build() {
        Theme theme = GuiActionRunner.execute(() -> Theme.install(Theme.Variant.LIGHT));
        scale = GuiActionRunner.execute(() -> {
            PainScale s = new PainScale(theme, new Text(Locale.ENGLISH));
            s.addActionListener(e -> commands.add(e.getActionCommand()));
            s.addPropertyChangeListener("value", e -> changes.add(e.getNewValue()));
            return s;
        });
        frame = Frames.show(scale, new Dimension(1248, 180));
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
    }

    @AfterEach
    void close() {
        robot.cleanUp();
        GuiActionRunner.execute(frame::dispose);
    }

    @Test
    void tappingANumberChoosesIt() {
        assertThat(GuiActionRunner.execute(scale::value)).isEmpty();
        robot.click(scale.tile(7));
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(scale::value)).isEqualTo(OptionalInt.of(7));
        assertThat(commands).containsExactly("7");
        assertThat(changes).containsExactly(7);
    }

    @Test
    void choosingAnotherNumberReplacesTheChoice() {
        robot.click(scale.tile(0));
        robot.click(scale.tile(10));
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(scale::value)).isEqualTo(OptionalInt.of(10));
        assertThat(commands).containsExactly("0", "10");
    }

    @Test
    void settingTheValueFiresAChangeButNoAction() {
        GuiActionRunner.execute(() -> scale.setValue(3));
        GuiActionRunner.execute(() -> scale.setValue(3));
        GuiActionRunner.execute(() -> scale.setValue(null));
        assertThat(changes).containsExactly(3, null);
        assertThat(commands).isEmpty();
    }

    @Test
    void onlyZeroToTenIsAllowed() {
        assertThatThrownBy(() -> GuiActionRunner.execute(() -> scale.setValue(11)))
                .hasMessageContaining("0 to 10");
    }

    @Test
    void elevenTilesEachABigTouchTargetAcrossATablet() {
        assertThat(Frames.touchTargetCount(frame.getContentPane())).isEqualTo(11);
        assertThat(Frames.touchTargetsSmallerThan(frame.getContentPane(), 64)).isEmpty();
    }
}
