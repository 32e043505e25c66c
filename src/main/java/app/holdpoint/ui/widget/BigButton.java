package app.holdpoint.ui.widget;

import java.awt.Dimension;

import javax.swing.Icon;
import javax.swing.JButton;

import app.holdpoint.ui.theme.Theme;

/**
 * A button for the table: large text, never smaller than {@code Holdpoint.bigButton.minimumSize} (itself above
 * the touch minimum), not focusable (a tap should not leave a focus ring; pedals are key bindings). {@link
 * #primary} gives the one filled button of a screen (Start, Sign, OK).
 */
public class BigButton extends JButton {
    private final Dimension floor;

    public BigButton(Theme theme, String text) {
        this(theme, text, null);
    }

    public BigButton(Theme theme, String text, Icon icon) {
        this(theme, text, icon, "hpBig", theme.dimension("Holdpoint.bigButton.minimumSize"));
    }

    /** A button of the given style class, at least {@code floor} and at least the touch minimum. */
    protected BigButton(Theme theme, String text, Icon icon, String styleClass, Dimension floor) {
        super(text, icon);
        int touch = theme.touchMinimum();
        this.floor = new Dimension(Math.max(touch, floor.width), Math.max(touch, floor.height));
        putClientProperty("FlatLaf.styleClass", styleClass);
        setFocusable(false);
        setIconTextGap(theme.size("Holdpoint.banner.gap") / 2);
    }

    /** The screen's main action, filled with the primary colour. */
    public static BigButton primary(Theme theme, String text) {
        return new BigButton(theme, text, null, "hpPrimary", theme.dimension("Holdpoint.bigButton.minimumSize"));
    }

    @Override
    public Dimension getMinimumSize() {
        return atLeastFloor(super.getMinimumSize());
    }

    @Override
    public Dimension getPreferredSize() {
        return atLeastFloor(super.getPreferredSize());
    }

    private Dimension atLeastFloor(Dimension size) {
        // floor is null while JButton's constructor asks for sizes before ours has run.
        if (floor == null) {
            return size;
        }
        return new Dimension(Math.max(size.width, floor.width), Math.max(size.height, floor.height));
    }
}
