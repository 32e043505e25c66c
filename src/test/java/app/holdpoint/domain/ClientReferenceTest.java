package app.holdpoint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClientReferenceTest {

    @Test
    void aNewReferenceHasTwoToTwentyFourCapitalsDigitsAndHyphens() {
        assertThat(ClientReference.isWellFormed("K1")).isTrue();
        assertThat(ClientReference.isWellFormed("KM-0412")).isTrue();
        assertThat(ClientReference.isWellFormed("0-")).isTrue();
        assertThat(ClientReference.isWellFormed("A".repeat(24))).isTrue();
        assertThat(new ClientReference("KM-0412").value()).isEqualTo("KM-0412");
        assertThat(new ClientReference("KM-0412")).hasToString("KM-0412");
    }

    @Test
    void lengthsJustOutsideAreRefused() {
        assertThat(ClientReference.isWellFormed("K")).isFalse();
        assertThat(ClientReference.isWellFormed("A".repeat(25))).isFalse();
        assertThat(ClientReference.isWellFormed("")).isFalse();
        assertThat(ClientReference.isWellFormed(null)).isFalse();
    }

    @Test
    void otherCharactersAndALeadingHyphenAreRefused() {
        assertThat(ClientReference.isWellFormed("km-0412")).isFalse();
        assertThat(ClientReference.isWellFormed("-K12")).isFalse();
        assertThat(ClientReference.isWellFormed("KM 0412")).isFalse();
        assertThat(ClientReference.isWellFormed("KÖ-1")).isFalse();
        assertThatThrownBy(() -> new ClientReference("km-1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 to 24 capital letters, digits and hyphens");
    }

    @Test
    void theRecordKeepsWhatItAlreadyHoldsUpToSixtyFourCharacters() {
        assertThat(ClientReference.isRecordable("C-P23044-ÄØ")).isTrue();
        assertThat(ClientReference.isRecordable("C-bench")).isTrue();
        assertThat(ClientReference.isRecordable("x")).isTrue();
        assertThat(ClientReference.isRecordable("x".repeat(64))).isTrue();
        assertThat(ClientReference.isRecordable("x".repeat(65))).isFalse();
        assertThat(ClientReference.isRecordable("")).isFalse();
        assertThat(ClientReference.isRecordable(null)).isFalse();
        assertThat(ClientReference.isRecordable("A".repeat(ClientReference.MAX_LENGTH)))
                .as("every new reference can be recorded").isTrue();
    }
}
