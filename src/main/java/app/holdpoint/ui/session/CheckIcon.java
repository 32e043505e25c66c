package app.holdpoint.ui.session;

import java.awt.BasicStroke;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;

import javax.swing.AbstractButton;

import app.holdpoint.ui.theme.SquareIcon;

/**
 * A check mark for chosen toggles, and a blank of the same size for the others, so a choice shows by shape and
 * not by colour alone.
 */
final class CheckIcon extends SquareIcon {
    private final boolean checked;

    private CheckIcon(int size, boolean checked) {
        super(size);
        this.checked = checked;
    }

    /** Gives the toggle a blank icon and a check mark when selected. */
    static <B extends AbstractButton> B on(B toggle, int size) {
        toggle.setIcon(new CheckIcon(size, false));
        toggle.setSelectedIcon(new CheckIcon(size, true));
        return toggle;
    }

    @Override
    protected void draw(Component c, Graphics2D g2, int x, int y) {
        if (!checked) {
            return;
        }
        g2.setColor(c.getForeground());
        g2.setStroke(new BasicStroke(Math.max(3f, size / 6f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D check = new Path2D.Double();
        check.moveTo(x + size * 0.12, y + size * 0.55);
        check.lineTo(x + size * 0.40, y + size * 0.82);
        check.lineTo(x + size * 0.90, y + size * 0.18);
        g2.draw(check);
    }
}
