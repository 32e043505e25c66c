package app.holdpoint.ui.sound;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.List;

/**
 * Plays cues on one background thread of its own. {@link #play(Chime)} only queues and returns at once, so it is
 * safe on the Event Dispatch Thread even when the audio device blocks. If cues come faster than they can be
 * played, a cue already waiting is not queued twice and the oldest waiting one is dropped (never an alarm).
 *
 * <p>With spoken cues on ({@link #setSpeech}), a cue may carry a {@link Word}: its recorded clip is summed with
 * the tone (see {@link Mix}) at the same volume, starting as the tone's first note ends.
 *
 * <p>With no usable audio device the player stays silent: it logs that once, then discards cues. It does not
 * retry, so a device plugged in later is used after the next start of the kiosk.
 */
public final class CuePlayer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(CuePlayer.class.getName());
    /** More than this waiting means the device cannot keep up; an old cue is no longer worth hearing. */
    static final int MAX_PENDING = 3;

    private final LineFactory lines;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<Sound> pending = new ArrayDeque<>();
    private final SpeechClips clips;
    private final Thread worker;

    // Guarded by lock.
    private boolean busy;
    private boolean closed;
    private int dropped;

    private volatile double volume = 0.8;
    private volatile boolean muted;
    private volatile boolean silent;
    private volatile Audio audio = Audio.CHECKING;
    /** The language words are spoken in; null while spoken cues are off. */
    private volatile Voice speech;

    /** One thing to play: a tone and, when spoken cues are on, the word said with it (null: none). */
    private record Sound(Chime chime, Word word) {
    }

    /** What the kiosk can say about its sound. */
    public enum Audio {
        /** The player has not yet asked the system (its first moments). */
        CHECKING,
        /** An output line exists; cues are heard unless muted. */
        PRESENT,
        /** No output line at all, or the device failed: cues are silent, flashes only. */
        NO_DEVICE
    }

    // Only touched by the worker thread.
    private LineFactory.Line line;

    /** Starts the player's thread; make one per kiosk and {@link #close()} it on exit. */
    public CuePlayer(LineFactory lines) {
        this(lines, new SpeechClips());
    }

    /** A player whose spoken cues come from these clips. */
    public CuePlayer(LineFactory lines, SpeechClips clips) {
        this.lines = lines;
        this.clips = clips;
        this.worker = new Thread(this::run, "holdpoint-sound");
        worker.setDaemon(true);
        worker.start();
    }

    /** A player on the machine's default audio output. */
    public static CuePlayer withSystemAudio() {
        return new CuePlayer(new JavaSoundLines());
    }

    /** Queues the cue and returns at once; never blocks, never throws. */
    public void play(Chime chime) {
        play(chime, null);
    }

    /**
     * Queues the cue with a word to say over it (null: none); the word is dropped while spoken cues are off.
     * Returns at once; never blocks, never throws.
     */
    public void play(Chime chime, Word word) {
        if (muted || silent || chime == null) {
            return;
        }
        Sound sound = new Sound(chime, speech == null ? null : word);
        lock.lock();
        try {
            if (closed || pending.contains(sound)) {
                return;
            }
            if (pending.size() >= MAX_PENDING) {
                dropOldest();
            }
            pending.addLast(sound);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void dropOldest() {
        for (Iterator<Sound> it = pending.iterator(); it.hasNext(); ) {
            if (it.next().chime() != Chime.ALARM) {
                it.remove();
                dropped++;
                return;
            }
        }
    }

    /** 0 (silent) to 1 (loudest); applies to cues played from now on. */
    public void setVolume(double volume) {
        this.volume = Double.isNaN(volume) ? 0 : Math.max(0, Math.min(1, volume));
    }

    /**
     * Spoken cues in this language from now on; empty turns them off (then only tones are heard). Words already
     * waiting to be played are still said.
     */
    public void setSpeech(Optional<Voice> voice) {
        this.speech = voice.orElse(null);
    }

    /** The language words are spoken in; empty while spoken cues are off. */
    public Optional<Voice> speech() {
        return Optional.ofNullable(speech);
    }

    public double volume() {
        return volume;
    }

    /** Muting discards cues as they come, including those still waiting. */
    public void setMuted(boolean muted) {
        this.muted = muted;
        if (muted) {
            lock.lock();
            try {
                pending.clear();
            } finally {
                lock.unlock();
            }
        }
    }

    public boolean isMuted() {
        return muted;
    }

    /** True once the audio device failed: cues are discarded for the rest of this player's life. */
    public boolean isSilent() {
        return silent;
    }

    /** Stops the background thread; cues still waiting are dropped. Does not wait for the device. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            pending.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        worker.interrupt();
    }

    /** For tests: waits until nothing is queued or playing; false on timeout. */
    boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        lock.lock();
        try {
            while (busy || !pending.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                changed.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** For tests: how many cues are waiting, and how many were dropped so far. */
    int pendingCount() {
        lock.lock();
        try {
            return pending.size();
        } finally {
            lock.unlock();
        }
    }

    List<Chime> pendingCues() {
        lock.lock();
        try {
            return pending.stream().map(Sound::chime).toList();
        } finally {
            lock.unlock();
        }
    }

    int droppedCount() {
        lock.lock();
        try {
            return dropped;
        } finally {
            lock.unlock();
        }
    }

    /** Whether there is an audio device to play on; {@link Audio#NO_DEVICE} also once the device failed. */
    public Audio audio() {
        return silent ? Audio.NO_DEVICE : audio;
    }

    private void run() {
        try {
            boolean present = lines.available(ToneSynth.FORMAT);
            audio = present ? Audio.PRESENT : Audio.NO_DEVICE;
            if (!present) {
                silent = true;
                LOG.warning("No audio output on this system: the kiosk stays silent; each cue still flashes on "
                        + "screen.");
            }
            while (true) {
                Sound next = next();
                if (next == null) {
                    return;
                }
                try {
                    sound(next);
                } finally {
                    lock.lock();
                    try {
                        busy = false;
                        changed.signalAll();
                    } finally {
                        lock.unlock();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeLine();
        }
    }

    private Sound next() throws InterruptedException {
        lock.lock();
        try {
            while (pending.isEmpty() && !closed) {
                changed.await();
            }
            if (closed) {
                return null;
            }
            busy = true;
            return pending.pollFirst();
        } finally {
            lock.unlock();
        }
    }

    private void sound(Sound next) {
        if (silent || muted) {
            return;
        }
        double level = volume;
        byte[] pcm = ToneSynth.render(next.chime().tone(), level);
        Voice voice = speech;
        if (next.word() != null && voice != null) {
            byte[] tone = pcm;
            int offset = Math.round(ToneSynth.SAMPLE_RATE * next.chime().tone().notes().get(0).millis() / 1000f);
            pcm = clips.render(voice, next.word(), level).map(said -> Mix.of(tone, said, offset)).orElse(tone);
        }
        try {
            if (line == null) {
                line = lines.open(ToneSynth.FORMAT);
            }
            line.write(pcm, 0, pcm.length);
        } catch (Exception | LinkageError e) {
            // No device, a device that went away, or a broken sound system: silence, said once.
            silent = true;
            LOG.log(Level.WARNING, "No audio output (" + e + "): the kiosk stays silent; each cue still flashes "
                    + "on screen.");
            closeLine();
            lock.lock();
            try {
                pending.clear();
            } finally {
                lock.unlock();
            }
        }
    }

    private void closeLine() {
        if (line != null) {
            try {
                line.close();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "closing the audio line failed", e);
            }
            line = null;
        }
    }
}
