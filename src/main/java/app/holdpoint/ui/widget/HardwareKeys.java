package app.holdpoint.ui.widget;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.HierarchyEvent;
import java.awt.event.InputEvent;
import java.util.function.Supplier;

import javax.swing.AbstractAction;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JRootPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;

/**
 * Hardware keys for an on-screen pad. The pads' keys take no focus (a tap leaves no focus ring), so bindings that
 * wait for the pad to be focused never heard a keyboard in the kiosk, only in tests that focused the pad by hand.
 * These bindings live in the whole window ({@code WHEN_IN_FOCUSED_WINDOW}), so they answer wherever the focus is
 * (a focused text field still takes its own typing first), and only while their on-screen key could be pressed:
 * the pad showing, not under the administrator overlay, the key enabled.
 */
final class HardwareKeys {
    private HardwareKeys() {
    }

    static void bind(JComponent pad, KeyStroke stroke, String name, Runnable action, Supplier<AbstractButton> key) {
        pad.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(stroke, name);
        pad.getActionMap().put(name, new AbstractAction() {
            @Override
            public boolean isEnabled() {
                AbstractButton button = key.get();
                return reachable(pad) && (button == null || button.isEnabled());
            }

            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }

    /** A typed character in either case, with or without Shift (a scanner types capitals with Shift held). */
    static void bindCharacter(JComponent pad, char c, Runnable action, AbstractButton key) {
        for (char variant : new char[] {Character.toUpperCase(c), Character.toLowerCase(c)}) {
            for (int modifiers : new int[] {0, InputEvent.SHIFT_DOWN_MASK}) {
                bind(pad, KeyStroke.getKeyStroke(Character.valueOf(variant), modifiers),
                        "type." + (int) variant + "." + modifiers, action, () -> key);
            }
        }
    }

    /**
     * When the pad comes on screen and nothing showing in its window holds the keyboard focus, the pad takes it:
     * key bindings are looked up from the focus owner, so a window without one hears no keys at all.
     */
    static void focusWhenShown(JComponent pad) {
        pad.setFocusable(true);
        pad.addHierarchyListener(e -> {
            if ((e.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0 && pad.isShowing()) {
                SwingUtilities.invokeLater(() -> {
                    if (!pad.isShowing()) {
                        return;
                    }
                    Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
                    Window window = SwingUtilities.getWindowAncestor(pad);
                    if (owner == null || !owner.isShowing() || SwingUtilities.getWindowAncestor(owner) != window) {
                        pad.requestFocusInWindow();
                    }
                });
            }
        });
    }

    /** On screen and on top: a visible glass pane that does not hold the pad covers it. */
    static boolean reachable(JComponent pad) {
        if (!pad.isShowing()) {
            return false;
        }
        JRootPane root = SwingUtilities.getRootPane(pad);
        Component glass = root == null ? null : root.getGlassPane();
        return glass == null || !glass.isVisible() || SwingUtilities.isDescendingFrom(pad, glass);
    }
}
