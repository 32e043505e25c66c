package app.holdpoint.ui.sound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.assertj.core.data.Offset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import app.holdpoint.protocol.PhaseKind;

class ToneSynthTest {

    @Test
    void everyCueHasItsOwnTone() {
        Set<Tone> tones = new HashSet<>();
        for (Chime cue : Chime.values()) {
            assertThat(tones.add(cue.tone())).as("%s has a tone of its own", cue).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Chime.class)
    void theFirstNoteSoundsAtItsPitch(Chime cue) {
        Tone.Note first = cue.tone().notes().get(0);
        short[] samples = Pcm.samples(ToneSynth.render(cue.tone(), 1.0));
        int window = (int) (ToneSynth.SAMPLE_RATE * Math.min(first.millis(), 50) / 1000);

        double atPitch = Pcm.power(samples, 0, window, first.hertz());
        double offPitch = Pcm.power(samples, 0, window, first.hertz() * 1.33);

        assertThat(atPitch).as("%s at %.0f Hz", cue, first.hertz()).isGreaterThan(20 * offPitch);
    }

    @ParameterizedTest
    @EnumSource(Chime.class)
    void lengthMatchesTheToneAndNothingClips(Chime cue) {
        byte[] pcm = ToneSynth.render(cue.tone(), 1.0);
        double millis = pcm.length / 2 / ToneSynth.SAMPLE_RATE * 1000;
        assertThat(millis).isCloseTo(cue.tone().millis(), Offset.offset(2.0));
        assertThat(Pcm.peak(pcm)).isLessThan(Short.MAX_VALUE);
        assertThat(cue.tone().millis()).as("a cue is short").isLessThanOrEqualTo(1500);
    }

    @Test
    void theEnvelopeStartsAndEndsInSilenceSoNothingClicks() {
        short[] samples = Pcm.samples(ToneSynth.render(Chime.PHASE_PRESSURE.tone(), 1.0));
        assertThat(Math.abs(samples[0])).isLessThan(50);
        assertThat(Math.abs(samples[samples.length - 1])).isLessThan(50);
    }

    @ParameterizedTest
    @EnumSource(PhaseKind.class)
    void everyPhaseKindStartsWithAPhaseTone(PhaseKind kind) {
        assertThat(Chime.phaseCues()).contains(Chime.phaseStarted(kind));
    }

    @Test
    void phaseFamiliesSoundDifferent() {
        assertThat(Chime.phaseStarted(PhaseKind.PRESS)).isNotEqualTo(Chime.phaseStarted(PhaseKind.RELAX));
        assertThat(Chime.phaseStarted(PhaseKind.SPRAY)).isEqualTo(Chime.phaseStarted(PhaseKind.STRETCH));
        assertThat(Chime.phaseStarted(PhaseKind.NEEDLE)).isNotEqualTo(Chime.phaseStarted(PhaseKind.INSTRUCT));
        assertThat(Set.copyOf(Chime.phaseCues())).hasSize(5);
    }
}
