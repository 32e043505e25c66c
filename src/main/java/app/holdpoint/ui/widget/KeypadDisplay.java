package app.holdpoint.ui.widget;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;

import javax.swing.JComponent;

import app.holdpoint.ui.theme.Theme;

/** The entry above a keypad: one filled dot per character when masked, the characters themselves otherwise. */
public final class KeypadDisplay extends JComponent {
    private final Theme theme;
    private final boolean masked;
    private final int maxLength;
    private String value = "";

    KeypadDisplay(Theme theme, boolean masked, int maxLength) {
        this.theme = theme;
        this.masked = masked;
        this.maxLength = maxLength;
        setName("keypad.display");
    }

    void setValue(String value) {
        this.value = value;
        repaint();
    }

    /** What is shown: dots when masked. */
    public String shown() {
        return masked ? "\u25CF".repeat(value.length()) : value;
    }

    @Override
    public Dimension getPreferredSize() {
        if (isPreferredSizeSet()) {
            return super.getPreferredSize();
        }
        Font font = theme.font("Holdpoint.keypad.display.font");
        FontMetrics metrics = getFontMetrics(font);
        int columns = masked ? Math.min(maxLength, 8) : Math.min(maxLength, 14);
        int width = masked ? columns * theme.size("Holdpoint.keypad.dotPixels") * 2 : metrics.charWidth('W') * columns;
        return new Dimension(width + 48, metrics.getHeight() + 24);
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Color fg = theme.color("Holdpoint.keypad.display.foreground");
            g2.setColor(theme.color("Holdpoint.keypad.display.background"));
            g2.fill(new RoundRectangle2D.Double(0, 0, getWidth(), getHeight(), 20, 20));
            g2.setColor(fg);
            if (masked) {
                int dot = theme.size("Holdpoint.keypad.dotPixels");
                int count = value.length();
                double total = count * dot + Math.max(0, count - 1) * dot * 0.7;
                double x = (getWidth() - total) / 2;
                for (int i = 0; i < count; i++) {
                    g2.fill(new Ellipse2D.Double(x, (getHeight() - dot) / 2.0, dot, dot));
                    x += dot * 1.7;
                }
            } else {
                Font font = theme.font("Holdpoint.keypad.display.font");
                g2.setFont(font);
                FontMetrics metrics = g2.getFontMetrics();
                int width = metrics.stringWidth(value);
                int x = (getWidth() - width) / 2;
                int y = (getHeight() + metrics.getAscent() - metrics.getDescent()) / 2;
                g2.drawString(value, x, y);
                // A caret where the next character goes, so an empty entry still shows where typing lands.
                g2.setStroke(new BasicStroke(4f));
                int caretX = x + width + 6;
                g2.drawLine(caretX, y - metrics.getAscent() + 6, caretX, y + 4);
            }
        } finally {
            g2.dispose();
        }
    }
}
