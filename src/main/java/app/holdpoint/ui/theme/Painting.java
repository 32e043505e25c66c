package app.holdpoint.ui.theme;

import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;

/** One place for how the kiosk's custom painting is set up: smooth shapes, smooth text, true strokes. */
public final class Painting {
    private Painting() {
    }

    /** A copy of {@code g} (dispose it) that paints antialiased shapes and text with pure strokes. */
    public static Graphics2D smooth(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g2;
    }
}
