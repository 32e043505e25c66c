package app.holdpoint.ui.widget;

import java.awt.Font;
import java.awt.event.MouseListener;
import java.awt.event.MouseMotionListener;

import javax.swing.JTextArea;

/**
 * Wrapping text that is only read: no caret, no selection, no focus, so it is never mistaken for something to
 * tap. A tap anywhere on it goes to whatever holds the text (a protocol card, a row), and that stays so after a
 * look-and-feel update (a theme switch), which installs a new caret with its mouse listeners.
 */
public class ReadOnlyText extends JTextArea {

    public ReadOnlyText(String content) {
        super(content);
        setEditable(false);
        setFocusable(false);
        setOpaque(false);
        setLineWrap(true);
        setWrapStyleWord(true);
        dropCaretListeners();
    }

    /** Text that wraps inside its column instead of widening it. */
    public static ReadOnlyText wrapping(String content) {
        return new ReadOnlyText(content);
    }

    /** The same in {@code font}. */
    public static ReadOnlyText wrapping(String content, Font font) {
        ReadOnlyText text = new ReadOnlyText(content);
        text.setFont(font);
        return text;
    }

    /** Text, not a target: overriding this is what survives a look-and-feel update. */
    @Override
    public boolean contains(int x, int y) {
        return false;
    }

    /**
     * Never scrolls what holds it: setting the text moves the caret to its end, and the caret asks for that spot
     * to be shown, which opened lists scrolled to the middle.
     */
    @Override
    public void scrollRectToVisible(java.awt.Rectangle r) {
    }

    /** A new look and feel brings a new caret, which listens to the mouse again: a drag would select. */
    @Override
    public void updateUI() {
        super.updateUI();
        dropCaretListeners();
    }

    private void dropCaretListeners() {
        for (MouseListener listener : getMouseListeners()) {
            removeMouseListener(listener);
        }
        for (MouseMotionListener listener : getMouseMotionListeners()) {
            removeMouseMotionListener(listener);
        }
    }
}
