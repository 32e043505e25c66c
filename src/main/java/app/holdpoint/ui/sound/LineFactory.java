package app.holdpoint.ui.sound;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.LineUnavailableException;

/** Opens the audio output. {@link JavaSoundLines} in the kiosk; a fake in tests. */
@FunctionalInterface
public interface LineFactory {

    /**
     * An open output line for PCM in the given format. May throw {@link LineUnavailableException} or
     * {@link IllegalArgumentException} (what {@code javax.sound.sampled} throws when there is no device).
     */
    Line open(AudioFormat format) throws LineUnavailableException;

    /**
     * False when the system has no output for this format at all (no sound card): then nothing will be heard
     * and the kiosk says so. Asked once, on the player's own thread; a fake line is always there.
     */
    default boolean available(AudioFormat format) {
        return true;
    }

    /** An open output: write blocks while the device's buffer is full. */
    interface Line {
        void write(byte[] pcm, int offset, int length);

        void close();
    }
}
