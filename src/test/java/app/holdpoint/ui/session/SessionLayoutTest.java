package app.holdpoint.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Point;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.testsupport.Edt;
import app.holdpoint.ui.Frames;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.theme.Contrast;
import app.holdpoint.ui.theme.PhaseStyle;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.CountdownDial;

/**
 * Every session screen at 1280×800, in both themes: touch targets, the size of the countdown's digits as
 * painted, and the contrast of the digits and the phase word. Also writes each screen to
 * {@code target/session-screens/} for a person to look at.
 */
@GuiTest
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class SessionLayoutTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Theme.Variant.class)
    void everySessionScreenMeetsTheKioskLayoutRules(Theme.Variant variant) throws IOException {
        Path shots = Path.of("target", "session-screens");
        Files.createDirectories(shots);
        List<String> seen = new ArrayList<>();
        Map<String, List<String>> small = new HashMap<>();
        try (SessionFlowFixture fx = SessionFlowFixture.open(folder, variant)) {
            SessionScreens.walk(fx, (screen, flow) -> {
                seen.add(screen);
                BufferedImage image = SessionScreens.paint(flow);
                write(image, shots.resolve(screen + "-" + variant.name().toLowerCase(Locale.ROOT) + ".png"));
                assertThat(Frames.touchTargetCount(flow)).as(screen).isPositive();
                List<String> tooSmall = Frames.touchTargetsSmallerThan(flow, 64);
                if (!tooSmall.isEmpty()) {
                    small.put(screen, tooSmall);
                }
                Theme theme = fx.services().theme();
                if (screen.startsWith("runner") && !screen.equals("runner-rate")) {
                    checkRunner(screen, flow, image, theme);
                } else {
                    checkTitle(screen, flow, theme);
                }
            });
        }
        assertThat(small).as("touch targets under 64 px").isEmpty();
        assertThat(seen).containsExactly("prepare-blocked", "runner-long", "runner-press", "runner-relax", "runner-hold",
                "runner-paused", "runner-rate", "finish", "summary");
    }

    private static void checkRunner(String screen, SessionFlow flow, BufferedImage image, Theme theme) {
        CountdownDial dial = flow.runnerScreen().dial();
        Rectangle2D digits = Edt.call(() -> {
            Rectangle2D local = dial.digitBounds();
            Point at = SwingUtilities.convertPoint(dial, 0, 0, flow);
            return new Rectangle2D.Double(local.getX() + at.x, local.getY() + at.y, local.getWidth(),
                    local.getHeight());
        });
        assertThat(digits.getHeight()).as(screen + ": digit height").isGreaterThanOrEqualTo(
                0.25 * Frames.SCREEN.height);
        // What is painted: the digits' ink against the dial's face around them.
        PhaseKind kind = Edt.call(dial::phase);
        PhaseStyle style = theme.phase(kind);
        assertThat(paintedContains(image, digits, style.foreground())).as(screen + ": digits painted").isTrue();
        assertThat(Contrast.ratio(style.foreground(), style.background())).as(screen + ": digit contrast")
                .isGreaterThanOrEqualTo(Contrast.ENHANCED_TEXT);
        assertThat(image.getRGB((int) digits.getX() - 4, (int) digits.getCenterY()) & 0xFFFFFF)
                .as(screen + ": dial face beside the digits").isEqualTo(style.background().getRGB() & 0xFFFFFF);
        // The banner paints its word in the phase's foreground on the phase's background.
        assertThat(Edt.call(() -> flow.runnerScreen().banner().kind())).isEqualTo(kind);
    }

    private static void checkTitle(String screen, SessionFlow flow, Theme theme) {
        Color background = Edt.call(flow::getBackground);
        Color text = theme.color("Holdpoint.text.foreground");
        assertThat(Contrast.ratio(text, background)).as(screen + ": text contrast")
                .isGreaterThanOrEqualTo(Contrast.ENHANCED_TEXT);
        assertThat(Edt.call(() -> labelsWithForeground(flow))).as(screen + ": labels readable").allSatisfy(
                color -> assertThat(Contrast.ratio(color, background)).isGreaterThanOrEqualTo(4.5));
    }

    private static List<Color> labelsWithForeground(Container root) {
        List<Color> colors = new ArrayList<>();
        for (Component child : root.getComponents()) {
            if (child.isShowing() && child instanceof JLabel && !((JLabel) child).isOpaque()) {
                colors.add(child.getForeground());
            }
            if (child instanceof Container) {
                colors.addAll(labelsWithForeground((Container) child));
            }
        }
        return colors;
    }

    private static boolean paintedContains(BufferedImage image, Rectangle2D area, Color color) {
        int target = color.getRGB() & 0xFFFFFF;
        for (int y = (int) area.getY(); y < area.getMaxY(); y += 2) {
            for (int x = (int) area.getX(); x < area.getMaxX(); x += 2) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == target) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void write(BufferedImage image, Path file) {
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
