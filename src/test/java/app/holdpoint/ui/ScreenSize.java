package app.holdpoint.ui;

import java.awt.Dimension;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import app.holdpoint.ui.theme.UiScale;

/** The screens the kiosk is laid out for: common tablets and monitors, landscape and portrait. */
public enum ScreenSize {
    S1280x800(1280, 800),
    S1366x768(1366, 768),
    S1024x600(1024, 600),
    S1920x1200(1920, 1200),
    S2560x1600(2560, 1600),
    S800x1280(800, 1280),
    S1200x1920(1200, 1920);

    /** The sizes the German layout pass covers: the design size, portrait, and the smallest tablet. */
    public static final List<ScreenSize> GERMAN_PASS = List.of(S1280x800, S800x1280, S1024x600);

    /**
     * The sizes the runner's light-theme pass covers: the design size, portrait, the smallest tablet and the large
     * one whose light pictures docs/screenshots keeps. The light theme differs from the dark in colours and in two
     * widths of a default button's border and focus ring (UIManager's defaults compared, 1 December 2026), so a
     * light layout can differ only where a pixel matters, on the tightest screens; the dark pass covers every size.
     */
    public static final List<ScreenSize> LIGHT_PASS = List.of(S1280x800, S800x1280, S1024x600, S1920x1200);

    /** Where a sweep writes its pictures: {@code folder} for English, {@code folder/de} for German. */
    public static Path shots(Path folder, Locale language) {
        return language.getLanguage().equals("en") ? folder : folder.resolve(language.getLanguage());
    }

    /** While working on one language: -Dsweep.languages=de (the build sweeps both). */
    public static boolean languageSwept(Locale language) {
        String only = System.getProperty("sweep.languages", "");
        return only.isBlank() || only.contains(language.getLanguage());
    }

    public final int width;
    public final int height;

    ScreenSize(int width, int height) {
        this.width = width;
        this.height = height;
    }

    public Dimension dimension() {
        return new Dimension(width, height);
    }

    public boolean portrait() {
        return height > width;
    }

    /** The scale the kiosk chooses for this screen. */
    public float scale() {
        return UiScale.forScreen(dimension());
    }

    /** "1280x800", for file names and messages. */
    public String label() {
        return name().substring(1).toLowerCase(Locale.ROOT);
    }
}
