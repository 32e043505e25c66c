package app.holdpoint.ui.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;


/**
 * The kiosk settings as they are now. An administrator's change is saved to the data folder first, then
 * announced to whoever listens (sound volume, theme, idle timeout, pedal keys), so what the screen shows is
 * always what is on disk.
 */
public final class LiveSettings {
    private final Path dataDirectory;
    private final List<Consumer<KioskSettings>> listeners = new CopyOnWriteArrayList<>();
    private volatile KioskSettings current;

    public LiveSettings(Path dataDirectory, KioskSettings initial) {
        this.dataDirectory = dataDirectory;
        this.current = Objects.requireNonNull(initial);
    }

    /** Reads {@code kiosk.properties} from the data folder (defaults when missing or damaged). */
    public static LiveSettings load(Path dataDirectory) {
        return new LiveSettings(dataDirectory, KioskSettings.load(dataDirectory));
    }

    public KioskSettings current() {
        return current;
    }

    /** Saves, then applies. A failed save leaves the settings as they were and throws. */
    public void update(KioskSettings changed) throws IOException {
        changed.save(dataDirectory);
        current = changed;
        listeners.forEach(listener -> listener.accept(changed));
    }

    public void onChange(Consumer<KioskSettings> listener) {
        listeners.add(listener);
    }
}
