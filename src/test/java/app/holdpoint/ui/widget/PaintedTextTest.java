package app.holdpoint.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.protocol.Side;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;

/** The banner and the dial say when they could not paint a text whole, so the layout sweep can fail on it. */
@GuiTest
class PaintedTextTest {
    private Theme theme;
    private Text text;

    @BeforeEach
    void install() {
        theme = GuiActionRunner.execute(() -> Theme.install(Theme.Variant.DARK));
        text = new Text(Locale.ENGLISH);
    }

    @Test
    void aBannerWithRoomReportsNothing() {
        PhaseBanner banner = GuiActionRunner.execute(() -> {
            PhaseBanner b = new PhaseBanner(theme, text);
            b.show(PhaseKind.PRESS, 1, 2, "Sternocleidomastoid, clavicular head", Side.LEFT);
            b.setSize(1256, 140);
            return b;
        });
        assertThat(GuiActionRunner.execute(banner::clippedTexts)).isEmpty();
    }

    @Test
    void aMuscleNameTooLongForTheBannerIsReportedClipped() {
        String muscle = "Musculus ".repeat(30).strip();
        PhaseBanner banner = GuiActionRunner.execute(() -> {
            PhaseBanner b = new PhaseBanner(theme, text);
            b.show(PhaseKind.PRESS, 1, 2, muscle, Side.LEFT);
            b.setSize(1256, 140);
            return b;
        });
        assertThat(GuiActionRunner.execute(banner::clippedTexts)).anySatisfy(t -> assertThat(t).contains(muscle));
    }

    @Test
    void aStackedBannerGivesTheMuscleTheWholeWidth() {
        PhaseBanner banner = GuiActionRunner.execute(() -> {
            PhaseBanner b = new PhaseBanner(theme, text);
            b.setStacked(true);
            b.show(PhaseKind.NEEDLES_OUT, 2, 3, "Sternocleidomastoid, clavicular head", Side.BOTH);
            b.setSize(776, b.getPreferredSize().height);
            return b;
        });
        assertThat(GuiActionRunner.execute(banner::clippedTexts)).isEmpty();
        assertThat(GuiActionRunner.execute(banner::wordFont).getSize2D()).isGreaterThan(96 * 0.6f);
    }

    @Test
    void aDialTooSmallForItsCaptionReportsIt() {
        CountdownDial dial = GuiActionRunner.execute(() -> {
            CountdownDial d = new CountdownDial(theme, () -> 0L);
            d.showCountdown(Duration.ofSeconds(90), Duration.ofSeconds(90));
            d.setCaption("Tap on release · cap at 2:00 and a good deal more words than fit");
            d.setSize(300, 200);
            return d;
        });
        assertThat(GuiActionRunner.execute(dial::clippedTexts)).anySatisfy(t -> assertThat(t).startsWith("Tap"));
        GuiActionRunner.execute(() -> dial.setSize(900, 520));
        GuiActionRunner.execute(() -> dial.setCaption("Tap when done"));
        assertThat(GuiActionRunner.execute(dial::clippedTexts)).isEmpty();
    }

    @Test
    void tenMinutesOnAPortraitDialAreNarrowedNotShrunk() {
        CountdownDial dial = GuiActionRunner.execute(() -> {
            CountdownDial d = new CountdownDial(theme, () -> 0L);
            d.setCornerShare(0.16);
            d.showCountdown(Duration.ofMinutes(10), Duration.ofMinutes(10));
            d.setSize(776, 560);
            return d;
        });
        double height = GuiActionRunner.execute(() -> dial.digitBounds().getHeight());
        assertThat(height).as("18 % of a 1280 px portrait screen").isGreaterThanOrEqualTo(0.18 * 1280);
        assertThat(GuiActionRunner.execute(dial::clippedTexts)).isEmpty();
    }
}
