package app.holdpoint.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceTagsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Press the upper trapezius [S12]|Press the upper trapezius",
        "Press [DEFAULT] until it softens.|Press until it softens.",
        "Hold 90 s [S7, S8]; then release [S7; DEFAULT]|Hold 90 s; then release",
        "Stretch gently [DEFAULT, S23]|Stretch gently",
        "Spray twice [S2, extrapolated].|Spray twice.",
        "About 30 s [S71 about 30 s, S16 90 s]|About 30 s",
        "[S3] Breathe out slowly|Breathe out slowly",
        "No tags at all|No tags at all",
        "Move off at once if it tingles (S49).|Move off at once if it tingles.",
        "Shield the eyes (S17, S19); not near the face (S62 lists it)|Shield the eyes; not near the face",
        "Hold (about 90 s) then release (gently)|Hold (about 90 s) then release (gently)",
        "Keep [left] and [0.5, 0.4] and [section 7.5 step 7]|Keep [left] and [0.5, 0.4] and [section 7.5 step 7]",
    })
    void removesSourceTagsAndTheBlankBeforeThem(String raw, String clean) {
        assertThat(SourceTags.strip(raw)).isEqualTo(clean);
    }

    @Test
    void nullAndBlankStayAsTheyAre() {
        assertThat(SourceTags.strip(null)).isNull();
        assertThat(SourceTags.strip("")).isEmpty();
    }

    @Test
    void keepsLineBreaks() {
        assertThat(SourceTags.strip("Line one [S1]\nLine two [DEFAULT]")).isEqualTo("Line one\nLine two");
    }
}
