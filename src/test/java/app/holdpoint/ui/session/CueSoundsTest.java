package app.holdpoint.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import app.holdpoint.protocol.Phase;
import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.protocol.Timing;
import app.holdpoint.session.Cue;
import app.holdpoint.session.CueType;
import app.holdpoint.ui.sound.Chime;
import app.holdpoint.ui.sound.Word;
import java.time.Duration;

/** Which tone each engine cue plays. */
class CueSoundsTest {

    private static Phase phase(PhaseKind kind) {
        return new Phase(0, 0, kind, "label", Optional.empty(), Optional.empty(),
                new Timing.Fixed(Duration.ofSeconds(30)), 1, 1, "", 0);
    }

    @ParameterizedTest
    @EnumSource(PhaseKind.class)
    void aPhaseStartPlaysTheToneOfItsKind(PhaseKind kind) {
        Cue cue = new Cue(CueType.PHASE_STARTED, Optional.of(phase(kind)), 0, 0, 0);
        assertThat(CueSounds.of(cue)).contains(Chime.phaseStarted(kind));
    }

    @ParameterizedTest
    @EnumSource(value = CueType.class, names = "PHASE_STARTED", mode = EnumSource.Mode.EXCLUDE)
    void everyOtherCueHasItsOwnTone(CueType type) {
        Optional<Chime> tone = CueSounds.of(new Cue(type, Optional.of(phase(PhaseKind.PRESS)),
                type == CueType.LAST_SECONDS ? 3 : 0, 0, 0));
        assertThat(tone).isPresent();
        assertThat(tone.get().name()).isEqualTo(type == CueType.LAST_SECONDS ? "TICK" : type.name());
    }

    @ParameterizedTest
    @EnumSource(PhaseKind.class)
    void aPhaseStartSaysTheWordOfItsKind(PhaseKind kind) {
        Cue cue = new Cue(CueType.PHASE_STARTED, Optional.of(phase(kind)), 0, 0, 0);
        assertThat(CueSounds.spoken(cue)).contains(Word.phaseStarted(kind));
    }

    @ParameterizedTest
    @CsvSource({"3, THREE", "2, TWO", "1, ONE"})
    void theLastSecondsAreCounted(int count, Word word) {
        assertThat(CueSounds.spoken(new Cue(CueType.LAST_SECONDS, Optional.of(phase(PhaseKind.PRESS)), count, 0, 0)))
                .contains(word);
    }

    @Test
    void aStaleTickIsNotCountedAndOtherMomentsSayOnlyRelease() {
        long late = CueSounds.STALE_TICK.toNanos() + 1;
        assertThat(CueSounds.spoken(new Cue(CueType.LAST_SECONDS, Optional.empty(), 2, 0, late))).isEmpty();
        assertThat(CueSounds.spoken(new Cue(CueType.RELEASE_ALLOWED, Optional.of(phase(PhaseKind.PRESS)), 0, 0, 0)))
                .contains(Word.RELEASE);
        for (CueType type : new CueType[] {CueType.HALFWAY, CueType.WARNING, CueType.ALARM,
                CueType.AWAITING_CONFIRMATION, CueType.SESSION_COMPLETED}) {
            assertThat(CueSounds.spoken(new Cue(type, Optional.of(phase(PhaseKind.PRESS)), 0, 0, 0))).as(type.name())
                    .isEmpty();
        }
    }

    @Test
    void aTickDeliveredLateIsDroppedButAnAlarmNeverIs() {
        long late = CueSounds.STALE_TICK.toNanos() + 1;
        assertThat(CueSounds.of(new Cue(CueType.LAST_SECONDS, Optional.empty(), 2, 0, late))).isEmpty();
        assertThat(CueSounds.of(new Cue(CueType.ALARM, Optional.empty(), 0, 0, late)))
                .contains(Chime.ALARM);
    }
}
