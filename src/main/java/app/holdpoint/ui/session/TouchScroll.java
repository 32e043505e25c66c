package app.holdpoint.ui.session;

import java.awt.Component;
import java.awt.Dimension;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JScrollBar;
import javax.swing.JScrollPane;

import app.holdpoint.ui.theme.Theme;

/**
 * A vertical scroll pane for a finger: a scroll bar as wide as the touch minimum, without the tiny arrow
 * buttons (a finger drags the thumb or taps the track).
 */
final class TouchScroll {
    private TouchScroll() {
    }

    static JScrollPane of(JComponent view, Theme theme, int unit) {
        JScrollPane scroll = new JScrollPane(view, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        JScrollBar bar = scroll.getVerticalScrollBar();
        bar.setUnitIncrement(unit);
        bar.setPreferredSize(new Dimension(theme.touchMinimum(), 0));
        for (Component arrow : bar.getComponents()) {
            arrow.setVisible(false);
        }
        return scroll;
    }
}
