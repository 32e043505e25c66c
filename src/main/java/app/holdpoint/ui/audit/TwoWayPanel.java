package app.holdpoint.ui.audit;

import javax.swing.JPanel;
import javax.swing.SwingUtilities;

/**
 * A panel with a wide and a narrow arrangement, chosen again on each resize that crosses the line between them
 * (so a portrait screen gets the tall one). The filter bar and the addendum form both work this way.
 */
abstract class TwoWayPanel extends JPanel {
    private boolean wide;

    /** Whether the wide arrangement fits at this width. */
    abstract boolean fitsWide(int width);

    /** Lays the children out the wide or the narrow way (after {@code removeAll}). */
    abstract void layOut(boolean wide);

    final void arrange(boolean wide) {
        this.wide = wide;
        layOut(wide);
    }

    @Override
    public void setBounds(int x, int y, int width, int height) {
        boolean fits = fitsWide(width);
        if (fits != wide && width > 0) {
            arrange(fits);
            super.setBounds(x, y, width, height);
            SwingUtilities.invokeLater(() -> {
                revalidate();
                repaint();
            });
            return;
        }
        super.setBounds(x, y, width, height);
    }
}
