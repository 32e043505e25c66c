package app.holdpoint.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.swing.JFrame;
import org.assertj.core.data.Offset;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.ui.Frames;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.theme.Theme;

@GuiTest
class CountdownDialTest {
    /** The band the runner screen gives the dial on a 1280×800 tablet. */
    private static final Dimension RUNNER_SPACE = new Dimension(1280, 560);
    /** A quarter of the screen height at 1280×800. */
    private static final int QUARTER_SCREEN = 200;

    private final AtomicLong now = new AtomicLong(5_000_000_000L);
    private final List<String> fired = new ArrayList<>();
    private Theme theme;
    private CountdownDial dial;

    @BeforeEach
    void build() {
        theme = GuiActionRunner.execute(() -> Theme.install(Theme.Variant.DARK));
        dial = GuiActionRunner.execute(() -> {
            CountdownDial d = new CountdownDial(theme, now::get);
            d.addActionListener(e -> fired.add(e.getActionCommand()));
            return d;
        });
    }

    private void advanceMillis(long millis) {
        now.addAndGet(millis * 1_000_000L);
    }

    /** The height of the ink in the digits' colour: what a person sees, whatever the font size says. */
    private static int inkHeight(BufferedImage image, Color ink) {
        int top = -1;
        int bottom = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (ink.getRGB() & 0xFFFFFF)) {
                    if (top < 0) {
                        top = y;
                    }
                    bottom = y;
                    break;
                }
            }
        }
        return top < 0 ? 0 : bottom - top + 1;
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT1M30S", "PT10M", "PT5S"})
    void digitsAreAQuarterOfTheScreenTallInTheRunnersSpace(String remaining) {
        GuiActionRunner.execute(() -> {
            dial.setPhase(PhaseKind.PRESS);
            dial.showCountdown(Duration.parse(remaining), Duration.ofMinutes(10));
        });
        BufferedImage image = Frames.paint(dial, RUNNER_SPACE.width, RUNNER_SPACE.height);
        Color ink = GuiActionRunner.execute(() -> theme.phase(PhaseKind.PRESS).foreground());

        assertThat(inkHeight(image, ink)).as("measured digit height for %s", dial.digits())
                .isGreaterThanOrEqualTo(QUARTER_SCREEN);
        Rectangle2D bounds = GuiActionRunner.execute(() -> dial.digitBounds());
        assertThat(bounds.getHeight()).isGreaterThanOrEqualTo(QUARTER_SCREEN);
        assertThat(bounds.getMinX()).isPositive();
        assertThat(bounds.getMaxX()).isLessThan(RUNNER_SPACE.width);
    }

    @ParameterizedTest
    @EnumSource(Theme.Variant.class)
    void digitsStayAQuarterOfTheScreenWithACaptionUnderThem(Theme.Variant variant) {
        Theme themed = GuiActionRunner.execute(() -> Theme.install(variant));
        CountdownDial captioned = GuiActionRunner.execute(() -> {
            CountdownDial d = new CountdownDial(themed, now::get);
            d.setPhase(PhaseKind.RELAX);
            d.showCountdown(Duration.ofSeconds(28), Duration.ofSeconds(30));
            d.setCaption("then PRESS 60 s");
            return d;
        });
        Frames.paint(captioned, RUNNER_SPACE.width, RUNNER_SPACE.height);
        Rectangle2D bounds = GuiActionRunner.execute(() -> captioned.digitBounds());
        assertThat(bounds.getHeight()).isGreaterThanOrEqualTo(QUARTER_SCREEN);
    }

    @Test
    void countdownRoundsUpSoZeroShowsOnlyAtTheEnd() {
        GuiActionRunner.execute(() -> dial.showCountdown(Duration.ofMillis(4_200), Duration.ofSeconds(10)));
        assertThat(dial.digits()).isEqualTo("0:05");
        assertThat(dial.progress()).isEqualTo(0.42, Offset.offset(1e-9));
        GuiActionRunner.execute(() -> dial.showCountdown(Duration.ofMillis(1), Duration.ofSeconds(10)));
        assertThat(dial.digits()).isEqualTo("0:01");
        GuiActionRunner.execute(() -> dial.showCountdown(Duration.ZERO, Duration.ofSeconds(10)));
        assertThat(dial.digits()).isEqualTo("0:00");
        assertThat(dial.mode()).isEqualTo(CountdownDial.Mode.COUNTDOWN);
    }

    @Test
    void betweenSecondsOnlyTheMovingEndOfTheTrackIsRepainted() {
        GuiActionRunner.execute(() -> dial.setSize(RUNNER_SPACE));
        Rectangle dirty = GuiActionRunner.execute(() -> dial.trackDirtyArea(0.30, 0.31));
        double share = dirty.getWidth() * dirty.getHeight() / (RUNNER_SPACE.width * RUNNER_SPACE.height);
        assertThat(share).as("share of the dial repainted").isLessThan(0.05);
    }

    @Test
    void countUpShowsWholeSecondsHeldAndFillsTowardsTheCap() {
        GuiActionRunner.execute(() -> dial.showCountUp(Duration.ofMillis(61_900), Duration.ofSeconds(60),
                Duration.ofSeconds(90), Duration.ofSeconds(120)));
        assertThat(dial.digits()).isEqualTo("1:01");
        assertThat(dial.mode()).isEqualTo(CountdownDial.Mode.COUNT_UP);
        assertThat(dial.progress()).isBetween(0.51, 0.52);
    }

    @Test
    void waitingShowsTheTimeSinceTheWaitBegan() {
        GuiActionRunner.execute(() -> dial.showWaiting(Duration.ofSeconds(75)));
        assertThat(dial.digits()).isEqualTo("1:15");
        assertThat(dial.mode()).isEqualTo(CountdownDial.Mode.WAITING);
    }

    @Test
    void everyModePaintsInEveryPhaseWithoutFailing() {
        for (PhaseKind kind : PhaseKind.values()) {
            GuiActionRunner.execute(() -> {
                dial.setPhase(kind);
                dial.setPaused(kind.ordinal() % 2 == 0);
                dial.showCountUp(Duration.ofSeconds(100), Duration.ofSeconds(60), Duration.ofSeconds(90),
                        Duration.ofSeconds(120));
            });
            Frames.paint(dial, 900, 500);
            GuiActionRunner.execute(() -> dial.showWaiting(Duration.ofSeconds(3)));
            Frames.paint(dial, 400, 400);
        }
        GuiActionRunner.execute(() -> dial.showIdle());
        Frames.paint(dial, 10, 10);
        assertThat(dial.digits()).isEmpty();
    }

    @Test
    void aTapAnywhereOnTheDialIsThePrimaryAction() {
        JFrame frame = Frames.show(dial, new Dimension(900, 500));
        Robot robot = BasicRobot.robotWithCurrentAwtHierarchy();
        try {
            robot.click(dial, new Point(20, 20));
            robot.waitForIdle();
            assertThat(fired).containsExactly(CountdownDial.PRIMARY);

            advanceMillis(100);
            robot.click(dial, new Point(880, 480));
            robot.waitForIdle();
            assertThat(fired).as("a second tap 100 ms later is the same tap").hasSize(1);

            advanceMillis(600);
            robot.click(dial);
            robot.waitForIdle();
            assertThat(fired).hasSize(2);
        } finally {
            robot.cleanUp();
            GuiActionRunner.execute(frame::dispose);
        }
    }

    @Test
    void keysAndPedalsShareTheTapGuard() {
        assertThat(GuiActionRunner.execute(() -> dial.activate())).isTrue();
        advanceMillis(300);
        assertThat(GuiActionRunner.execute(() -> dial.activate())).isFalse();
        advanceMillis(301);
        assertThat(GuiActionRunner.execute(() -> dial.activate())).isTrue();
        assertThat(fired).hasSize(2);
    }

    @Test
    void theGuardWindowComesFromTheTheme() {
        CountdownDial quick = GuiActionRunner.execute(() -> new CountdownDial(theme, now::get, Duration.ofMillis(50)));
        GuiActionRunner.execute(() -> quick.activate());
        advanceMillis(60);
        assertThat(GuiActionRunner.execute(() -> quick.activate())).isTrue();
        GuiActionRunner.execute(() -> dial.activate());
        advanceMillis(599);
        assertThat(GuiActionRunner.execute(() -> dial.activate())).as("600 ms from the theme").isFalse();
    }

    @Test
    void aDisabledDialDoesNothing() {
        GuiActionRunner.execute(() -> dial.setEnabled(false));
        assertThat(GuiActionRunner.execute(() -> dial.activate())).isFalse();
        assertThat(fired).isEmpty();
    }

    @Test
    void aFlashFadesOutOverItsLengthByTheClock() {
        GuiActionRunner.execute(() -> dial.flash());
        assertThat(dial.flashLevel()).isEqualTo(1.0);
        assertThat(dial.isFlashing()).isTrue();
        int millis = GuiActionRunner.execute(() -> theme.integer("Holdpoint.flash.millis"));

        advanceMillis(millis / 2);
        assertThat(dial.flashLevel()).isBetween(0.2, 0.3);
        advanceMillis(millis);
        assertThat(dial.flashLevel()).isZero();

        GuiActionRunner.execute(() -> dial.onFlashTick());
        assertThat(dial.isFlashing()).as("the timer stops itself when the flash is over").isFalse();
    }

    @Test
    void aFlashBrightensTheDial() {
        GuiActionRunner.execute(() -> dial.setPhase(PhaseKind.NEEDLE));
        BufferedImage before = Frames.paint(dial, 400, 300);
        GuiActionRunner.execute(() -> dial.flash());
        BufferedImage during = Frames.paint(dial, 400, 300);
        assertThat(brightness(during.getRGB(200, 20))).isGreaterThan(brightness(before.getRGB(200, 20)) + 60);
    }

    @Test
    void underAFadingFlashTheDialIsPaintedOnceAndAgainOnlyWhenItChanges() {
        GuiActionRunner.execute(() -> {
            dial.setPhase(PhaseKind.PRESS);
            dial.showCountdown(Duration.ofSeconds(42), Duration.ofSeconds(90));
        });
        BufferedImage still = Frames.paint(dial, 400, 300);
        GuiActionRunner.execute(() -> dial.flash());
        BufferedImage firstFrame = Frames.paint(dial, 400, 300);
        assertThat(GuiActionRunner.execute(() -> dial.keepsPictureUnderFlash())).isTrue();

        advanceMillis(450);
        GuiActionRunner.execute(() -> dial.onFlashTick());
        assertThat(GuiActionRunner.execute(() -> dial.keepsPictureUnderFlash()))
                .as("a flash frame keeps the picture").isTrue();
        BufferedImage laterFrame = Frames.paint(dial, 400, 300);
        assertThat(brightness(laterFrame.getRGB(200, 20))).as("the flash fades over the kept picture")
                .isLessThan(brightness(firstFrame.getRGB(200, 20)));

        GuiActionRunner.execute(() -> dial.showCountdown(Duration.ofSeconds(41), Duration.ofSeconds(90)));
        assertThat(GuiActionRunner.execute(() -> dial.keepsPictureUnderFlash()))
                .as("a new second makes the picture stale").isFalse();

        advanceMillis(1_000);
        GuiActionRunner.execute(() -> dial.onFlashTick());
        GuiActionRunner.execute(() -> dial.showCountdown(Duration.ofSeconds(42), Duration.ofSeconds(90)));
        assertThat(Frames.paint(dial, 400, 300).getRGB(0, 0, 400, 300, null, 0, 400))
                .as("after the flash the dial paints as before it").isEqualTo(still.getRGB(0, 0, 400, 300, null, 0, 400));
    }

    private static int brightness(int rgb) {
        return ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
    }
}
