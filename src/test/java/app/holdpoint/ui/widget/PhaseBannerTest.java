package app.holdpoint.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.protocol.Side;
import app.holdpoint.ui.Frames;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;

@GuiTest
class PhaseBannerTest {
    private Theme theme;
    private PhaseBanner banner;

    @BeforeEach
    void build() {
        theme = GuiActionRunner.execute(() -> Theme.install(Theme.Variant.DARK));
        banner = GuiActionRunner.execute(() -> new PhaseBanner(theme, new Text(Locale.ENGLISH)));
    }

    @Test
    void showsTheWordTheCycleAndTheTarget() {
        GuiActionRunner.execute(() -> banner.show(PhaseKind.PRESS, 2, 3, "Upper trapezius", Side.LEFT));
        assertThat(banner.word()).isEqualTo("PRESS");
        assertThat(banner.cycleText()).isEqualTo("2 of 3");
        assertThat(banner.targetText()).isEqualTo("Upper trapezius \u00B7 left");
        assertThat(banner.kind()).isEqualTo(PhaseKind.PRESS);
    }

    @Test
    void aSingleCycleAndNoMuscleShowNeitherLine() {
        GuiActionRunner.execute(() -> banner.show(PhaseKind.INSTRUCT, 1, 1, null, null));
        assertThat(banner.word()).isEqualTo("DO");
        assertThat(banner.cycleText()).isEmpty();
        assertThat(banner.targetText()).isEmpty();
    }

    @Test
    void wordsMadeByTheScreenAreShownAsGivenInCapitals() {
        GuiActionRunner.execute(() -> banner.show(PhaseKind.HAEMOSTASIS, "Press site", "", "Temporalis \u00B7 right"));
        assertThat(banner.word()).isEqualTo("PRESS SITE");
        assertThat(banner.cycleText()).isEmpty();
        assertThat(banner.targetText()).isEqualTo("Temporalis \u00B7 right");
    }

    @Test
    void bothSidesAreSaid() {
        GuiActionRunner.execute(() -> banner.show(PhaseKind.STRETCH, 1, 2, "Piriformis", Side.BOTH));
        assertThat(banner.targetText()).isEqualTo("Piriformis \u00B7 both sides");
    }

    @ParameterizedTest
    @EnumSource(PhaseKind.class)
    void everyWordIsCapitalisedAndPaintsInItsTint(PhaseKind kind) {
        GuiActionRunner.execute(() -> banner.show(kind, 1, 3, "Gastrocnemius", Side.RIGHT));
        assertThat(banner.word()).isEqualTo(banner.word().toUpperCase(Locale.ROOT)).doesNotContain("!");
        BufferedImage image = Frames.paint(banner, 1248, 140);
        Color tint = GuiActionRunner.execute(() -> theme.phase(kind).background());
        assertThat(image.getRGB(640, 4) & 0xFFFFFF).isEqualTo(tint.getRGB() & 0xFFFFFF);
    }

    @Test
    void theWordKeepsItsFullSizeOnAWideBanner() {
        GuiActionRunner.execute(() -> {
            banner.show(PhaseKind.PRESS, 2, 3, "Upper trapezius", Side.LEFT);
            banner.setSize(1248, 140);
        });
        Font font = GuiActionRunner.execute(() -> banner.wordFont());
        assertThat(font.getSize2D()).isEqualTo(96f);
    }

    @Test
    void inANarrowBannerTheDetailsGiveWayBeforeTheWord() {
        GuiActionRunner.execute(() -> {
            banner.show(PhaseKind.NEEDLES_OUT, 1, 1, "Gluteus minimus", Side.RIGHT);
            banner.setSize(870, 140);
        });
        Font font = GuiActionRunner.execute(() -> banner.wordFont());
        List<String> lines = GuiActionRunner.execute(() -> banner.detailLines());
        assertThat(font.getSize2D()).as("the word never shrinks below 70 %").isGreaterThanOrEqualTo(96 * 0.7f);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).isEqualTo("right");
    }

    @Test
    void anEmptyBannerPaintsNothing() {
        BufferedImage image = Frames.paint(banner, 400, 100);
        assertThat(image.getRGB(200, 50) & 0xFFFFFF).isZero();
    }
}
