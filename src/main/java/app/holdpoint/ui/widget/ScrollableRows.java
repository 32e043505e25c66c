package app.holdpoint.ui.widget;

import java.awt.Component;
import java.awt.Container;
import java.awt.LayoutManager;

/**
 * A panel that scrolls vertically only: it takes the viewport's width, so its rows wrap instead. The wheel and
 * arrow keys move by {@code unit} pixels (the caller's row height, scaled with the theme).
 */
public class ScrollableRows extends ColumnPanel {
    private int wrappedAt = -1;

    public ScrollableRows(LayoutManager layout, int unit) {
        super(layout, Math.max(1, unit));
    }

    /**
     * Lays out twice when the width changed. Wrapping text only knows how tall it is once it has a width, so the
     * first pass gives each text area its width and the second gives it the height of its wrapped lines; one
     * pass left the last line of a card's text cut off.
     */
    @Override
    protected void validateTree() {
        super.validateTree();
        if (getWidth() != wrappedAt) {
            wrappedAt = getWidth();
            invalidateAll(this);
            super.validateTree();
            if (getPreferredSize().height != getHeight()) {
                revalidate();
            }
        }
    }

    private static void invalidateAll(Container parent) {
        for (Component child : parent.getComponents()) {
            child.invalidate();
            if (child instanceof Container container) {
                invalidateAll(container);
            }
        }
    }

    /** Keeps its preferred height in a taller viewport: its rows stay at the top, as laid out. */
    @Override
    public boolean getScrollableTracksViewportHeight() {
        return false;
    }
}
