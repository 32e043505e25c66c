package app.holdpoint.ui.shell;

import java.awt.Dialog;
import java.awt.Dimension;

import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.BigButton;
import java.awt.Frame;

/**
 * Why the kiosk could not start (another kiosk on the same data, a read-only or full disk, a database from a
 * newer version), in words a clinician can act on, with one button to close. Never a stack trace: the details go
 * to the log.
 */
public final class StartupProblem {
    private StartupProblem() {
    }

    /** Shows the problem and returns when it is dismissed. Call on the Event Dispatch Thread. */
    public static void show(Theme theme, Text text, String problem) {
        show(theme, text, problem, "startup");
    }

    /**
     * Shows a warning the kiosk opens after (the record is older than the last one this kiosk wrote) and returns
     * when it is dismissed. Call on the Event Dispatch Thread.
     */
    public static void warn(Theme theme, Text text, String warning) {
        show(theme, text, warning, "startup.warning");
    }

    private static void show(Theme theme, Text text, String problem, String keys) {
        JDialog dialog = new JDialog((Frame) null, text.get(keys + ".title"), Dialog.ModalityType.APPLICATION_MODAL);
        dialog.setName("startupProblem");
        JPanel content = new JPanel(new MigLayout("insets 32, fillx, wrap 1", "[grow, fill]", "[][]16[]24[]"));
        JLabel title = new JLabel(text.get(keys + ".title"));
        title.putClientProperty("FlatLaf.styleClass", "h0");
        JTextArea message = area(problem.isEmpty() ? problem
                : Character.toUpperCase(problem.charAt(0)) + problem.substring(1));
        message.setName("startupProblem.message");
        message.putClientProperty("FlatLaf.styleClass", "h2");
        JTextArea hint = area(text.get(keys + ".hint"));
        hint.putClientProperty("FlatLaf.styleClass", "h3");
        BigButton close = BigButton.primary(theme, text.get(keys + ".close"));
        close.setName("startupProblem.close");
        close.addActionListener(e -> dialog.dispose());
        content.add(title);
        content.add(message, "wmin 0");
        content.add(hint, "wmin 0");
        content.add(close, "right, growx 0");
        dialog.setContentPane(content);
        dialog.setSize(new Dimension(900, 480));
        dialog.setSize(new Dimension(900, Math.min(640, content.getPreferredSize().height + 48)));
        dialog.setLocationRelativeTo(null);
        dialog.setAlwaysOnTop(true);
        dialog.setVisible(true);
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
