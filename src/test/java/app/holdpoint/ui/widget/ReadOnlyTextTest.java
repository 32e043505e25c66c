package app.holdpoint.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;

import javax.swing.JPanel;
import javax.swing.SwingUtilities;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.theme.Theme;

/** Text that is only read stays out of the way of taps, also after a theme switch reinstalls its caret. */
@GuiTest
class ReadOnlyTextTest {

    @AfterEach
    void darkAgain() {
        GuiActionRunner.execute(() -> Theme.install(Theme.Variant.DARK));
    }

    /** A card holding the text, laid out, as a protocol card or a list row holds it. */
    private static JPanel card(ReadOnlyText text) {
        JPanel card = new JPanel(new MigLayout("insets 10, fill", "[grow, fill]"));
        card.add(text, "wmin 0");
        card.setSize(400, 200);
        card.doLayout();
        return card;
    }

    @Test
    void aTapOnTheTextReachesWhatHoldsIt() {
        GuiActionRunner.execute(() -> {
            Theme.install(Theme.Variant.DARK);
            ReadOnlyText text = ReadOnlyText.wrapping("Tension headache, trapezius and levator scapulae");
            JPanel card = card(text);
            Component hit = SwingUtilities.getDeepestComponentAt(card, text.getX() + 5, text.getY() + 5);
            assertThat(hit).isSameAs(card);
            assertThat(text.getMouseListeners()).isEmpty();
            assertThat(text.getMouseMotionListeners()).isEmpty();
            assertThat(text.isEditable()).isFalse();
            assertThat(text.isFocusable()).isFalse();
        });
    }

    @Test
    void aThemeSwitchGivesTheTextNoCaretListenersAndNoTaps() {
        GuiActionRunner.execute(() -> {
            Theme theme = Theme.install(Theme.Variant.DARK);
            ReadOnlyText text = ReadOnlyText.wrapping("Hold the point until the timer ends", theme.font("h2.font"));
            JPanel card = card(text);
            theme.switchTo(Theme.Variant.LIGHT);
            SwingUtilities.updateComponentTreeUI(card);
            card.doLayout();

            assertThat(text.getMouseListeners()).as("the new caret's mouse listeners").isEmpty();
            assertThat(text.getMouseMotionListeners()).isEmpty();
            assertThat(text.contains(5, 5)).isFalse();
            assertThat(SwingUtilities.getDeepestComponentAt(card, text.getX() + 5, text.getY() + 5)).isSameAs(card);
            assertThat(text.getLineWrap()).isTrue();
        });
    }

    @Test
    void escapedTextShowsAsWritten() {
        assertThat(TextHtml.escape("A<B & C>D")).isEqualTo("A&lt;B &amp; C&gt;D");
        assertThat(Labels.html("A<B")).isEqualTo("<html>A&lt;B</html>");
    }
}
