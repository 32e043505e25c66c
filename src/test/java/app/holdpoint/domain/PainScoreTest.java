package app.holdpoint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PainScoreTest {

    @Test
    void theScaleRunsFromZeroToTen() {
        assertThat(PainScore.MIN).isZero();
        assertThat(PainScore.MAX).isEqualTo(10);
        assertThat(PainScore.isValid(0)).isTrue();
        assertThat(PainScore.isValid(10)).isTrue();
        assertThat(new PainScore(0).value()).isZero();
        assertThat(new PainScore(10).value()).isEqualTo(10);
    }

    @Test
    void valuesJustOffTheScaleAreRefused() {
        assertThat(PainScore.isValid(-1)).isFalse();
        assertThat(PainScore.isValid(11)).isFalse();
        assertThatThrownBy(() -> new PainScore(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pain is rated 0 to 10, not -1");
        assertThatThrownBy(() -> new PainScore(11)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pain is rated 0 to 10, not 11");
    }
}
