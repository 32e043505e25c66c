package app.holdpoint.ui.widget;

import javax.swing.JLabel;
import javax.swing.JTextArea;

/** Small text helpers the screens share. */
public final class Labels {
    private Labels() {
    }

    /** A label that wraps inside its column instead of widening it. */
    public static JTextArea wrapping(String content) {
        JTextArea area = new JTextArea(content) {
            // Text, not a target: a tap anywhere on it goes to whatever holds the text (a protocol card). Removing
            // the caret's listeners is not enough: a look-and-feel update installs them again.
            @Override
            public boolean contains(int x, int y) {
                return false;
            }

            // Nor does it scroll its list: setting the text moves the caret to its end, and the caret asks for
            // that spot to be shown, which opened the picker scrolled to the middle.
            @Override
            public void scrollRectToVisible(java.awt.Rectangle r) {
            }
        };
        area.setEditable(false);
        area.setFocusable(false);
        area.setOpaque(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        for (java.awt.event.MouseListener listener : area.getMouseListeners()) {
            area.removeMouseListener(listener);
        }
        for (java.awt.event.MouseMotionListener listener : area.getMouseMotionListeners()) {
            area.removeMouseMotionListener(listener);
        }
        return area;
    }

    /** A heading in a style class. */
    public static JLabel heading(String content, String styleClass) {
        JLabel label = new JLabel(content);
        label.putClientProperty("FlatLaf.styleClass", styleClass);
        return label;
    }

    /** Lets a long heading wrap: JLabel wraps only HTML. */
    public static String html(String content) {
        if (content.startsWith("<html>")) {
            return content;
        }
        return "<html>" + content.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</html>";
    }
}
