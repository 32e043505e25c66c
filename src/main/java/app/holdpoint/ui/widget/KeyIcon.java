package app.holdpoint.ui.widget;

import java.awt.BasicStroke;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;

import javax.swing.Icon;
import javax.swing.UIManager;

import app.holdpoint.ui.theme.Theme;

/** Vector key symbols that do not depend on a font having the glyph. */
final class KeyIcon implements Icon {
    enum Shape { DELETE }

    private final Shape shape;
    private final int size;

    KeyIcon(Shape shape, Theme theme) {
        this.shape = shape;
        this.size = theme.font("Holdpoint.key.font").getSize();
    }

    @Override
    public int getIconWidth() {
        return size * 3 / 2;
    }

    @Override
    public int getIconHeight() {
        return size;
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setColor(c != null && c.isEnabled() ? c.getForeground() : UIManager.getColor("Button.disabledText"));
            g2.setStroke(new BasicStroke(Math.max(3f, size / 11f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g2.translate(x, y);
            if (shape == Shape.DELETE) {
                double w = getIconWidth();
                double h = getIconHeight();
                Path2D outline = new Path2D.Double();
                outline.moveTo(w * 0.3, h * 0.1);
                outline.lineTo(w * 0.95, h * 0.1);
                outline.lineTo(w * 0.95, h * 0.9);
                outline.lineTo(w * 0.3, h * 0.9);
                outline.lineTo(w * 0.03, h * 0.5);
                outline.closePath();
                g2.draw(outline);
                g2.draw(new Line2D.Double(w * 0.48, h * 0.32, w * 0.76, h * 0.68));
                g2.draw(new Line2D.Double(w * 0.76, h * 0.32, w * 0.48, h * 0.68));
            }
        } finally {
            g2.dispose();
        }
    }
}
