package app.holdpoint.ui.widget;

/** Plain text inside the HTML a JLabel or JButton renders (to wrap it, to bold a part). */
public final class TextHtml {
    private TextHtml() {
    }

    /** {@code content} shown as written: a therapist named "A<B" stays "A<B". */
    public static String escape(String content) {
        return content.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
