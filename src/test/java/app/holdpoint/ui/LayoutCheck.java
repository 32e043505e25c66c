package app.holdpoint.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.FontMetrics;
import java.awt.Insets;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

import javax.swing.AbstractButton;
import javax.swing.Box;
import javax.swing.CellRendererPane;
import javax.swing.Icon;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JLayeredPane;
import javax.swing.JScrollBar;
import javax.swing.JScrollPane;
import javax.swing.JSlider;
import javax.swing.JTable;
import javax.swing.JToggleButton;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;

import org.assertj.swing.edt.GuiActionRunner;

import app.holdpoint.ui.widget.PaintedText;

/**
 * The kiosk's layout rules, checked on a laid-out component tree (the layout sweep): every control entirely on
 * the screen (or inside a scrolling region that can bring it there) and at least the touch minimum in both
 * directions; no two visible components overlapping; no label, button or painted text clipped or ellipsised.
 * Each problem is one line naming the component, so a failing sweep says what to fix.
 */
public final class LayoutCheck {
    private final Container root;
    private final int touchMinimum;
    private final Rectangle screen;
    private final List<String> problems = new ArrayList<>();
    private final List<Leaf> leaves = new ArrayList<>();

    private record Leaf(Component component, Rectangle visible) {
    }

    private LayoutCheck(Container root, int touchMinimum) {
        this.root = root;
        this.touchMinimum = touchMinimum;
        this.screen = new Rectangle(0, 0, root.getWidth(), root.getHeight());
    }

    /**
     * The problems of the tree under {@code root}, whose own bounds are the screen. Runs on the EDT.
     *
     * @param touchMinimum the scaled touch minimum in pixels ({@code theme.touchMinimum()})
     */
    public static List<String> problems(Container root, int touchMinimum) {
        return GuiActionRunner.execute(() -> {
            LayoutCheck check = new LayoutCheck(root, touchMinimum);
            check.visit(root, check.screen, false);
            check.overlaps();
            return List.copyOf(check.problems);
        });
    }

    private void visit(Container parent, Rectangle clip, boolean scrolled) {
        for (Component child : parent.getComponents()) {
            if (child.isVisible() && child instanceof JScrollPane scroll) {
                checkShowsSomething(scroll);
            }
            if (!child.isVisible() || child.getWidth() <= 0 || child.getHeight() <= 0
                    || child instanceof CellRendererPane || child instanceof JScrollBar) {
                continue;
            }
            Rectangle bounds = SwingUtilities.convertRectangle(parent, child.getBounds(), root);
            Rectangle visible = bounds.intersection(clip);
            boolean inScroll = scrolled || parent instanceof JViewport;
            if (visible.isEmpty() && inScroll) {
                continue; // scrolled out of view: reachable, checked when it shows
            }
            if (isControl(child)) {
                checkControl(child, bounds, inScroll, parent);
            }
            if (parent instanceof JViewport viewport && child == viewport.getView()) {
                checkFitsAcross(viewport, child, bounds);
            } else {
                checkInsideParent(parent, child);
            }
            checkText(child);
            Container container = child instanceof Container c ? c : null;
            boolean leaf = container == null || container.getComponentCount() == 0 || child instanceof AbstractButton
                    || child instanceof JComboBox || child instanceof JTable || child instanceof JTextComponent
                    || child instanceof PaintedText;
            if (leaf) {
                if (!(child instanceof Box.Filler) && !visible.isEmpty() && !blankLabel(child)) {
                    leaves.add(new Leaf(child, visible));
                }
                if (child instanceof AbstractButton button) {
                    checkWordsInside(button);
                }
            } else {
                Rectangle childClip = child instanceof JViewport ? visible : clip;
                if (child instanceof JLayeredPane) {
                    // An overlay drawn over a screen is meant to cover it; each layer is checked as its own screen.
                    checkLayers((JLayeredPane) child, childClip, inScroll);
                } else {
                    visit(container, childClip, inScroll);
                }
            }
        }
    }

    private void checkLayers(JLayeredPane pane, Rectangle clip, boolean scrolled) {
        visit(pane, clip, scrolled);
    }

