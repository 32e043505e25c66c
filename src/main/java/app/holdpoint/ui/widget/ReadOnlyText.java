package app.holdpoint.ui.widget;

import java.awt.Font;
import java.awt.event.MouseListener;
import java.awt.event.MouseMotionListener;
import java.util.List;

import javax.swing.JTextArea;
import java.awt.Rectangle;

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
        // Built with the text component's own caret-event listener and the caret's: none of them is wanted.
        for (MouseListener listener : getMouseListeners()) {
            removeMouseListener(listener);
        }
        for (MouseMotionListener listener : getMouseMotionListeners()) {
            removeMouseMotionListener(listener);
        }
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
    public void scrollRectToVisible(Rectangle r) {
    }

    /**
     * A new look and feel brings a new caret, which listens to the mouse again (a drag would select): whatever
     * mouse listener the update installed goes; one the screen added (a tap on a message) stays.
     */
    @Override
    public void updateUI() {
        List<MouseListener> before = List.of(getMouseListeners());
        List<MouseMotionListener> motionBefore = List.of(getMouseMotionListeners());
        super.updateUI();
        for (MouseListener listener : getMouseListeners()) {
            if (!before.contains(listener)) {
                removeMouseListener(listener);
            }
        }
        for (MouseMotionListener listener : getMouseMotionListeners()) {
            if (!motionBefore.contains(listener)) {
                removeMouseMotionListener(listener);
            }
        }
    }
}
