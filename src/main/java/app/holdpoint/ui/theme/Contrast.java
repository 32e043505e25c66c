package app.holdpoint.ui.theme;

import java.awt.Color;

/** WCAG 2 contrast: relative luminance of sRGB colours and the ratio between two of them. */
public final class Contrast {
    /** WCAG AAA for text; the kiosk asks it of the countdown and the phase word. */
    public static final double ENHANCED_TEXT = 7.0;
    /** WCAG for large text and for graphics that carry meaning (rings, icons). */
    public static final double GRAPHICS = 3.0;

    private Contrast() {
    }

    /** Relative luminance, 0 for black to 1 for white; alpha is ignored. */
    public static double luminance(Color color) {
        return 0.2126 * linear(color.getRed()) + 0.7152 * linear(color.getGreen()) + 0.0722 * linear(color.getBlue());
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** The contrast ratio, from 1 (same luminance) to 21 (black on white), whichever colour is lighter. */
    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }
}
