package app.holdpoint.ui.widget;

import java.awt.Dimension;
import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.awt.event.KeyEvent;

import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.event.ChangeEvent;
import javax.swing.event.ChangeListener;

import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;

/**
 * What the PIN pad and the client-reference pad share: a display over a grid of big keys, a maximum length,
 * Delete and OK. OK is enabled once the entry is at least the minimum length and fires the action listeners;
 * every edit fires the change listeners. A hardware keyboard (or a barcode scanner, which types like one) works
 * too, wherever the focus is in the window, unless a text field takes the keys first.
 */
public abstract class Keypad extends JPanel {
    /** The action command fired by OK. */
    public static final String OK = "ok";

    protected final Theme theme;
    protected final Text text;
    private final int minLength;
    private final int maxLength;
    private final KeypadDisplay display;
    private final StringBuilder value = new StringBuilder();
    private boolean untouched = true;
    private BigButton ok;
    private BigButton delete;

    protected Keypad(Theme theme, Text text, int minLength, int maxLength, boolean masked) {
        if (minLength < 0 || maxLength < Math.max(1, minLength)) {
            throw new IllegalArgumentException("lengths must satisfy 0 <= min <= max, max >= 1: " + minLength
                    + ", " + maxLength);
        }
        this.theme = theme;
        this.text = text;
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.display = new KeypadDisplay(theme, masked, maxLength);
        setFocusable(true);
        HardwareKeys.bind(this, KeyStroke.getKeyStroke(KeyEvent.VK_BACK_SPACE, 0), "delete", this::deleteLast,
                () -> delete);
        HardwareKeys.bind(this, KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "ok", this::confirm, () -> ok);
        HardwareKeys.focusWhenShown(this);
    }

    protected KeypadDisplay display() {
        return display;
    }

    /** A key that types a character; named {@code key.<c>} for tests. */
    protected BigButton characterKey(char c, String styleClass, Dimension size) {
        BigButton key = new BigButton(theme, String.valueOf(c), null, styleClass, size);
        key.setName("key." + c);
        key.addActionListener(e -> type(c));
        HardwareKeys.bindCharacter(this, c, () -> type(c), key);
        return key;
    }

    protected BigButton deleteKey(String styleClass, Dimension size) {
        BigButton key = new BigButton(theme, null, new KeyIcon(KeyIcon.Shape.DELETE, theme), styleClass, size);
        key.setName("key.delete");
        key.setToolTipText(text.get("widget.key.delete"));
        key.getAccessibleContext().setAccessibleName(text.get("widget.key.delete"));
        key.addActionListener(e -> deleteLast());
        delete = key;
        return key;
    }

    protected BigButton okKey(Dimension size) {
        ok = new BigButton(theme, text.get("widget.key.ok"), null, "hpPrimary", size);
        ok.setName("key.ok");
        ok.addActionListener(e -> confirm());
        ok.setEnabled(value.length() >= minLength);
        return ok;
    }

    /** Adds a character unless the entry is full. */
    public void type(char c) {
        if (value.length() < maxLength) {
            value.append(c);
            changed();
        }
    }

    public void deleteLast() {
        if (value.length() > 0) {
            value.setLength(value.length() - 1);
            changed();
        }
    }

    public void clear() {
        if (value.length() > 0) {
            value.setLength(0);
            changed();
        }
    }

    /** Fires OK if the entry is long enough. */
    public void confirm() {
        if (value.length() < minLength) {
            return;
        }
        ActionEvent event = new ActionEvent(this, ActionEvent.ACTION_PERFORMED, OK);
        for (ActionListener listener : listenerList.getListeners(ActionListener.class)) {
            listener.actionPerformed(event);
        }
    }

    public String value() {
        return value.toString();
    }

    public int maxLength() {
        return maxLength;
    }

    public void addActionListener(ActionListener listener) {
        listenerList.add(ActionListener.class, listener);
    }

    public void removeActionListener(ActionListener listener) {
        listenerList.remove(ActionListener.class, listener);
    }

    public void addChangeListener(ChangeListener listener) {
        listenerList.add(ChangeListener.class, listener);
    }

    public void removeChangeListener(ChangeListener listener) {
        listenerList.remove(ChangeListener.class, listener);
    }

    /** Whether no key has changed the entry since the pad was built: it has held nothing anyone typed. */
    public boolean untouched() {
        return untouched;
    }

    private void changed() {
        untouched = false;
        display.setValue(value.toString());
        if (ok != null) {
            ok.setEnabled(value.length() >= minLength);
        }
        ChangeEvent event = new ChangeEvent(this);
        for (ChangeListener listener : listenerList.getListeners(ChangeListener.class)) {
            listener.stateChanged(event);
        }
    }
}
