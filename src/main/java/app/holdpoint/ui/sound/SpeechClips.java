package app.holdpoint.ui.sound;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * The recorded spoken cues, read from the class path the first time each is needed (the kiosk's start-up never
 * touches them) and kept: all of one language together are about half a megabyte of samples.
 *
 * <p>A clip is stored as 16-bit PCM mono at the synthesiser's rate (22 050 Hz); it is brought to
 * {@link ToneSynth#SAMPLE_RATE} so it can be summed with a tone, and to a fixed peak so every word is as loud
 * as the others. A missing or unreadable clip is logged once and gives silence for that word: the tone and the
 * flash still mark the moment.
 */
public final class SpeechClips {
    private static final Logger LOG = Logger.getLogger(SpeechClips.class.getName());
    /** Below the tones' peak: the word rides on the tone rather than over it. */
    static final double PEAK = 0.7 * Short.MAX_VALUE;

    private final Map<String, Optional<short[]>> clips = new ConcurrentHashMap<>();

    /**
     * The word's samples at {@link ToneSynth#SAMPLE_RATE} and full cue volume; empty when the clip is missing or
     * damaged. Safe from any thread.
     */
    public Optional<short[]> samples(Voice voice, Word word) {
        return clips.computeIfAbsent(voice.resource(word), SpeechClips::load);
    }

    /** The word as little-endian 16-bit PCM at the volume (0–1, applied as its square, like the tones). */
    public Optional<byte[]> render(Voice voice, Word word, double volume) {
        double gain = Math.pow(Double.isNaN(volume) ? 0 : Math.max(0, Math.min(1, volume)), 2);
        return samples(voice, word).map(samples -> {
            byte[] pcm = new byte[samples.length * 2];
            for (int i = 0; i < samples.length; i++) {
                int value = (int) Math.round(samples[i] * gain);
                pcm[2 * i] = (byte) value;
                pcm[2 * i + 1] = (byte) (value >> 8);
            }
            return pcm;
        });
    }

    private static Optional<short[]> load(String resource) {
        InputStream raw = SpeechClips.class.getResourceAsStream(resource);
        if (raw == null) {
            LOG.warning("The spoken cue " + resource + " is missing from this build: that word stays silent.");
            return Optional.empty();
        }
        try (InputStream in = new BufferedInputStream(raw)) {
            return Optional.of(normalised(resampled(decode(in))));
        } catch (IOException | UnsupportedAudioFileException | IllegalArgumentException e) {
            LOG.warning("The spoken cue " + resource + " cannot be read (" + e.getMessage()
                    + "): that word stays silent.");
            return Optional.empty();
        }
    }

    /** A decoded clip: its samples and the rate they were recorded at. */
    record Decoded(short[] samples, float rate) {
    }

    /**
     * Reads a WAV clip that must be 16-bit signed PCM, mono; anything else is refused rather than converted, so a
     * wrong file from a hand-edited voice.sh is caught by the tests.
     */
    static Decoded decode(InputStream wav) throws IOException, UnsupportedAudioFileException {
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(wav)) {
            AudioFormat format = audio.getFormat();
            if (format.getEncoding() != AudioFormat.Encoding.PCM_SIGNED || format.getSampleSizeInBits() != 16
                    || format.getChannels() != 1) {
                throw new IllegalArgumentException("not 16-bit PCM mono but " + format);
            }
            byte[] bytes = audio.readAllBytes();
            short[] samples = new short[bytes.length / 2];
            boolean big = format.isBigEndian();
            for (int i = 0; i < samples.length; i++) {
                int lo = bytes[2 * i + (big ? 1 : 0)] & 0xff;
                int hi = bytes[2 * i + (big ? 0 : 1)];
                samples[i] = (short) ((hi << 8) | lo);
            }
            return new Decoded(samples, format.getSampleRate());
        }
    }

    /** Linear interpolation to the tones' rate: speech has little above 5 kHz, so nothing audible is lost. */
    static short[] resampled(Decoded clip) {
        short[] in = clip.samples();
        if (clip.rate() == ToneSynth.SAMPLE_RATE || in.length == 0) {
            return in;
        }
        double step = clip.rate() / ToneSynth.SAMPLE_RATE;
        int length = (int) Math.floor((in.length - 1) / step) + 1;
        short[] out = new short[length];
        for (int i = 0; i < length; i++) {
            double at = i * step;
            int left = (int) at;
            int right = Math.min(left + 1, in.length - 1);
            double fraction = at - left;
            out[i] = (short) Math.round(in[left] + (in[right] - in[left]) * fraction);
        }
        return out;
    }

    private static short[] normalised(short[] samples) {
        int peak = 1;
        for (short s : samples) {
            peak = Math.max(peak, Math.abs(s));
        }
        double gain = PEAK / peak;
        short[] out = new short[samples.length];
        for (int i = 0; i < samples.length; i++) {
            out[i] = (short) Math.round(samples[i] * gain);
        }
        return out;
    }
}
