package app.holdpoint.ui.session;

import java.awt.BasicStroke;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;

import javax.swing.AbstractButton;
import javax.swing.Icon;

import app.holdpoint.ui.theme.Painting;

/**
 * A check mark for chosen toggles, and a blank of the same size for the others, so a choice shows by shape and
 * not by colour alone.
 */
final class CheckIcon implements Icon {
    private final int size;
    private final boolean checked;

    private CheckIcon(int size, boolean checked) {
        this.size = size;
        this.checked = checked;
    }

    /** Gives the toggle a blank icon and a check mark when selected. */
    static <B extends AbstractButton> B on(B toggle, int size) {
        toggle.setIcon(new CheckIcon(size, false));
        toggle.setSelectedIcon(new CheckIcon(size, true));
        return toggle;
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        if (!checked) {
            return;
        }
        Graphics2D g2 = Painting.smooth(g);
        try {
            g2.setColor(c.getForeground());
            g2.setStroke(new BasicStroke(Math.max(3f, size / 6f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Path2D check = new Path2D.Double();
            check.moveTo(x + size * 0.12, y + size * 0.55);
            check.lineTo(x + size * 0.40, y + size * 0.82);
            check.lineTo(x + size * 0.90, y + size * 0.18);
            g2.draw(check);
        } finally {
            g2.dispose();
        }
    }

    @Override
    public int getIconWidth() {
        return size;
    }

    @Override
    public int getIconHeight() {
        return size;
    }
}
