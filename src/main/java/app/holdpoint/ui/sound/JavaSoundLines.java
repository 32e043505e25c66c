package app.holdpoint.ui.sound;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/** The default audio output through {@code javax.sound.sampled}. */
public final class JavaSoundLines implements LineFactory {
    /** About a quarter of a second: small enough that a cue is heard on time, large enough not to stutter. */
    private static final int BUFFER_BYTES = 22_050;

    /**
     * Whether any mixer offers an output line for the format. Without a sound card Java Sound has none (a line
     * request then throws IllegalArgumentException), and some systems throw while being asked: no device either.
     */
    @Override
    public boolean available(AudioFormat format) {
        try {
            return AudioSystem.isLineSupported(new DataLine.Info(SourceDataLine.class, format));
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @Override
    public Line open(AudioFormat format) throws LineUnavailableException {
        SourceDataLine line = AudioSystem.getSourceDataLine(format);
        line.open(format, BUFFER_BYTES);
        line.start();
        return new Line() {
            @Override
            public void write(byte[] pcm, int offset, int length) {
                line.write(pcm, offset, length);
            }

            @Override
            public void close() {
                line.drain();
                line.close();
            }
        };
    }
}
