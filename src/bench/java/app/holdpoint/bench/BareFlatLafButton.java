package app.holdpoint.bench;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Font;
import java.awt.Point;
import java.util.Arrays;

import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;

import com.formdev.flatlaf.FlatDarkLaf;

import app.holdpoint.ui.shell.ShownAtOnce;

/**
 * The baseline of the tap-latency benchmark: a FlatLaf window with one big button and a label that counts its
 * taps, the least an application does to answer a tap on screen. Prints "holdpoint-ready" after its first paint,
 * then "holdpoint-targets button=x,y,w,h label=x,y,w,h" (screen bounds) like the kiosk's probe.
 */
public final class BareFlatLafButton {
    private BareFlatLafButton() {
    }

    /** With {@code --flush true} it sends each paint to the display at once, as the kiosk does ({@link ShownAtOnce}). */
    public static void main(String[] args) {
        boolean flush = Arrays.asList(args).contains("--flush");
        SwingUtilities.invokeLater(() -> {
            FlatDarkLaf.setup();
            if (flush) {
                ShownAtOnce.install();
            }
            JFrame frame = new JFrame("bare FlatLaf button");
            JLabel label = new JLabel("0 taps", SwingConstants.CENTER);
            label.setFont(label.getFont().deriveFont(Font.BOLD, 64f));
            JButton button = new JButton("Tap");
            button.setFont(button.getFont().deriveFont(32f));
            int[] taps = {0};
            button.addActionListener(e -> label.setText(++taps[0] + " taps"));
            frame.add(label, BorderLayout.CENTER);
            frame.add(button, BorderLayout.SOUTH);
            frame.setDefaultCloseOperation(JFrame.EXIT_ON_CLOSE);
            frame.setSize(1280, 800);
            frame.setLocationRelativeTo(null);
            frame.setVisible(true);
            SwingUtilities.invokeLater(() -> {
                System.out.println("holdpoint-ready");
                System.out.println("holdpoint-targets button=" + bounds(button) + " label=" + bounds(label));
                System.out.flush();
            });
        });
    }

    private static String bounds(Component c) {
        Point p = c.getLocationOnScreen();
        return p.x + "," + p.y + "," + c.getWidth() + "," + c.getHeight();
    }
}
