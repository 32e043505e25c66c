package app.holdpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.JPanel;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import app.holdpoint.ui.theme.Theme;

/** The gallery pages at 1280×800: every touch target big enough, and the PNGs render. */
@GuiTest
class WidgetGalleryTest {

    @ParameterizedTest
    @EnumSource(Theme.Variant.class)
    void everyTouchTargetOnTheRunnerAndInputPagesIsAtLeast64Pixels(Theme.Variant variant) {
        Theme theme = GuiActionRunner.execute(() -> Theme.install(variant));
        Text text = new Text(Locale.ENGLISH);
        for (boolean runner : new boolean[] {true, false}) {
            JPanel page = GuiActionRunner.execute(() -> runner
                    ? WidgetGallery.runnerPage(theme, text) : WidgetGallery.inputPage(theme, text));
            JFrame frame = Frames.show(page, Frames.SCREEN);
            try {
                assertThat(Frames.touchTargetCount(page)).isGreaterThan(runner ? 5 : 60);
                assertThat(Frames.touchTargetsSmallerThan(page, 64)).isEmpty();
            } finally {
                GuiActionRunner.execute(frame::dispose);
            }
        }
    }

    @Test
    void theGalleryWritesSixPagesAtTabletSize(@TempDir Path folder) throws Exception {
        WidgetGallery.render(folder);
        for (String name : new String[] {"widgets-dark", "widgets-light", "widgets-inputs-dark",
                "widgets-inputs-light", "widgets-modes-dark", "widgets-modes-light"}) {
            BufferedImage image = ImageIO.read(folder.resolve(name + ".png").toFile());
            assertThat(image.getWidth()).as(name).isEqualTo(1280);
            assertThat(image.getHeight()).as(name).isEqualTo(800);
        }
    }
}
