package app.holdpoint.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.util.List;

import javax.swing.JFrame;
import javax.swing.JPanel;

import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.testsupport.RobotWindow;
import app.holdpoint.ui.Frames;
import app.holdpoint.ui.GuiTest;

/** A label that wraps instead of cutting: lines at spaces and hyphens, height for its width, text kept plain. */
@GuiTest
class WrapLabelTest {
    @RegisterExtension
    final RobotWindow stage = RobotWindow.dark();
    private FrameFixture window;

    @Test
    void linesBreakAtSpacesAndAfterHyphensNeverInsideAWordThatFits() {
        FontMetrics fm = GuiActionRunner.execute(() -> new JPanel().getFontMetrics(
                new Font(Font.MONOSPACED, Font.PLAIN, 10)));
        int chars = fm.charWidth('m');
        assertThat(WrapLabel.wrap("tension-type-headache-needling v2", fm, 14 * chars))
                .containsExactly("tension-type-", "headache-", "needling v2");
        assertThat(WrapLabel.wrap("Session 12 · client C-1", fm, 100 * chars))
                .containsExactly("Session 12 · client C-1");
        assertThat(WrapLabel.wrap("abcdefghij", fm, 4 * chars)).containsExactly("abcd", "efgh", "ij");
    }

    @Test
    void inANarrowColumnItWrapsGrowsTallerAndReportsNothingClipped() {
        String title = "Session 151 · completed · client C-P23044-ÄØ with a long reference";
        WrapLabel label = GuiActionRunner.execute(() -> new WrapLabel(title));
        JPanel panel = GuiActionRunner.execute(() -> {
            JPanel p = new JPanel(new MigLayout("insets 0, fill", "[grow, fill]", "[]push"));
            p.add(label, "growx, wmin 0");
            return p;
        });
        JFrame frame = Frames.show(panel, new Dimension(220, 400));
        window = stage.show(frame);
        stage.robot().waitForIdle();
        List<String> lines = GuiActionRunner.execute(label::lines);
        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(String.join(" ", lines).replace("- ", "-")).isEqualTo(title);
        assertThat(GuiActionRunner.execute(label::getText)).isEqualTo(title);
        int lineHeight = GuiActionRunner.execute(() -> label.getFontMetrics(label.getFont()).getHeight());
        assertThat(GuiActionRunner.execute(label::getHeight)).isGreaterThanOrEqualTo(lines.size() * lineHeight);
        assertThat(GuiActionRunner.execute(label::clippedTexts)).isEmpty();
    }

    @Test
    void aLabelTooLowForItsLinesSaysSo() {
        WrapLabel label = GuiActionRunner.execute(() -> new WrapLabel("one two three four five six seven eight"));
        GuiActionRunner.execute(() -> label.setSize(60, 10));
        assertThat(GuiActionRunner.execute(label::clippedTexts)).containsExactly(
                "one two three four five six seven eight");
    }
}
