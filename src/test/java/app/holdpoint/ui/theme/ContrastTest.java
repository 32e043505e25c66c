package app.holdpoint.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.awt.Color;

import org.junit.jupiter.api.Test;

class ContrastTest {

    @Test
    void blackAndWhiteAreTheExtremes() {
        assertThat(Contrast.luminance(Color.BLACK)).isZero();
        assertThat(Contrast.luminance(Color.WHITE)).isCloseTo(1.0, offset(1e-9));
        assertThat(Contrast.ratio(Color.BLACK, Color.WHITE)).isCloseTo(21.0, offset(1e-9));
    }

    @Test
    void theRatioDoesNotDependOnTheOrder() {
        Color a = new Color(0x3D1418);
        Color b = new Color(0xFBF1EC);
        assertThat(Contrast.ratio(a, b)).isEqualTo(Contrast.ratio(b, a));
        assertThat(Contrast.ratio(a, a)).isEqualTo(1.0);
    }

    @Test
    void matchesPublishedWcagValues() {
        // #767676 on white is the well-known lightest grey that passes 4.5:1.
        assertThat(Contrast.ratio(new Color(0x767676), Color.WHITE)).isCloseTo(4.54, offset(0.01));
        // Pure red on white.
        assertThat(Contrast.ratio(Color.RED, Color.WHITE)).isCloseTo(4.0, offset(0.01));
        assertThat(Contrast.luminance(new Color(0x808080))).isCloseTo(0.2158605, offset(1e-6));
    }
}
