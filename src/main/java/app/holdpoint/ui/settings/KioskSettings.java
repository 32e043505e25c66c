package app.holdpoint.ui.settings;


import app.holdpoint.ui.theme.Theme.Variant;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import app.holdpoint.io.AtomicFile;
import java.util.Objects;

/**
 * What an administrator can change on the kiosk: sound, theme, pedal keys, the idle timeout and how long a
 * client's history answers may be carried over. Kept in
 * {@code kiosk.properties} in the data folder; a missing or damaged file gives the defaults, never a failure.
 *
 * @param volume      0–100
 * @param pedalKeys   key names (as {@code java.awt.event.KeyEvent.getKeyText} / {@code KeyStroke} names them)
 *                    that act as the primary action, like space and enter; USB foot pedals send a key press
 * @param idleTimeout back to sign-in after this long without a touch, never during a session
 * @param carryOverDays a returning client's history answers (conditions, medication) from a session at most this
 *                    many days ago are offered for confirmation instead of being asked again; 0 turns carry-over
 *                    off; at most {@value #MAX_CARRY_OVER_DAYS}
 * @param scale       the administrator's UI scale (0.75–3, see {@code ui.theme.UiScale}); empty: chosen from the
 *                    screen
 * @param spokenCues  say a short word at each phase change and count the last three seconds aloud, in the
 *                    kiosk's language, over the tones; off by default
 * @param language    the kiosk's language: the system's (German when the system locale's language is German,
 *                    else English) or one chosen; applied at the next start
 */
