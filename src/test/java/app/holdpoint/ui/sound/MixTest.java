package app.holdpoint.ui.sound;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Summing a word with a tone. */
class MixTest {

    private static byte[] pcm(int... samples) {
        byte[] out = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            out[2 * i] = (byte) samples[i];
            out[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        return out;
    }

    @Test
    void quietSoundsAreSummedSampleBySampleFromTheOffset() {
        byte[] mixed = Mix.of(pcm(100, -200, 300), pcm(10, 20, 30, 40), 1);
        assertThat(Pcm.samples(mixed)).containsExactly((short) 100, (short) -190, (short) 320, (short) 30,
                (short) 40);
    }

    @Test
    void aLoudToneAndAWordTogetherAreScaledDownNotClipped() {
        byte[] tone = ToneSynth.render(Chime.ALARM.tone(), 1.0);
        byte[] word = new SpeechClips().render(Voice.GERMAN, Word.NEEDLES_OUT, 1.0).orElseThrow();
        byte[] mixed = Mix.of(tone, word, 0);

        short[] t = Pcm.samples(tone);
        short[] w = Pcm.samples(word);
        int rawPeak = 0;
        for (int i = 0; i < Math.min(t.length, w.length); i++) {
            rawPeak = Math.max(rawPeak, Math.abs(t[i] + w[i]));
        }
        assertThat(rawPeak).as("the plain sum would clip").isGreaterThan(Short.MAX_VALUE);
        assertThat(Pcm.peak(mixed)).isBetween(Short.MAX_VALUE - 1, (int) Short.MAX_VALUE);
        // Scaled as a whole: the ratio of any two loud samples survives, which clipping would flatten.
        short[] m = Pcm.samples(mixed);
        double scale = Short.MAX_VALUE / (double) rawPeak;
        for (int i = 0; i < Math.min(t.length, w.length); i += 97) {
            assertThat((double) m[i]).isCloseTo((t[i] + w[i]) * scale, Offset.offset(1.0));
        }
        assertThat(m).hasSize(Math.max(t.length, w.length));
    }

    @Test
    void aWordLongerThanTheToneLengthensTheSound() {
        byte[] mixed = Mix.of(pcm(1, 1), pcm(5, 5, 5), 2);
        assertThat(Pcm.samples(mixed)).containsExactly((short) 1, (short) 1, (short) 5, (short) 5, (short) 5);
    }
}
