package app.holdpoint.ui.widget;

import javax.swing.JLabel;

/** Small text helpers the screens share; wrapping text is {@link ReadOnlyText}. */
public final class Labels {
    private Labels() {
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
        return "<html>" + TextHtml.escape(content) + "</html>";
    }
}
