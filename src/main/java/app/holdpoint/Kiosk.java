package app.holdpoint;

import java.awt.GraphicsEnvironment;

import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

import com.formdev.flatlaf.FlatDarkLaf;

import app.holdpoint.cli.HoldpointCommand.KioskRequest;
import app.holdpoint.cli.UserError;

/** Opens the kiosk window. Until the kiosk screens land it says so, on the configured data. */
final class Kiosk {
    private static volatile boolean open;

    private Kiosk() {
    }

    static boolean isOpen() {
        return open;
    }

    static void open(KioskRequest request) {
        if (GraphicsEnvironment.isHeadless()) {
            throw new UserError("the kiosk needs a display; use a command such as 'validate' or 'plan' "
                    + "on a machine without one (see --help)");
        }
        open = true;
        SwingUtilities.invokeLater(() -> {
            FlatDarkLaf.setup();
            JFrame frame = new JFrame("Holdpoint");
            JLabel label = new JLabel("<html><center>Holdpoint<br><small>The kiosk screens are being built.<br>"
                    + "Data folder: " + request.settings().dataDirectory() + "</small></center></html>",
                    SwingConstants.CENTER);
            label.setFont(UIManager.getFont("h1.font"));
            frame.add(label);
            frame.setDefaultCloseOperation(JFrame.EXIT_ON_CLOSE);
            frame.setSize(1280, 800);
            frame.setLocationRelativeTo(null);
            frame.setVisible(true);
        });
    }
}
