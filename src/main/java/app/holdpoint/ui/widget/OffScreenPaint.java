package app.holdpoint.ui.widget;

import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.image.VolatileImage;

import javax.swing.JComponent;

/**
 * Paints a page that is built but not showing once into an image of the screen's own kind, so that its first real
 * paint finds its layout done, its glyphs rasterised (and, on X11, already in the X server's glyph cache) and its
 * painting code loaded. For a page the kiosk builds behind the one a person is reading; on the Event Dispatch Thread.
 */
public final class OffScreenPaint {
    private OffScreenPaint() {
    }

    /**
     * Lays {@code page} out (its parent first, which gives a page just added to cards its size) and paints it off
     * screen. Does nothing when the page has no size or is not in a window yet.
     */
    public static void rehearse(JComponent page) {
        if (page.getParent() != null) {
            page.getParent().validate();
        }
        page.validate();
        GraphicsConfiguration screen = page.getGraphicsConfiguration();
        if (page.getWidth() <= 0 || page.getHeight() <= 0 || screen == null) {
            return;
        }
        VolatileImage image = screen.createCompatibleVolatileImage(page.getWidth(), page.getHeight());
        try {
            Graphics2D g = image.createGraphics();
            try {
                page.paint(g);
            } finally {
                g.dispose();
            }
        } finally {
            image.flush();
        }
    }
}