    private static boolean isControl(Component c) {
        return c instanceof AbstractButton || c instanceof JComboBox || c instanceof JSlider
                || c instanceof JTextComponent text && text.isEditable() && text.isFocusable();
    }

    private void checkControl(Component c, Rectangle bounds, boolean inScroll, Container parent) {
        if (!inScroll && !screen.contains(bounds)) {
            problems.add(name(c) + " is not entirely on screen: " + describe(bounds) + " on " + screen.width + "x"
                    + screen.height);
        }
        if (bounds.width < touchMinimum || bounds.height < touchMinimum) {
            problems.add(name(c) + " is smaller than the touch minimum " + touchMinimum + ": " + bounds.width + "x"
                    + bounds.height);
        }
    }

    private void checkFitsAcross(JViewport viewport, Component view, Rectangle bounds) {
        JScrollPane scroll = (JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, viewport);
        boolean horizontal = scroll != null
                && scroll.getHorizontalScrollBarPolicy() != JScrollPane.HORIZONTAL_SCROLLBAR_NEVER;
        if (!horizontal && view.getWidth() > viewport.getWidth() + 1) {
            problems.add(name(view) + " is wider than its scrolling region, which cannot scroll sideways: "
                    + view.getWidth() + " > " + viewport.getWidth());
        }
    }

    /**
     * A child reaching past its parent's left or right edge is cut there, whatever it is (the layout ran out of
     * width and laid out at minimum sizes): a wrapping row whose answer is off the edge, a clipped value.
     */
    private void checkInsideParent(Container parent, Component child) {
        if (parent instanceof JLayeredPane) {
            return; // an overlay layer is checked as its own screen
        }
        int right = child.getX() + child.getWidth();
        if (child.getX() < -1 || right > parent.getWidth() + 1) {
            problems.add(name(child) + " reaches past the side of " + name(parent) + ": x " + child.getX() + " to "
                    + right + " in a width of " + parent.getWidth() + " (min " + child.getMinimumSize().width + ", pref " + child.getPreferredSize().width + ")");
        }
    }

    /**
     * The words a button lays out itself, as labels inside it (a sign-in tile's name and role line): within the
     * button and not cut, like the button's own text. The button stays one leaf for the overlap check.
     */
    private void checkWordsInside(AbstractButton button) {
        for (Component inner : button.getComponents()) {
            if (inner.isVisible() && inner.getWidth() > 0 && inner.getHeight() > 0) {
                checkInsideParent(button, inner);
                checkText(inner);
            }
        }
    }

        /** A scrolling region with something to show must show at least a line of it, not scroll it all away. */
    private void checkShowsSomething(JScrollPane scroll) {
        Component view = scroll.getViewport().getView();
        int line = scroll.getFontMetrics(scroll.getFont()).getHeight();
        if (view != null && view.getPreferredSize().height > 0 && scroll.getViewport().getHeight() < line) {
            problems.add(name(scroll) + " has content but its scrolling region is only "
                    + scroll.getViewport().getHeight() + " px high");
        }
    }

    private void checkText(Component c) {
        if (c instanceof PaintedText painted) {
            for (String clipped : painted.clippedTexts()) {
                problems.add(name(c) + " paints '" + clipped + "' clipped");
            }
        } else if (c instanceof JLabel label) {
            checkLabel(label.getText(), label, label.getIconTextGap(), label);
        } else if (c instanceof AbstractButton button && !(c instanceof JToggleButton
                && button.getText() == null)) {
            checkLabel(button.getText(), button, button.getIconTextGap(), button);
        } else if (c instanceof JTextComponent text && !text.isEditable()
                && !(SwingUtilities.getAncestorOfClass(JViewport.class, text) != null)) {
            int needed = text.getPreferredSize().height;
            if (needed > text.getHeight() + 1) {
                problems.add(name(c) + " shows its text cut: needs " + needed + " px, has " + text.getHeight()
                        + " ('" + abbreviate(text.getText()) + "')");
            }
        }
    }

