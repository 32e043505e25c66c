package app.holdpoint.ui.theme;

import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;

import javax.swing.Icon;

/** A square icon painted by code: its size, and a smooth graphics copy ({@link Painting#smooth}) disposed after. */
public abstract class SquareIcon implements Icon {
    protected final int size;

    protected SquareIcon(int size) {
        this.size = size;
    }

    /** Paints the icon with its top-left corner at {@code x}, {@code y}; {@code g} is disposed afterwards. */
    protected abstract void draw(Component c, Graphics2D g, int x, int y);

    @Override
    public final void paintIcon(Component c, Graphics g, int x, int y) {
        Graphics2D g2 = Painting.smooth(g);
        try {
            draw(c, g2, x, y);
        } finally {
            g2.dispose();
        }
    }

    @Override
    public final int getIconWidth() {
        return size;
    }

    @Override
    public final int getIconHeight() {
        return size;
    }
}
