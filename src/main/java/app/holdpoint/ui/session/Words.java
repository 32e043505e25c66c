package app.holdpoint.ui.session;

import java.awt.Font;
import java.awt.event.MouseListener;
import java.awt.event.MouseMotionListener;

import javax.swing.JTextArea;

/** Wrapping text that is only read: no caret, no selection, so it is not mistaken for something to tap. */
final class Words {
    private Words() {
    }

    static JTextArea of(String content, Font font) {
        return inert(new JTextArea(content) {
            @Override
            public void scrollRectToVisible(java.awt.Rectangle r) {
                // Read-only text never scrolls its list: setting the text moves the caret to its end, and the
                // caret asks for that spot to be shown, so every list of questions opened scrolled to the middle.
            }
        }, font);
    }

    static <A extends JTextArea> A inert(A area, Font font) {
        area.setEditable(false);
        area.setFocusable(false);
        area.setOpaque(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setFont(font);
        // A read-only text area still selects on drag; on a touch screen that is only a stray highlight.
        for (MouseListener listener : area.getMouseListeners()) {
            area.removeMouseListener(listener);
        }
        for (MouseMotionListener listener : area.getMouseMotionListeners()) {
            area.removeMouseMotionListener(listener);
        }
        return area;
    }
}
