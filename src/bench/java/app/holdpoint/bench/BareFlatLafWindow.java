package app.holdpoint.bench;

import java.lang.management.ManagementFactory;

import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;

import com.formdev.flatlaf.FlatDarkLaf;

/**
 * The baseline of the kiosk benchmark: the least a FlatLaf application does — the look and feel, one
 * 1280x800 window with a label — announcing itself ready exactly as the kiosk does (after its first paint).
 */
public final class BareFlatLafWindow {
    private BareFlatLafWindow() {
    }

    public static void main(String[] args) {
        SwingUtilities.invokeLater(() -> {
            FlatDarkLaf.setup();
            JFrame frame = new JFrame("bare FlatLaf");
            frame.add(new JLabel("Hello", SwingConstants.CENTER));
            frame.setDefaultCloseOperation(JFrame.EXIT_ON_CLOSE);
            frame.setSize(1280, 800);
            frame.setVisible(true);
            SwingUtilities.invokeLater(() -> {
                long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("holdpoint-ready " + sinceStart);
                System.out.flush();
            });
        });
    }
}
