package app.holdpoint.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

import org.assertj.swing.edt.GuiActionRunner;

import app.holdpoint.ui.theme.Theme;

/** Test helpers for laying components out at kiosk size and looking at the result. */
public final class Frames {
    /** The tablet the kiosk is designed for. */
    public static final Dimension SCREEN = new Dimension(1280, 800);

    private Frames() {
    }

    /** Shows the content alone in an undecorated frame of the given size; dispose it after the test. */
    public static JFrame show(Component content, Dimension size) {
        return GuiActionRunner.execute(() -> {
            JFrame frame = new JFrame("test");
            frame.setUndecorated(true);
            frame.getContentPane().add(content);
            frame.setSize(size);
            frame.setLocation(0, 0);
            frame.setVisible(true);
            frame.validate();
            return frame;
        });
    }

    /**
     * Installs the theme at the scale the kiosk chooses for {@code screen}: call before building the screen's
     * components, on any thread.
     */
    public static Theme installFor(ScreenSize screen, Theme.Variant variant) {
        return GuiActionRunner.execute(() -> Theme.install(variant, screen.scale()));
    }

    /** Shows the content alone in an undecorated frame the size of {@code screen}; dispose it after the test. */
    public static JFrame show(Component content, ScreenSize screen) {
        return show(content, screen.dimension());
    }

    /** Paints a component at the given size into an image, off screen. */
    public static BufferedImage paint(JComponent component, int width, int height) {
        return GuiActionRunner.execute(() -> {
            component.setSize(width, height);
            component.doLayout();
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            component.paint(g);
            g.dispose();
            return image;
        });
    }

    /**
     * Every showing touch target under the root (buttons, and anything else that listens to the mouse) that is
     * smaller than {@code min} in width or height, as "name WxH".
     */
    public static List<String> touchTargetsSmallerThan(Container root, int min) {
        return GuiActionRunner.execute(() -> {
            List<String> small = new ArrayList<>();
            collect(root, min, small);
            return small;
        });
    }

    /** How many touch targets there are under the root, to be sure a check looked at something. */
    public static int touchTargetCount(Container root) {
        return GuiActionRunner.execute(() -> {
            List<String> all = new ArrayList<>();
            collect(root, Integer.MAX_VALUE, all);
            return all.size();
        });
    }

    private static void collect(Container parent, int min, List<String> small) {
        for (Component child : parent.getComponents()) {
            if (!child.isShowing()) {
                continue;
            }
            boolean target = child instanceof AbstractButton
                    || child instanceof JComponent && child.getMouseListeners().length > 0
                    && !(child instanceof Container && ((Container) child).getComponentCount() > 0);
            if (target) {
                Rectangle r = SwingUtilities.convertRectangle(parent, child.getBounds(), null);
                if (r.width < min || r.height < min) {
                    small.add(child.getName() + " " + r.width + "x" + r.height);
                }
            }
            if (child instanceof Container) {
                collect((Container) child, min, small);
            }
        }
    }
}
