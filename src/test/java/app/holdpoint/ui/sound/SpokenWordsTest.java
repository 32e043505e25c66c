package app.holdpoint.ui.sound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import app.holdpoint.protocol.PhaseKind;

/** Which word is said for each phase kind and each count, in English and German. */
class SpokenWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            PRESS       | Press          | Drücken
            RELAX       | Relax          | Lösen
            SPRAY       | Spray          | Sprühen
            STRETCH     | Stretch now    | Jetzt dehnen
            CONTRACT    | Contract       | Anspannen
            REWARM      | Rewarm         | Aufwärmen
            NEEDLE      | Needle in      | Nadel setzen
            RETAIN      | Needles stay   | Nadeln bleiben
            NEEDLES_OUT | Needles out    | Nadeln raus
            HAEMOSTASIS | Press the site | Stelle drücken
            INSTRUCT    | Next step      | Nächster Schritt
            RATE        | Rate the pain  | Schmerz bewerten
            HOME_CARE   | Home care      | Heimübungen
            """)
    void aPhaseStartSaysItsKindsWordInEitherLanguage(PhaseKind kind, String english, String german) {
        Word word = Word.phaseStarted(kind);
        assertThat(Voice.ENGLISH.says(word)).isEqualTo(english);
        assertThat(Voice.GERMAN.says(word)).isEqualTo(german);
    }

    @ParameterizedTest
    @EnumSource(PhaseKind.class)
    void everyPhaseKindHasAWordOfItsOwn(PhaseKind kind) {
        Word word = Word.phaseStarted(kind);
        for (PhaseKind other : PhaseKind.values()) {
            if (other != kind) {
                assertThat(Word.phaseStarted(other)).as(other + " beside " + kind).isNotEqualTo(word);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"3, three, drei", "2, two, zwei", "1, one, eins"})
    void theLastThreeSecondsAreCountedInEitherLanguage(int secondsLeft, String english, String german) {
        Word word = Word.count(secondsLeft);
        assertThat(Voice.ENGLISH.says(word)).isEqualTo(english);
        assertThat(Voice.GERMAN.says(word)).isEqualTo(german);
    }

    @Test
    void onlyTheLastThreeSecondsAreCounted() {
        assertThatThrownBy(() -> Word.count(4)).hasMessageContaining("only 3, 2 and 1");
        assertThatThrownBy(() -> Word.count(0)).hasMessageContaining("only 3, 2 and 1");
    }

    @Test
    void releaseIsSaidInEitherLanguage() {
        assertThat(Voice.ENGLISH.says(Word.RELEASE)).isEqualTo("Release");
        assertThat(Voice.GERMAN.says(Word.RELEASE)).isEqualTo("Loslassen");
    }

    @Test
    void theVoiceFollowsTheKiosksLanguageAndFallsBackToEnglish() {
        assertThat(Voice.of(Locale.GERMANY)).isEqualTo(Voice.GERMAN);
        assertThat(Voice.of(Locale.forLanguageTag("de-AT"))).isEqualTo(Voice.GERMAN);
        assertThat(Voice.of(Locale.UK)).isEqualTo(Voice.ENGLISH);
        assertThat(Voice.of(Locale.FRANCE)).isEqualTo(Voice.ENGLISH);
        assertThat(Voice.GERMAN.resource(Word.NEEDLES_OUT)).isEqualTo("/app/holdpoint/ui/sound/speech/de/needles-out.wav");
    }
}
