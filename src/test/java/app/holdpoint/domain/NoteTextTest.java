package app.holdpoint.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoteTextTest {

    @Test
    void aNoteHasAtMostFourThousandCharacters() {
        assertThat(NoteText.MAX_LENGTH).isEqualTo(4000);
        assertThat(NoteText.fitsNote("")).isTrue();
        assertThat(NoteText.fitsNote("n".repeat(4000))).isTrue();
        assertThat(NoteText.fitsNote("n".repeat(4001))).isFalse();
    }

    @Test
    void anAddendumHasOneToEightThousandCharacters() {
        assertThat(NoteText.ADDENDUM_MAX_LENGTH).isEqualTo(8000);
        assertThat(NoteText.fitsAddendum("a")).isTrue();
        assertThat(NoteText.fitsAddendum("a".repeat(8000))).isTrue();
        assertThat(NoteText.fitsAddendum("a".repeat(8001))).isFalse();
        assertThat(NoteText.fitsAddendum("")).isFalse();
    }

    @Test
    void lengthsCountUtf16Units() {
        String clef = "\uD834\uDD1E"; // one character, two UTF-16 units
        assertThat(NoteText.fitsNote(clef.repeat(2000))).isTrue();
        assertThat(NoteText.fitsNote(clef.repeat(2000) + "x")).isFalse();
    }
}