public record KioskSettings(int volume, boolean muted, Variant theme, List<String> pedalKeys, Duration idleTimeout,
                            int carryOverDays, Optional<Float> scale, boolean spokenCues, Language language) {

    /** The languages the kiosk speaks; SYSTEM follows the system locale. */
    public enum Language {
        SYSTEM, ENGLISH, GERMAN;

        /** The locale the kiosk's words and protocol translations use, given the system's locale. */
        public Locale locale(Locale system) {
            return switch (this) {
                case SYSTEM -> system.getLanguage().equals(Locale.GERMAN.getLanguage()) ? Locale.GERMAN
                        : Locale.ENGLISH;
                case ENGLISH -> Locale.ENGLISH;
                case GERMAN -> Locale.GERMAN;
            };
        }
    }

    public static final String FILE = "kiosk.properties";
    public static final int DEFAULT_CARRY_OVER_DAYS = 30;
    public static final int MAX_CARRY_OVER_DAYS = 365;
    public static final KioskSettings DEFAULTS = new KioskSettings(80, false, Variant.DARK, List.of("F13", "PAGE_DOWN"),
            Duration.ofMinutes(3), DEFAULT_CARRY_OVER_DAYS);

    /** Settings with the default carry-over period and the scale chosen from the screen. */
    public KioskSettings(int volume, boolean muted, Variant theme, List<String> pedalKeys, Duration idleTimeout) {
        this(volume, muted, theme, pedalKeys, idleTimeout, DEFAULT_CARRY_OVER_DAYS);
    }

    /** Settings with the scale chosen from the screen. */
    public KioskSettings(int volume, boolean muted, Variant theme, List<String> pedalKeys, Duration idleTimeout,
                         int carryOverDays) {
        this(volume, muted, theme, pedalKeys, idleTimeout, carryOverDays, Optional.empty());
    }

    /** Settings with spoken cues off, in the system's language. */
    public KioskSettings(int volume, boolean muted, Variant theme, List<String> pedalKeys, Duration idleTimeout,
                         int carryOverDays, Optional<Float> scale) {
        this(volume, muted, theme, pedalKeys, idleTimeout, carryOverDays, scale, false, Language.SYSTEM);
    }

    /** Settings in the system's language. */
    public KioskSettings(int volume, boolean muted, Variant theme, List<String> pedalKeys, Duration idleTimeout,
                         int carryOverDays, Optional<Float> scale, boolean spokenCues) {
        this(volume, muted, theme, pedalKeys, idleTimeout, carryOverDays, scale, spokenCues, Language.SYSTEM);
    }

    /** Settings with spoken cues off. */
    public KioskSettings(int volume, boolean muted, Variant theme, List<String> pedalKeys, Duration idleTimeout,
                         int carryOverDays, Optional<Float> scale, Language language) {
        this(volume, muted, theme, pedalKeys, idleTimeout, carryOverDays, scale, false, language);
    }

    public KioskSettings {
        if (volume < 0 || volume > 100) {
            throw new IllegalArgumentException("volume is 0 to 100");
        }
        if (idleTimeout.compareTo(Duration.ofMinutes(1)) < 0 || idleTimeout.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("idle timeout is 1 to 60 minutes");
        }
        pedalKeys = List.copyOf(pedalKeys);
        Objects.requireNonNull(language, "language");
        if (carryOverDays < 0 || carryOverDays > MAX_CARRY_OVER_DAYS) {
            throw new IllegalArgumentException("the carry-over period is 0 to " + MAX_CARRY_OVER_DAYS + " days");
        }
        if (scale.isPresent() && !(scale.get() >= 0.75f && scale.get() <= 3f)) {
            throw new IllegalArgumentException("scale is 0.75 to 3");
        }
    }

    /** The same settings with another UI scale (empty: chosen from the screen). */
    public KioskSettings withScale(Optional<Float> newScale) {
        return new KioskSettings(volume, muted, theme, pedalKeys, idleTimeout, carryOverDays, newScale, spokenCues,
                language);
    }

    /** The same settings in another language (applied at the next start). */
    public KioskSettings withLanguage(Language newLanguage) {
        return new KioskSettings(volume, muted, theme, pedalKeys, idleTimeout, carryOverDays, scale, spokenCues,
                newLanguage);
    }

    /** The same settings with another carry-over period (days; 0 = off). */
    public KioskSettings withCarryOverDays(int days) {
        return new KioskSettings(volume, muted, theme, pedalKeys, idleTimeout, days, scale, spokenCues, language);
    }

    /** The same settings with spoken cues on or off. */
    public KioskSettings withSpokenCues(boolean on) {
        return new KioskSettings(volume, muted, theme, pedalKeys, idleTimeout, carryOverDays, scale, on, language);
    }

    /** How far back {@code SessionStore.lastScreening} looks; zero when carry-over is off. */
    public Duration carryOverPeriod() {
        return Duration.ofDays(carryOverDays);
    }

    public static KioskSettings load(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return DEFAULTS;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            return new KioskSettings(
                    Integer.parseInt(p.getProperty("volume", String.valueOf(DEFAULTS.volume))),
                    Boolean.parseBoolean(p.getProperty("muted", String.valueOf(DEFAULTS.muted))),
                    Variant.valueOf(p.getProperty("theme", DEFAULTS.theme.name())),
                    List.of(p.getProperty("pedalKeys", String.join(",", DEFAULTS.pedalKeys)).split(",")).stream()
                            .map(String::strip).filter(k -> !k.isEmpty()).toList(),
                    Duration.ofMinutes(Long.parseLong(p.getProperty("idleMinutes",
                            String.valueOf(DEFAULTS.idleTimeout.toMinutes())))),
                    Integer.parseInt(p.getProperty("carryOverDays", String.valueOf(DEFAULTS.carryOverDays))),
                    Optional.ofNullable(p.getProperty("scale")).filter(v -> !v.isBlank()).map(Float::parseFloat),
                    Boolean.parseBoolean(p.getProperty("spokenCues", String.valueOf(DEFAULTS.spokenCues))),
                    Language.valueOf(p.getProperty("language", Language.SYSTEM.name())));
        } catch (IOException | RuntimeException e) {
            // A damaged settings file must not keep the kiosk from starting; the defaults are safe.
            return DEFAULTS;
        }
    }

    /** Writes to a temporary file and moves it into place, so a crash never leaves half a settings file. */
    public void save(Path dataDirectory) throws IOException {
        Properties p = new Properties();
        p.setProperty("volume", String.valueOf(volume));
        p.setProperty("muted", String.valueOf(muted));
        p.setProperty("theme", theme.name());
        p.setProperty("pedalKeys", String.join(",", pedalKeys));
        p.setProperty("idleMinutes", String.valueOf(idleTimeout.toMinutes()));
        p.setProperty("carryOverDays", String.valueOf(carryOverDays));
        scale.ifPresent(value -> p.setProperty("scale", Float.toString(value)));
        p.setProperty("spokenCues", String.valueOf(spokenCues));
        p.setProperty("language", language.name());
        Files.createDirectories(dataDirectory);
        AtomicFile.write(dataDirectory.resolve(FILE), out -> p.store(out, "Holdpoint kiosk settings"));
    }
}
