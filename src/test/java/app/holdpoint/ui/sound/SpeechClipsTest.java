package app.holdpoint.ui.sound;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.assertj.core.api.Assertions;
import org.assertj.core.data.Offset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The recorded clips: one per word and language, 16-bit PCM mono, short enough for the count. */
class SpeechClipsTest {

    static Stream<Arguments> everyClip() {
        return Stream.of(Voice.values()).flatMap(v -> Stream.of(Word.values()).map(w -> Arguments.of(v, w)));
    }

    @ParameterizedTest
    @MethodSource("everyClip")
    void everyWordHasAClipThatDecodesAsSixteenBitMonoPcm(Voice voice, Word word)
            throws IOException, UnsupportedAudioFileException {
        try (InputStream in = SpeechClipsTest.class.getResourceAsStream(voice.resource(word))) {
            assertThat(in).as(voice.resource(word)).isNotNull();
            SpeechClips.Decoded clip = SpeechClips.decode(new BufferedInputStream(in));
            double seconds = clip.samples().length / clip.rate();
            assertThat(seconds).as("length of " + voice.resource(word)).isBetween(0.15, 1.3);
            if (word == Word.THREE || word == Word.TWO || word == Word.ONE) {
                assertThat(seconds).as("a count ends before the next second's").isLessThan(0.8);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("everyClip")
    void everyClipPlaysAtTheTonesRateAndIsHeard(Voice voice, Word word) {
        short[] samples = new SpeechClips().samples(voice, word).orElseThrow();
        int peak = 0;
        for (short s : samples) {
            peak = Math.max(peak, Math.abs(s));
        }
        assertThat(peak).isEqualTo((int) Math.round(SpeechClips.PEAK));
        assertThat(samples.length / ToneSynth.SAMPLE_RATE).isBetween(0.15f, 1.3f);
    }

    @Test
    void aClipAtHalfTheRateIsStretchedToTheTonesRate() {
        short[] ramp = {0, 100, 200, 300};
        short[] out = SpeechClips.resampled(new SpeechClips.Decoded(ramp, ToneSynth.SAMPLE_RATE / 2));
        assertThat(out).containsExactly(0, 50, 100, 150, 200, 250, 300);
    }

    @Test
    void aClipThatIsNotSixteenBitMonoIsRefused() throws IOException {
        AudioFormat stereo = new AudioFormat(22_050f, 16, 2, true, false);
        byte[] frames = new byte[400];
        ByteArrayOutputStream wav = new ByteArrayOutputStream();
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(frames), stereo, 100),
                AudioFileFormat.Type.WAVE, wav);
        Assertions.assertThatThrownBy(
                        () -> SpeechClips.decode(new ByteArrayInputStream(wav.toByteArray())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not 16-bit PCM mono");
    }

    @Test
    void volumeScalesTheWordAsItScalesTheTones() {
        SpeechClips clips = new SpeechClips();
        byte[] full = clips.render(Voice.ENGLISH, Word.PRESS, 1.0).orElseThrow();
        byte[] half = clips.render(Voice.ENGLISH, Word.PRESS, 0.5).orElseThrow();
        assertThat(Pcm.peak(full)).isEqualTo((int) Math.round(SpeechClips.PEAK));
        assertThat(Pcm.peak(half)).isCloseTo((int) Math.round(SpeechClips.PEAK * 0.25),
                Offset.offset(1));
        assertThat(clips.render(Voice.ENGLISH, Word.PRESS, 0).map(Pcm::peak)).contains(0);
    }
}
