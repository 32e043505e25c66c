package app.holdpoint.ui.theme;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.util.Objects;

import javax.swing.UIManager;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import com.formdev.flatlaf.util.UIScale;

import app.holdpoint.protocol.PhaseKind;

/**
 * The kiosk's look: FlatLaf dark (default) or light, with every Holdpoint size, font and colour read from the
 * properties files in {@code app/holdpoint/ui/theme}. Values are looked up when asked for, so after
 * {@link #install(Variant)} with another variant, widgets that repaint pick up the new colours.
 *
 * <p>Call on the Event Dispatch Thread (or before any component exists), like any look-and-feel change.
 */
public final class Theme {
    /** Where our properties live; FlatLaf reads {@code FlatLaf.properties} and one per look and feel. */
    public static final String DEFAULTS_SOURCE = "app.holdpoint.ui.theme";

    public enum Variant { DARK, LIGHT }

    private static final String UI_SCALE = "flatlaf.uiScale";

    private Variant variant;
    private float scale;

    private Theme(Variant variant, float scale) {
        this.variant = variant;
        this.scale = scale;
    }

    /** Installs the look and feel at the design size (scale 1, as on a 1280×800 screen). */
    public static Theme install(Variant variant) {
        return install(variant, 1f);
    }

    /**
     * Installs the look and feel with our defaults at one UI scale ({@link UiScale}) and returns the theme to read
     * values from. FlatLaf then scales every font and its own sizes, and MigLayout its gaps and sizes (through
     * FlatLaf's {@code laf.scaleFactor}); {@link #size}, {@link #dimension} and {@link #touchMinimum} scale ours.
     */
    public static Theme install(Variant variant, float scale) {
        Theme theme = new Theme(variant, scale);
        theme.apply(variant);
        return theme;
    }

    /**
     * The theme already installed (by {@link #install}), for a component whose caller has no {@code Theme} to
     * hand it: every value is read from the look and feel's defaults, so this is only a view on them.
     */
    public static Theme installed() {
        if (UIManager.get("Holdpoint.touch.minimum") == null) {
            throw new IllegalStateException("Theme.install must run before Theme.installed");
        }
        return new Theme(FlatLaf.isLafDark() ? Variant.DARK : Variant.LIGHT, UIScale.getUserScaleFactor());
    }

    /**
     * Switches this theme to another variant and updates every open window. The same {@code Theme} object stays
     * valid, so widgets holding it need no new reference.
     */
    public void switchTo(Variant newVariant) {
        apply(newVariant);
        FlatLaf.updateUI();
    }

    /** Changes the UI scale of every open window (an administrator's choice in Settings). */
    public void rescale(float newScale) {
        scale = newScale;
        apply(variant);
        FlatLaf.updateUI();
    }

    private void apply(Variant newVariant) {
        // Our sizes are pixels at 1280x800, and FlatLaf multiplies its own sizes and every font by this factor.
        // Set explicitly, also at 1: otherwise FlatLaf would take our large default font for a HiDPI setting and
        // scale everything a second time.
        System.setProperty(UI_SCALE, Float.toString(scale));
        // Registering twice would load our properties twice; unregister first so install() may be repeated.
        FlatLaf.unregisterCustomDefaultsSource(DEFAULTS_SOURCE);
        FlatLaf.registerCustomDefaultsSource(DEFAULTS_SOURCE);
        UIManager.put("defaultFont", null);
        boolean ok = newVariant == Variant.LIGHT ? FlatLightLaf.setup() : FlatDarkLaf.setup();
        if (!ok) {
            throw new IllegalStateException("the FlatLaf look and feel could not be installed");
        }
        // Put as a developer default, so every FlatLaf font (h1, large, …) derives from it at its exact size.
        UIManager.put("defaultFont", font("Holdpoint.defaultFont"));
        this.variant = newVariant;
    }

    public Variant variant() {
        return variant;
    }

    /** The UI scale: 1 on the 1280×800 design screen, 1.5 on 1920×1200 (see {@link UiScale}). */
    public float scale() {
        return scale;
    }

    /**
     * A theme size in screen pixels: the design value times the scale. For painting and for sizes set on
     * components; a MigLayout constraint takes the design value ({@link #integer}), as MigLayout scales it.
     */
    public int size(String key) {
        return scaled(integer(key));
    }

    /** A design-pixel value scaled to the screen, rounded. */
    public int scaled(int designPixels) {
        return Math.round(designPixels * scale);
    }

    public Color color(String key) {
        return require(UIManager.getColor(key), key);
    }

    public Font font(String key) {
        return require(UIManager.getFont(key), key);
    }

    /** A number from the theme as written there: design pixels (for MigLayout constraints), milliseconds, … */
    public int integer(String key) {
        Object value = UIManager.get(key);
        if (value instanceof Number number) {
            return number.intValue();
        }
        throw missing(key, value);
    }

    public float decimal(String key) {
        Object value = UIManager.get(key);
        if (value instanceof Number number) {
            return number.floatValue();
        }
        throw missing(key, value);
    }

    /** A theme dimension in screen pixels (design value times the scale). */
    public Dimension dimension(String key) {
        Dimension design = require(UIManager.getDimension(key), key);
        return new Dimension(scaled(design.width), scaled(design.height));
    }

    /** The smallest width and height any touch target may have, in screen pixels. */
    public int touchMinimum() {
        return size("Holdpoint.touch.minimum");
    }

    /** The colours of a phase kind: tint behind it, text on it, accent for its ring and icon. */
    public PhaseStyle phase(PhaseKind kind) {
        String prefix = "Holdpoint.phase." + kind.name() + ".";
        return new PhaseStyle(color(prefix + "background"), color(prefix + "foreground"), color(prefix + "accent"));
    }

    /** The dial's colours when no phase is shown. */
    public PhaseStyle neutral() {
        return new PhaseStyle(color("Holdpoint.dial.background"), color("Holdpoint.dial.foreground"),
                color("Holdpoint.dial.accent"));
    }

    /** The background of pain value 0–10. */
    public Color pain(int value) {
        return color("Holdpoint.pain." + value + ".background");
    }

    private static <T> T require(T value, String key) {
        if (value == null) {
            throw missing(key, null);
        }
        return value;
    }

    private static IllegalStateException missing(String key, Object found) {
        return new IllegalStateException("theme value " + key + " is missing or of the wrong type (found "
                + Objects.toString(found) + "); see app/holdpoint/ui/theme/*.properties");
    }
}
