package app.holdpoint.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({"45s,45", "90s,90", "1m30s,90", "10m,600", "1h,3600", "1h2m3s,3723", " 30s ,30", "0s,0"})
    void readsDurationsAsPeopleWriteThem(String text, long seconds) {
        assertThat(Durations.parse(text)).contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "sixty", "90", "1.5m", "-30s", "30 s", "s", "1m1h", "30sec", "1m30", "9999999999s"})
    void rejectsAnythingElse(String text) {
        assertThat(Durations.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"90,1m30s", "600,10m", "45,45s", "3723,1h2m3s", "0,0s"})
    void formatsTheShortestWay(long seconds, String text) {
        assertThat(Durations.format(Duration.ofSeconds(seconds))).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"90,1:30", "5,0:05", "3723,1:02:03", "0,0:00"})
    void showsAClockFace(long seconds, String text) {
        assertThat(Durations.clock(Duration.ofSeconds(seconds))).isEqualTo(text);
    }
}
