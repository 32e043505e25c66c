package app.holdpoint.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinTest {

    @Test
    void fourToEightDigitsAreWellFormed() {
        assertThat(Pin.MIN_LENGTH).isEqualTo(4);
        assertThat(Pin.MAX_LENGTH).isEqualTo(8);
        assertThat(Pin.isWellFormed("0000".toCharArray())).isTrue();
        assertThat(Pin.isWellFormed("12345678".toCharArray())).isTrue();
    }

    @Test
    void oneDigitTooFewOrTooManyIsNot() {
        assertThat(Pin.isWellFormed("123".toCharArray())).isFalse();
        assertThat(Pin.isWellFormed("123456789".toCharArray())).isFalse();
        assertThat(Pin.hasAllowedLength("123".toCharArray())).isFalse();
        assertThat(Pin.hasAllowedLength("123456789".toCharArray())).isFalse();
        assertThat(Pin.isWellFormed(new char[0])).isFalse();
        assertThat(Pin.isWellFormed(null)).isFalse();
        assertThat(Pin.hasAllowedLength(null)).isFalse();
    }

    @Test
    void onlyTheAsciiDigitsCount() {
        assertThat(Pin.isWellFormed("12a4".toCharArray())).isFalse();
        assertThat(Pin.isWellFormed("12 4".toCharArray())).isFalse();
        // Arabic-Indic and full-width digits are digits to Character.isDigit, not to a PIN.
        assertThat(Pin.isWellFormed("\u0661\u0662\u0663\u0664".toCharArray())).isFalse();
        assertThat(Pin.isWellFormed("\uFF11\uFF12\uFF13\uFF14".toCharArray())).isFalse();
        assertThat(Pin.hasAllowedLength("12a4".toCharArray())).isTrue();
        assertThat(Pin.isDigits("12a4".toCharArray())).isFalse();
        assertThat(Pin.isDigits("09".toCharArray())).isTrue();
    }
}
