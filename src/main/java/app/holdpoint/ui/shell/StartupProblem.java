package app.holdpoint.ui.shell;

import java.awt.Dialog;
import java.awt.Dimension;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;

import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.BigButton;
import app.holdpoint.ui.widget.ColumnPanel;
import app.holdpoint.ui.widget.TouchScroll;

/**
 * Why the kiosk could not start (another kiosk on the same data, a read-only or full disk, a database from a
 * newer version), in words a clinician can act on, with one button to close. Never a stack trace: the details go
 * to the log.
 */
public final class StartupProblem {
    /** The widest the dialog grows on a large screen, in unscaled pixels: lines a person can read. */
    private static final int WIDEST = 900;
    /** The content's margin and the gap above the button, in unscaled pixels (the layout scales them). */
    private static final int INSET = 32;
    private static final int GAP = 24;

    private StartupProblem() {
    }

    /** Shows the problem and returns when it is dismissed. Call on the Event Dispatch Thread. */
    public static void show(Theme theme, Text text, String problem) {
        dialog(theme, text, problem, "startup", screen()).setVisible(true);
    }

    /**
     * Shows a warning the kiosk opens after (the record is older than the last one this kiosk wrote) and returns
     * when it is dismissed. Call on the Event Dispatch Thread.
     */
    public static void warn(Theme theme, Text text, String warning) {
        dialog(theme, text, warning, "startup.warning", screen()).setVisible(true);
    }

    /**
     * The modal dialog, not yet shown, laid out for {@code screen} (its bounds in logical pixels): as wide as
     * reads well and fits, as tall as its words need and fits; longer words scroll above a button that stays.
     *
     * @param keys "startup" (could not start) or "startup.warning" (started, with a warning)
     */
    static JDialog dialog(Theme theme, Text text, String problem, String keys, Rectangle screen) {
        JDialog dialog = new JDialog((Frame) null, text.get(keys + ".title"), Dialog.ModalityType.APPLICATION_MODAL);
        dialog.setName("startupProblem");
        int margin = theme.size("Holdpoint.key.gap") * 2;
        JPanel words = new ColumnPanel(new MigLayout("insets 0, fillx, wrap 1", "[grow, fill]", "[]16[]24[]"),
                theme.touchMinimum() / 2);
        JLabel title = new JLabel(text.get(keys + ".title"));
        title.putClientProperty("FlatLaf.styleClass", "h0");
        JTextArea message = area(problem.isEmpty() ? problem
                : Character.toUpperCase(problem.charAt(0)) + problem.substring(1));
        message.setName("startupProblem.message");
        message.putClientProperty("FlatLaf.styleClass", "h2");
        JTextArea hint = area(text.get(keys + ".hint"));
        hint.setName("startupProblem.hint");
        hint.putClientProperty("FlatLaf.styleClass", "h3");
        words.add(title, "wmin 0");
        words.add(message, "wmin 0");
        words.add(hint, "wmin 0");
        JScrollPane scroll = TouchScroll.of(words, theme, theme.touchMinimum() / 2);
        scroll.setName("startupProblem.scroll");
        BigButton close = BigButton.primary(theme, text.get(keys + ".close"));
        close.setName("startupProblem.close");
        close.addActionListener(e -> dialog.dispose());
        JPanel content = new JPanel(new MigLayout("insets " + INSET + ", fill, wrap 1", "[grow, fill]",
                "[grow, fill]" + GAP + "[]"));
        content.add(scroll, "wmin 0, hmin 0");
        content.add(close, "right, growx 0");
        dialog.setContentPane(content);
        int width = Math.min(Math.round(WIDEST * theme.scale()), screen.width - 2 * margin);
        // Laid out first as tall as the screen allows, so the words wrap at the width they really get (the layout's
        // scaled insets, the frame), then shortened by what they leave empty: a scroll bar only when they need it.
        dialog.setSize(new Dimension(width, screen.height - 2 * margin));
        dialog.addNotify();
        dialog.validate();
        // Once more: a wrapping text area knows its height only after a layout has given it its width.
        message.invalidate();
        hint.invalidate();
        dialog.validate();
        int spare = scroll.getViewport().getHeight() - words.getPreferredSize().height;
        if (spare > 0) {
            dialog.setSize(new Dimension(width, dialog.getHeight() - spare));
            dialog.validate();
        }
        dialog.setLocation(screen.x + (screen.width - dialog.getWidth()) / 2,
                screen.y + (screen.height - dialog.getHeight()) / 2);
        dialog.setAlwaysOnTop(true);
        return dialog;
    }

    private static Rectangle screen() {
        return GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice().getDefaultConfiguration()
                .getBounds();
    }

    private static JTextArea area(String content) {
        JTextArea area = new JTextArea(content);
        area.setEditable(false);
        area.setFocusable(false);
        area.setOpaque(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        return area;
    }
}
