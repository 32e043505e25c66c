package app.holdpoint.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import javax.swing.SwingUtilities;
import javax.swing.text.DefaultCaret;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.theme.Theme;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseListener;

/** The session screens' message lines are read-only text too: after a theme switch no caret takes the mouse. */
@GuiTest
class MessageAreaTest {

    @AfterEach
    void darkAgain() {
        GuiActionRunner.execute(() -> Theme.install(Theme.Variant.DARK));
    }

    @Test
    void afterAThemeSwitchTheMessageHasNoCaretListenersButKeepsItsTapAndReadsFromItsStart() {
        GuiActionRunner.execute(() -> {
            Theme theme = Theme.install(Theme.Variant.DARK);
            MessageArea message = new MessageArea(theme);
            MouseListener tap = new MouseAdapter() { };
            message.addMouseListener(tap);
            message.show("The record could not be saved: the disk is full.", true);
            theme.switchTo(Theme.Variant.LIGHT);
            SwingUtilities.updateComponentTreeUI(message);

            assertThat(message.getMouseListeners()).as("only the screen's own tap").containsExactly(tap);
            assertThat(message.getMouseMotionListeners()).isEmpty();
            assertThat(((DefaultCaret) message.getCaret()).getUpdatePolicy()).isEqualTo(DefaultCaret.NEVER_UPDATE);
            assertThat(message.isAlert()).isTrue();
        });
    }
}
