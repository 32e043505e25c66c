package app.holdpoint.ui.common;

import app.holdpoint.ui.settings.LiveSettings;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import app.holdpoint.protocol.load.ProtocolLibrary;
import app.holdpoint.session.Ticker;
import app.holdpoint.store.SessionStore;
import app.holdpoint.store.replication.ReplicationStatus;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.sound.CuePlayer;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.settings.KioskSettings;
import app.holdpoint.ui.sound.Voice;

/**
 * What the kiosk's screens share, built once at start-up, or by a test with a fake ticker, a manual wake
 * scheduler and a store in a temporary folder.
 *
 * @param protocols the protocol library; the kiosk reads it after its first screen (no first screen shows a
 *                 protocol), so the first call may wait for the reading to end
 * @param ticker   monotonic time for the engine and the idle watch
 * @param clock    wall time for record timestamps
 * @param wakes    a fresh wake scheduler per session (a Swing Timer in production)
 * @param reads    where store reads run: never on the Event Dispatch Thread
 * @param settings the administrator's settings, live: screens read them when they need them
 * @param replication the latest state of copying to the central record (a volatile read, cheap on the EDT);
 *                 empty when the kiosk has no central record
 */
public record KioskServices(SessionStore store, Supplier<ProtocolLibrary.Loaded> protocols, Theme theme, Text text,
                            Ticker ticker, Clock clock, Supplier<WakeScheduler> wakes, CuePlayer sound,
                            Executor reads, Path dataDirectory, LiveSettings settings,
                            Supplier<Optional<ReplicationStatus>> replication) {

    /** With a library already read. */
    public KioskServices(SessionStore store, ProtocolLibrary.Loaded library, Theme theme, Text text,
                         Ticker ticker, Clock clock, Supplier<WakeScheduler> wakes, CuePlayer sound,
                         Executor reads, Path dataDirectory, LiveSettings settings,
                         Supplier<Optional<ReplicationStatus>> replication) {
        this(store, (Supplier<ProtocolLibrary.Loaded>) () -> library, theme, text, ticker, clock, wakes, sound,
                reads, dataDirectory, settings, replication);
        Objects.requireNonNull(library, "library");
    }

    /** A kiosk without a central record, with a library already read. */
    public KioskServices(SessionStore store, ProtocolLibrary.Loaded library, Theme theme, Text text,
                         Ticker ticker, Clock clock, Supplier<WakeScheduler> wakes, CuePlayer sound,
                         Executor reads, Path dataDirectory, LiveSettings settings) {
        this(store, library, theme, text, ticker, clock, wakes, sound, reads, dataDirectory, settings,
                Optional::empty);
    }

    /** The protocol library; waits for it while the kiosk is still reading it (only just after its start). */
    public ProtocolLibrary.Loaded library() {
        return protocols.get();
    }

    public KioskServices {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(protocols, "protocols");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(wakes, "wakes");
        Objects.requireNonNull(sound, "sound");
        Objects.requireNonNull(reads, "reads");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(replication, "replication");
    }

    /**
     * Puts the sound as these settings say: volume, mute, and spoken cues in the kiosk's language (the locale of
     * {@link #text()}; English where no clips exist for it).
     */
    public void applySound(KioskSettings chosen) {
        sound.setVolume(chosen.volume() / 100.0);
        sound.setMuted(chosen.muted());
        sound.setSpeech(chosen.spokenCues() ? Optional.of(Voice.of(text.locale()))
                : Optional.empty());
    }
}
