package app.holdpoint.ui.session;

import java.awt.Dimension;

import javax.swing.BorderFactory;

import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.ReadOnlyText;
import javax.swing.text.DefaultCaret;

/**
 * A few lines of large wrapping text: what is missing, why the start is blocked, why a write failed. An alert
 * is drawn on the alert colours with a thick left bar, so it stands out without relying on colour alone.
 */
final class MessageArea extends ReadOnlyText {
    private final Theme theme;
    private boolean alert;

    MessageArea(Theme theme) {
        super("");
        this.theme = theme;
        setFont(theme.font("Holdpoint.session.text.font"));
        readFromStart();
        show("", false);
    }

    void show(String message, boolean asAlert) {
        alert = asAlert;
        setText(message);
        int bar = asAlert ? theme.size("Holdpoint.session.alertBar") : 0;
        setOpaque(asAlert);
        setBackground(theme.color("Holdpoint.session.alert.background"));
        setForeground(asAlert ? theme.color("Holdpoint.session.alert.foreground")
                : theme.color("Holdpoint.text.foreground"));
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(0, bar, 0, 0, theme.color("Holdpoint.danger")),
                BorderFactory.createEmptyBorder(8, 12, 8, 12)));
    }

    boolean isAlert() {
        return alert;
    }

    /** Unlike other read-only text, a message may be tapped (the preparation's "still needed" line). */
    @Override
    public boolean contains(int x, int y) {
        return x >= 0 && y >= 0 && x < getWidth() && y < getHeight();
    }

    /** A look-and-feel update brings a new caret, with the default policy. */
    @Override
    public void updateUI() {
        super.updateUI();
        readFromStart();
    }

    /** New text is read from its start: the caret must not drag a scrolling region to the end. */
    private void readFromStart() {
        if (getCaret() instanceof DefaultCaret caret) {
            caret.setUpdatePolicy(DefaultCaret.NEVER_UPDATE);
        }
    }

    @Override
    public Dimension getMinimumSize() {
        return new Dimension(0, super.getMinimumSize().height);
    }
}
