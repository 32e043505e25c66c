package app.holdpoint.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JPanel;

import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.holdpoint.testsupport.RobotWindow;
import app.holdpoint.ui.Frames;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;

@GuiTest
class KeypadTest {
    private Theme theme;
    private Text text;
    @RegisterExtension
    final RobotWindow stage = RobotWindow.dark();
    private FrameFixture window;
    private final List<String> confirmed = new ArrayList<>();
    private int changes;

    @BeforeEach
    void build() {
        theme = stage.theme();
        text = new Text(Locale.ENGLISH);
    }

    private <K extends Keypad> K show(K pad, Dimension size) {
        GuiActionRunner.execute(() -> {
            pad.addActionListener(e -> confirmed.add(pad.value()));
            pad.addChangeListener(e -> changes++);
        });
        JFrame frame = Frames.show(pad, size);
        window = stage.show(frame);
        return pad;
    }

    @Test
    void thePinPadTypesHidesAndConfirms() {
        PinPad pad = show(GuiActionRunner.execute(() -> new PinPad(theme, text, 4, 6)), new Dimension(400, 560));
        window.button("key.ok").requireDisabled();
        for (String key : List.of("key.2", "key.5", "key.8", "key.0")) {
            window.button(key).click();
        }
        assertThat(GuiActionRunner.execute(pad::value)).isEqualTo("2580");
        assertThat(GuiActionRunner.execute(() -> pad.display().shown())).isEqualTo("\u25CF\u25CF\u25CF\u25CF");
        assertThat(changes).isEqualTo(4);

        window.button("key.ok").requireEnabled().click();
        assertThat(confirmed).containsExactly("2580");
    }

    @Test
    void thePinPadStopsAtItsMaximumAndDeletes() {
        PinPad pad = show(GuiActionRunner.execute(() -> new PinPad(theme, text, 4, 4)), new Dimension(400, 560));
        for (int i = 0; i < 6; i++) {
            window.button("key.7").click();
        }
        assertThat(GuiActionRunner.execute(pad::value)).isEqualTo("7777");
        window.button("key.delete").click();
        assertThat(GuiActionRunner.execute(pad::value)).isEqualTo("777");
        window.button("key.ok").requireDisabled();
        GuiActionRunner.execute(pad::clear);
        assertThat(GuiActionRunner.execute(pad::value)).isEmpty();
    }

    @Test
    void aKeyboardTypesIntoThePadToo() {
        PinPad pad = show(GuiActionRunner.execute(() -> new PinPad(theme, text, 1, 8)), new Dimension(400, 560));
        GuiActionRunner.execute(() -> pad.requestFocusInWindow());
        stage.robot().waitForIdle();
        stage.robot().pressAndReleaseKeys(KeyEvent.VK_4, KeyEvent.VK_2, KeyEvent.VK_BACK_SPACE, KeyEvent.VK_1);
        stage.robot().pressAndReleaseKeys(KeyEvent.VK_ENTER);
        assertThat(confirmed).containsExactly("41");
    }

    @Test
    void theClientReferencePadTypesLettersDigitsAndHyphens() {
        ClientRefPad pad = show(GuiActionRunner.execute(() -> new ClientRefPad(theme, text, 2, 24)),
                new Dimension(850, 460));
        for (String key : List.of("key.K", "key.M", "key.-", "key.0", "key.4")) {
            window.button(key).click();
        }
        assertThat(GuiActionRunner.execute(pad::value)).isEqualTo("KM-04");
        assertThat(GuiActionRunner.execute(() -> pad.display().shown())).isEqualTo("KM-04");
        window.button("key.ok").click();
        assertThat(confirmed).containsExactly("KM-04");
    }

    @Test
    void theClientReferencePadHasEveryCharacterAReferenceMayUse() {
        show(GuiActionRunner.execute(() -> new ClientRefPad(theme, text, 2, 24)), new Dimension(850, 460));
        for (char c : "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-".toCharArray()) {
            JButton key = window.button("key." + c).target();
            assertThat(key.getText()).isEqualTo(String.valueOf(c));
        }
    }

    @Test
    void everyKeyIsABigTouchTargetAtTabletSize() {
        PinPad pin = GuiActionRunner.execute(() -> new PinPad(theme, text, 4, 8));
        ClientRefPad ref = GuiActionRunner.execute(() -> new ClientRefPad(theme, text, 2, 24));
        JFrame frame = Frames.show(GuiActionRunner.execute(() -> {
            JPanel both = new JPanel(new net.miginfocom.swing.MigLayout(
                    "insets 16, gap 16, fill", "[400!, fill][grow, fill]", "[grow, fill]"));
            both.add(pin);
            both.add(ref);
            return both;
        }), new Dimension(1280, 500));
        window = stage.show(frame);

        assertThat(Frames.touchTargetCount(frame.getContentPane())).isEqualTo(12 + 39);
        assertThat(Frames.touchTargetsSmallerThan(frame.getContentPane(), 64)).isEmpty();
    }
}
