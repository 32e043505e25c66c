package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import app.holdpoint.io.Sha256;

/**
 * The canonical encoding is what every stored hash was computed from, so its bytes never change: numbers are
 * written as {@code Long.toString} writes them, and text outside ASCII is hashed as UTF-8.
 */
class CanonTest {
    private static final long[] NUMBERS = {0, 7, 9, 10, -1, -9, -10, 99, 100, 1_234_567_890_123L, Integer.MAX_VALUE,
        Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, -999_999_999_999L};

    @Test
    void aNumberIsEncodedAsItsDecimalText() {
        for (long number : NUMBERS) {
            assertThat(Canon.decimalLength(number)).as("%d", number).isEqualTo(Long.toString(number).length());
            String expected = hex("t-v1", Long.toString(number));
            assertThat(new Canon().start("t-v1").add(number).hash()).as("%d", number).isEqualTo(expected);
            assertThat(new Canon().start("t-v1").add(Long.valueOf(number)).hash()).isEqualTo(expected);
        }
        assertThat(new Canon().start("t-v1").add(Integer.valueOf(-42)).hash()).isEqualTo(hex("t-v1", "-42"));
    }

    @Test
    void textOutsideAsciiIsHashedAsUtf8AndNullsStayNull() {
        String text = "Müller · 肩 · 😀";
        assertThat(new Canon().start("t-v1").add(text).add((String) null).add((Long) null).hash())
                .isEqualTo(Sha256.hex("4:t-v1;" + text.length() + ":" + text + ";~;~;"));
        Canon reused = new Canon();
        reused.start("t-v1").add(text).hash();
        assertThat(reused.start("t-v1").add("plain").hash()).isEqualTo(hex("t-v1", "plain"));
    }

    private static String hex(String kind, String value) {
        String canonical = kind.length() + ":" + kind + ";" + value.length() + ":" + value + ";";
        return HexFormat.of().formatHex(Sha256.newDigest().digest(canonical.getBytes(StandardCharsets.UTF_8)));
    }
}
