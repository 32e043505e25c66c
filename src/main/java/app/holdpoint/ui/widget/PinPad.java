package app.holdpoint.ui.widget;

import java.awt.Dimension;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.domain.Pin;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;

/**
 * A PIN keypad laid out like a phone: 1 2 3 / 4 5 6 / 7 8 9 / Delete 0 OK, with the entry shown as dots.
 */
public final class PinPad extends Keypad {

    /** A pad for a therapist's PIN: OK from {@link Pin#MIN_LENGTH} digits, none typed past {@link Pin#MAX_LENGTH}. */
    public PinPad(Theme theme, Text text) {
        this(theme, text, Pin.MIN_LENGTH, Pin.MAX_LENGTH);
    }

    /** A pad for another number of digits ({@code minLength} to {@code maxLength}). */
    public PinPad(Theme theme, Text text, int minLength, int maxLength) {
        super(theme, text, minLength, maxLength, true);
        setName("pinPad");
        int gap = theme.integer("Holdpoint.key.gap");
        Dimension key = theme.dimension("Holdpoint.key.minimumSize");
        setLayout(new MigLayout("insets 0, wrap 3, gap " + gap + " " + gap,
                "[grow, fill, sg key][grow, fill, sg key][grow, fill, sg key]", "[]" + (gap * 2) + "[grow, fill, sg row]"
                        + "[grow, fill, sg row][grow, fill, sg row][grow, fill, sg row]"));
        add(display(), "span 3, growx");
        for (char c : "123456789".toCharArray()) {
            add(characterKey(c, "hpKey", key));
        }
        add(deleteKey("hpKey", key));
        add(characterKey('0', "hpKey", key));
        add(okKey(key));
    }
}
