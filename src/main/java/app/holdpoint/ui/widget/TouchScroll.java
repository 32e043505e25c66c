package app.holdpoint.ui.widget;

import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.HierarchyEvent;
import java.awt.event.MouseEvent;

import javax.swing.AbstractButton;
import javax.swing.BorderFactory;
import javax.swing.ButtonModel;
import javax.swing.JComponent;
import javax.swing.JScrollBar;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;

import app.holdpoint.ui.theme.Theme;

/**
 * Scrolling for a finger. Swing scrolls only by its scroll bar and the wheel; on a touch screen a finger drags
 * the content itself. A press anywhere in the view (on a button too) that then moves further than a small
 * threshold becomes a drag: the view follows the finger and the press is taken back from the control under it,
 * so a drag never answers a question. A press that stays within the threshold is an ordinary tap, however long
 * it is held.
 *
 * <p>The scroll bar is as wide as the touch minimum and has no arrow buttons. {@link #enableDrag} adds the
 * dragging to any scroll pane (a table's, for instance).
 */
public final class TouchScroll {
    /** Set on the view's component for the rest of a press that became a drag; see {@link #isDragging}. */
    private static final String DRAGGING = "holdpoint.touchScroll.dragging";

    private TouchScroll() {
    }

    /** A vertical scroll pane over {@code view}, scrolled by dragging; {@code unit} is the wheel's step. */
    public static JScrollPane of(JComponent view, Theme theme, int unit) {
        JScrollPane scroll = new JScrollPane(view, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getVerticalScrollBar().setUnitIncrement(unit);
        return enableDrag(scroll, theme);
    }

    /**
     * Makes an existing scroll pane follow a dragging finger and gives it touch-sized scroll bars. Safe to call
     * once per scroll pane; returns it.
     */
    public static JScrollPane enableDrag(JScrollPane scroll, Theme theme) {
        touchBar(scroll.getVerticalScrollBar(), new Dimension(theme.touchMinimum(), 0));
        touchBar(scroll.getHorizontalScrollBar(), new Dimension(0, theme.touchMinimum()));
        if (scroll.getClientProperty(Dragger.class) == null) {
            Dragger dragger = new Dragger(scroll, threshold(theme));
            scroll.putClientProperty(Dragger.class, dragger);
            // Listens only while the pane is on screen: a removed screen leaves no listener behind.
            scroll.addHierarchyListener(e -> {
                if ((e.getChangeFlags() & HierarchyEvent.DISPLAYABILITY_CHANGED) != 0) {
                    dragger.listen(scroll.isDisplayable());
                }
            });
            dragger.listen(scroll.isDisplayable());
        }
        return scroll;
    }

    /** How far a finger moves before a press becomes a drag: a sixth of the touch minimum (about 10 px). */
    public static int threshold(Theme theme) {
        return Math.max(4, theme.touchMinimum() / 6);
    }

    /**
     * True while the press on {@code component} (or one of its parents in a touch-scrolled view) is a drag. A
     * component that acts on mouse clicks, not through a button model, asks this before acting.
     */
    public static boolean isDragging(Component component) {
        JViewport viewport = component instanceof JViewport v ? v
                : (JViewport) SwingUtilities.getAncestorOfClass(JViewport.class, component);
        return viewport != null && viewport.getView() instanceof JComponent view
                && Boolean.TRUE.equals(view.getClientProperty(DRAGGING));
    }

    /**
     * Scrolls as little as needed for {@code bounds} (in {@code parent}'s coordinates) to be in sight, with
     * {@code margin} around it. Asked of the parent: read-only text refuses to scroll itself (see Words).
     */
    public static void reveal(JComponent parent, Rectangle bounds, int margin) {
        parent.scrollRectToVisible(new Rectangle(bounds.x, bounds.y - margin, bounds.width,
                bounds.height + 2 * margin));
    }

    private static void touchBar(JScrollBar bar, Dimension size) {
        bar.setPreferredSize(size);
        for (Component arrow : bar.getComponents()) {
            arrow.setVisible(false);
        }
    }

    /** Follows presses in one scroll pane's viewport (not its scroll bars, not a nested scroll pane's). */
    private static final class Dragger implements AWTEventListener {
        private final JScrollPane scroll;
        private final int threshold;
        private boolean listening;
        private Point pressedAt;
        private Point viewAtPress;
        private Component pressedOn;
        private boolean dragging;
        private long presses;

        Dragger(JScrollPane scroll, int threshold) {
            this.scroll = scroll;
            this.threshold = threshold;
        }

        void listen(boolean on) {
            if (on == listening) {
                return;
            }
            listening = on;
            Toolkit toolkit = Toolkit.getDefaultToolkit();
            if (on) {
                toolkit.addAWTEventListener(this, AWTEvent.MOUSE_EVENT_MASK | AWTEvent.MOUSE_MOTION_EVENT_MASK);
            } else {
                toolkit.removeAWTEventListener(this);
                end();
            }
        }

        @Override
        public void eventDispatched(AWTEvent event) {
            if (!(event instanceof MouseEvent e)) {
                return;
            }
            switch (e.getID()) {
                case MouseEvent.MOUSE_PRESSED -> {
                    if (SwingUtilities.isLeftMouseButton(e) && ours(e.getComponent())) {
                        pressedAt = e.getLocationOnScreen();
                        viewAtPress = scroll.getViewport().getViewPosition();
                        pressedOn = e.getComponent();
                        dragging = false;
                        presses++;
                    }
                }
                case MouseEvent.MOUSE_DRAGGED -> {
                    if (pressedAt == null || e.getComponent() != pressedOn) {
                        return;
                    }
                    Point now = e.getLocationOnScreen();
                    int dx = now.x - pressedAt.x;
                    int dy = now.y - pressedAt.y;
                    if (!dragging && Math.max(Math.abs(dx), Math.abs(dy)) > threshold) {
                        startDrag();
                    }
                    if (dragging) {
                        follow(dx, dy);
                        // Lists, tables and text ignore a consumed drag, so nothing is selected on the way.
                        e.consume();
                    }
                }
                case MouseEvent.MOUSE_RELEASED -> {
                    if (pressedAt != null && e.getComponent() == pressedOn) {
                        if (dragging) {
                            e.consume();
                        }
                        // The click that may follow this release still sees the drag; cleared after it.
                        long press = presses;
                        SwingUtilities.invokeLater(() -> {
                            if (press == presses) {
                                end();
                            }
                        });
                    }
                }
                case MouseEvent.MOUSE_CLICKED -> {
                    if (dragging && e.getComponent() == pressedOn) {
                        e.consume();
                    }
                }
                default -> {
                }
            }
        }

        /** A press in this pane's view: the nearest viewport above the component is this pane's. */
        private boolean ours(Component component) {
            if (component == null || !scroll.isShowing()
                    || SwingUtilities.getAncestorOfClass(JScrollBar.class, component) != null
                    || component instanceof JScrollBar) {
                return false;
            }
            Component viewport = component instanceof JViewport ? component
                    : SwingUtilities.getAncestorOfClass(JViewport.class, component);
            return viewport == scroll.getViewport();
        }

        private void startDrag() {
            dragging = true;
            if (scroll.getViewport().getView() instanceof JComponent view) {
                view.putClientProperty(DRAGGING, Boolean.TRUE);
            }
            // Take the press back from a button: released unarmed, it does not fire.
            AbstractButton button = pressedOn instanceof AbstractButton b ? b
                    : (AbstractButton) SwingUtilities.getAncestorOfClass(AbstractButton.class, pressedOn);
            if (button != null) {
                ButtonModel model = button.getModel();
                model.setArmed(false);
                model.setPressed(false);
            }
        }

        private void follow(int dx, int dy) {
            JViewport viewport = scroll.getViewport();
            Component view = viewport.getView();
            if (view == null) {
                return;
            }
            Dimension extent = viewport.getExtentSize();
            Dimension size = view.getSize();
            int x = clamp(viewAtPress.x - dx, size.width - extent.width);
            int y = clamp(viewAtPress.y - dy, size.height - extent.height);
            viewport.setViewPosition(new Point(x, y));
        }

        private static int clamp(int value, int max) {
            return Math.max(0, Math.min(value, Math.max(0, max)));
        }

        private void end() {
            pressedAt = null;
            pressedOn = null;
            if (scroll.getViewport().getView() instanceof JComponent view) {
                view.putClientProperty(DRAGGING, null);
            }
            dragging = false;
        }
    }
}
