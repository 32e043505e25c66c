package app.holdpoint.ui.widget;

import java.awt.Dimension;
import java.awt.LayoutManager;
import java.awt.Rectangle;

import javax.swing.JPanel;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;

/**
 * A panel that scrolls only vertically: inside a scroll pane it is always as wide as the viewport, so what it
 * holds wraps to the width there is instead of running off to the right. The one width-tracking
 * {@link Scrollable} of the kiosk: {@link ScrollableRows} and the runner's word column build on it.
 */
public class ColumnPanel extends JPanel implements Scrollable {
    private final int unit;

    /** @param unit how far one notch of the wheel or one arrow step scrolls, in pixels */
    public ColumnPanel(int unit) {
        this.unit = unit;
    }

    /** @param unit how far one notch of the wheel or one arrow step scrolls, in pixels */
    public ColumnPanel(LayoutManager layout, int unit) {
        super(layout);
        this.unit = unit;
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return unit;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return Math.max(unit, (orientation == SwingConstants.VERTICAL ? visible.height : visible.width) - unit);
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return getParent() != null && getPreferredSize().height < getParent().getHeight();
    }
}
