package app.holdpoint.ui.flow;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What an administrator can change on the kiosk: sound, theme, pedal keys and the idle timeout. Kept in
 * {@code kiosk.properties} in the data folder; a missing or damaged file gives the defaults, never a failure.
 *
 * @param volume      0–100
 * @param pedalKeys   key names (as {@code java.awt.event.KeyEvent.getKeyText} / {@code KeyStroke} names them)
 *                    that act as the primary action, like space and enter; USB foot pedals send a key press
 * @param idleTimeout back to sign-in after this long without a touch, never during a session
 * @param scale       the administrator's UI scale (0.75–3, see {@code ui.theme.UiScale}); empty: chosen from the
 *                    screen
 */
public record KioskSettings(int volume, boolean muted, Theme theme, List<String> pedalKeys, Duration idleTimeout,
                            Optional<Float> scale) {

    public enum Theme { DARK, LIGHT }

    public static final String FILE = "kiosk.properties";
    public static final KioskSettings DEFAULTS =
            new KioskSettings(80, false, Theme.DARK, List.of("F13", "PAGE_DOWN"), Duration.ofMinutes(3));

    /** Settings with the scale chosen from the screen. */
    public KioskSettings(int volume, boolean muted, Theme theme, List<String> pedalKeys, Duration idleTimeout) {
        this(volume, muted, theme, pedalKeys, idleTimeout, Optional.empty());
    }

    public KioskSettings {
        if (volume < 0 || volume > 100) {
            throw new IllegalArgumentException("volume is 0 to 100");
        }
        if (idleTimeout.compareTo(Duration.ofMinutes(1)) < 0 || idleTimeout.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("idle timeout is 1 to 60 minutes");
        }
        pedalKeys = List.copyOf(pedalKeys);
        if (scale.isPresent() && !(scale.get() >= 0.75f && scale.get() <= 3f)) {
            throw new IllegalArgumentException("scale is 0.75 to 3");
        }
    }

    /** The same settings with another UI scale (empty: chosen from the screen). */
    public KioskSettings withScale(Optional<Float> newScale) {
        return new KioskSettings(volume, muted, theme, pedalKeys, idleTimeout, newScale);
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
                    Theme.valueOf(p.getProperty("theme", DEFAULTS.theme.name())),
                    List.of(p.getProperty("pedalKeys", String.join(",", DEFAULTS.pedalKeys)).split(",")).stream()
                            .map(String::strip).filter(k -> !k.isEmpty()).toList(),
                    Duration.ofMinutes(Long.parseLong(p.getProperty("idleMinutes",
                            String.valueOf(DEFAULTS.idleTimeout.toMinutes())))),
                    Optional.ofNullable(p.getProperty("scale")).filter(v -> !v.isBlank()).map(Float::parseFloat));
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
        scale.ifPresent(value -> p.setProperty("scale", Float.toString(value)));
        Files.createDirectories(dataDirectory);
        Path temporary = Files.createTempFile(dataDirectory, "kiosk", ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            p.store(out, "Holdpoint kiosk settings");
        }
        try {
            Files.move(temporary, dataDirectory.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, dataDirectory.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
