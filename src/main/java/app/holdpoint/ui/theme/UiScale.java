package app.holdpoint.ui.theme;

import java.awt.Dimension;
import java.util.Locale;
import java.util.Optional;

/**
 * The one scale of the whole kiosk UI. Every size in the theme is a pixel at the design screen, 1280×800 in
 * landscape (800×1280 in portrait); on another screen everything is multiplied by one factor, so a 1920×1200
 * tablet shows the 1280×800 design half as large again and a 1024×600 one shows it at 0.75.
 *
 * <p>The screen is measured in logical pixels, after the JDK's own HiDPI scaling: a 2560×1600 panel that the
 * system already scales by 2 reports 1280×800 and gets 1.0 here, so density is counted once, by whichever
 * layer knows it. An administrator may override the automatic choice (Settings, or {@code --scale}).
 */
public final class UiScale {
    /** The landscape design size; portrait swaps the two. */
    public static final Dimension DESIGN = new Dimension(1280, 800);
    /** Smaller than this no text stays readable from two metres; larger is only a very big screen. */
    public static final float MIN = 0.75f;
    public static final float MAX = 3.0f;

    private UiScale() {
    }

    /**
     * The automatic scale for a screen of this logical size: the largest factor at which the design still fits,
     * in the screen's own orientation, clamped to {@link #MIN}–{@link #MAX} and rounded to 0.05 so that small
     * differences in reported size do not change the look.
     */
    public static float forScreen(Dimension screen) {
        boolean portrait = screen.height > screen.width;
        double designWidth = portrait ? DESIGN.height : DESIGN.width;
        double designHeight = portrait ? DESIGN.width : DESIGN.height;
        double fit = Math.min(screen.width / designWidth, screen.height / designHeight);
        return clamp((float) (Math.floor(fit * 20 + 1e-6) / 20.0));
    }

    /** The override if one is set (a positive number), else the automatic scale for the screen. */
    public static float choose(Optional<Float> override, Dimension screen) {
        return override.filter(s -> s > 0).map(UiScale::clamp).orElseGet(() -> forScreen(screen));
    }

    /**
     * Reads a scale as typed by an administrator: {@code 1.5}, {@code 150%} or {@code auto} (empty).
     *
     * @throws IllegalArgumentException when it is not a number from 0.75 to 3 (75 % to 300 %); caused by a
     *                                  {@link NumberFormatException} when it is no number at all
     */
    public static Optional<Float> parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty() || value.equals("auto")) {
            return Optional.empty();
        }
        float scale;
        try {
            scale = value.endsWith("%") ? Float.parseFloat(value.substring(0, value.length() - 1).strip()) / 100f
                    : Float.parseFloat(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the scale must be a number such as 1.5 or 150%, or auto; got '"
                    + text + "'", e);
        }
        if (!(scale >= MIN && scale <= MAX)) {
            throw new IllegalArgumentException("the scale must be from 0.75 to 3 (75% to 300%); got '" + text + "'");
        }
        return Optional.of(scale);
    }

    private static float clamp(float scale) {
        return Math.max(MIN, Math.min(MAX, scale));
    }
}
