package app.holdpoint.ui.widget;

import java.awt.Dimension;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.domain.ClientReference;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;

/**
 * A keypad for pseudonymous client references (letters A–Z, digits, hyphen). The digits are a row across the top
 * and the letters are in the QWERTY rows everyone knows from a phone: hunting for a letter in an alphabetical
 * grid is slower for anyone who types, and a reference such as {@code KM-0412} needs both digits and letters.
 */
public final class ClientRefPad extends Keypad {
    private static final String[] ROWS = {"1234567890", "QWERTYUIOP", "ASDFGHJKL-", "ZXCVBNM"};

    /** A pad for a client reference: {@link ClientReference#MIN_LENGTH} to {@link ClientReference#MAX_LENGTH} keys. */
    public ClientRefPad(Theme theme, Text text) {
        this(theme, text, ClientReference.MIN_LENGTH, ClientReference.MAX_LENGTH);
    }

    /** A pad with the same keys for another text ({@code minLength} to {@code maxLength} keys; a recovery code). */
    public ClientRefPad(Theme theme, Text text, int minLength, int maxLength) {
        super(theme, text, minLength, maxLength, false);
        setName("clientRefPad");
        int gap = theme.integer("Holdpoint.key.gap");
        // Keys may shrink to the touch minimum (ten of them must fit across a portrait tablet); where there is
        // room the rows and columns grow, so they are as large as the screen allows.
        Dimension key = new Dimension(theme.touchMinimum(), theme.touchMinimum());
        StringBuilder columns = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            columns.append("[grow, fill, sg half]");
        }
        setLayout(new MigLayout("insets 0, gap " + gap / 2 + " " + gap, columns.toString(),
                "[]" + (gap * 2) + "[grow, fill, sg row][grow, fill, sg row][grow, fill, sg row][grow, fill, sg row]"));
        add(display(), "span 20, growx, wrap");
        for (int r = 0; r < ROWS.length; r++) {
            String row = ROWS[r];
            // Each key spans two half-columns, so the last row can end in a key and a half each for Delete and OK.
            for (int i = 0; i < row.length(); i++) {
                boolean last = i == row.length() - 1 && r < ROWS.length - 1;
                add(characterKey(row.charAt(i), "hpLetterKey", key), last ? "span 2, wrap" : "span 2");
            }
        }
        add(deleteKey("hpLetterKey", key), "span 3");
        add(okKey(key), "span 3");
    }
}
