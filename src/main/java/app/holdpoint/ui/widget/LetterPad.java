package app.holdpoint.ui.widget;

import java.awt.Dimension;
import java.awt.event.KeyEvent;

import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.text.BadLocationException;
import javax.swing.text.JTextComponent;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;

/**
 * On-screen letters for typing a name into a text field on a tablet with no keyboard. Letters are capitalised
 * at the start of each word (after a space or hyphen), so a name comes out as people write it; a hardware
 * keyboard types into the field directly when it has focus, and through the pad's keys when something else has.
 */
public final class LetterPad extends JPanel {
    private static final String[] ROWS = {"QWERTYUIOP", "ASDFGHJKL'", "ZXCVBNM-"};

    private final JTextComponent target;

    public LetterPad(Theme theme, Text text, JTextComponent target) {
        this.target = target;
        setName("letterPad");
        int gap = theme.integer("Holdpoint.key.gap");
        // Keys may shrink to the touch minimum (ten of them must fit across a portrait tablet); where there is
        // room the rows and columns grow, so they are as large as the screen allows.
        Dimension key = new Dimension(theme.touchMinimum(), theme.touchMinimum());
        StringBuilder columns = new StringBuilder();
        // Each key spans two half-columns; the second and third rows start half a key in, like a keyboard.
        for (int i = 0; i < 21; i++) {
            columns.append("[grow, fill, sg half]");
        }
        setLayout(new MigLayout("insets 0, gap " + gap / 2 + " " + gap, columns.toString(),
                "[grow, fill, sg row][grow, fill, sg row][grow, fill, sg row][grow, fill, sg row]"));
        for (int r = 0; r < ROWS.length; r++) {
            String row = ROWS[r];
            String first = r == 0 ? "" : "skip " + r + ", ";
            for (int i = 0; i < row.length(); i++) {
                String constraint = (i == 0 ? first : "") + "span 2" + (i == row.length() - 1 ? ", wrap" : "");
                add(letterKey(theme, row.charAt(i), key), constraint);
            }
        }
        BigButton space = new BigButton(theme, text.get("widget.key.space"), null, "hpLetterKey", key);
        space.setName("key.space");
        space.addActionListener(e -> type(' '));
        HardwareKeys.bindCharacter(this, ' ', () -> type(' '), space);
        add(space, "skip 4, span 10");
        BigButton delete = new BigButton(theme, null, new KeyIcon(KeyIcon.Shape.DELETE, theme), "hpLetterKey", key);
        delete.setName("key.delete");
        delete.setToolTipText(text.get("widget.key.delete"));
        delete.getAccessibleContext().setAccessibleName(text.get("widget.key.delete"));
        delete.addActionListener(e -> deleteLast());
        HardwareKeys.bind(this, KeyStroke.getKeyStroke(KeyEvent.VK_BACK_SPACE, 0), "delete", this::deleteLast,
                () -> delete);
        add(delete, "span 4");
    }

    private BigButton letterKey(Theme theme, char c, Dimension size) {
        BigButton key = new BigButton(theme, String.valueOf(c), null, "hpLetterKey", size);
        key.setName("key." + c);
        key.addActionListener(e -> type(c));
        HardwareKeys.bindCharacter(this, c, () -> type(c), key);
        return key;
    }

    /** Types at the caret: upper case at the start of a word, lower case inside one. */
    public void type(char c) {
        String before = textBeforeCaret();
        boolean wordStart = before.isEmpty() || before.endsWith(" ") || before.endsWith("-");
        if (c == ' ' && wordStart) {
            return;
        }
        target.replaceSelection(String.valueOf(wordStart ? Character.toUpperCase(c) : Character.toLowerCase(c)));
    }

    public void deleteLast() {
        int caret = target.getCaretPosition();
        if (target.getSelectionStart() != target.getSelectionEnd()) {
            target.replaceSelection("");
        } else if (caret > 0) {
            try {
                target.getDocument().remove(caret - 1, 1);
            } catch (BadLocationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private String textBeforeCaret() {
        try {
            return target.getDocument().getText(0, target.getSelectionStart());
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
    }
}