    private void checkLabel(String text, JComponent c, int gap, Component named) {
        if (text == null || text.isEmpty()) {
            return;
        }
        if (text.regionMatches(true, 0, "<html>", 0, 6)) {
            int needed = c.getPreferredSize().height;
            if (needed > c.getHeight() + 1) {
                problems.add(name(named) + " shows its text cut: needs " + needed + " px, has " + c.getHeight());
            }
            return;
        }
        Insets insets = c.getInsets();
        Rectangle inner = new Rectangle(insets.left, insets.top, c.getWidth() - insets.left - insets.right,
                c.getHeight() - insets.top - insets.bottom);
        FontMetrics metrics = c.getFontMetrics(c.getFont());
        Icon icon = c instanceof JLabel l ? l.getIcon() : ((AbstractButton) c).getIcon();
        int hAlign = c instanceof JLabel l ? l.getHorizontalAlignment() : ((AbstractButton) c).getHorizontalAlignment();
        int vAlign = c instanceof JLabel l ? l.getVerticalAlignment() : ((AbstractButton) c).getVerticalAlignment();
        int hText = c instanceof JLabel l ? l.getHorizontalTextPosition()
                : ((AbstractButton) c).getHorizontalTextPosition();
        int vText = c instanceof JLabel l ? l.getVerticalTextPosition() : ((AbstractButton) c).getVerticalTextPosition();
        String shown = SwingUtilities.layoutCompoundLabel(c, metrics, text, icon, vAlign, hAlign, vText, hText, inner,
                new Rectangle(), new Rectangle(), gap);
        if (!shown.equals(text)) {
            problems.add(name(named) + " shows '" + shown + "' instead of '" + text + "'");
        } else if (metrics.getHeight() > inner.height + 2) {
            problems.add(name(named) + " is too low for its text: '" + text + "' needs " + metrics.getHeight()
                    + " px, has " + inner.height);
        }
    }

    private void overlaps() {
        for (int i = 0; i < leaves.size(); i++) {
            for (int j = i + 1; j < leaves.size(); j++) {
                Leaf a = leaves.get(i);
                Leaf b = leaves.get(j);
                if (SwingUtilities.isDescendingFrom(a.component, b.component)
                        || SwingUtilities.isDescendingFrom(b.component, a.component)
                        || differentLayers(a.component, b.component)) {
                    continue;
                }
                Rectangle common = a.visible.intersection(b.visible);
                if (common.width > 1 && common.height > 1) {
                    problems.add(name(a.component) + " and " + name(b.component) + " overlap by " + common.width + "x"
                            + common.height);
                }
            }
        }
    }

    /** Components on different layers of a layered pane (a screen and the overlay above it) may overlap. */
    private static boolean differentLayers(Component a, Component b) {
        JLayeredPane pane = (JLayeredPane) SwingUtilities.getAncestorOfClass(JLayeredPane.class, a);
        while (pane != null) {
            if (SwingUtilities.isDescendingFrom(b, pane)) {
                Component topA = childOf(pane, a);
                Component topB = childOf(pane, b);
                return topA != topB && pane.getLayer(topA) != pane.getLayer(topB);
            }
            pane = (JLayeredPane) SwingUtilities.getAncestorOfClass(JLayeredPane.class, pane);
        }
        return false;
    }

    private static Component childOf(Container ancestor, Component c) {
        Component at = c;
        while (at.getParent() != ancestor) {
            at = at.getParent();
        }
        return at;
    }

    private static boolean blankLabel(Component c) {
        return c instanceof JLabel label && (label.getText() == null || label.getText().isBlank())
                && label.getIcon() == null;
    }

    private static String name(Component c) {
        String name = c.getName();
        String kind = c.getClass().getSimpleName().isEmpty() ? c.getClass().getName() : c.getClass().getSimpleName();
        String text = c instanceof JLabel l ? l.getText() : c instanceof AbstractButton b ? b.getText() : null;
        return kind + (name != null ? " '" + name + "'" : "") + (text != null && !text.isBlank()
                ? " \"" + abbreviate(text) + "\"" : "");
    }

    private static String describe(Rectangle r) {
        return r.width + "x" + r.height + " at " + r.x + "," + r.y;
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() > 40 ? flat.substring(0, 40) + "…" : flat;
    }
}
