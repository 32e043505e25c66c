package app.holdpoint.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Dialog;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.swing.JDialog;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import app.holdpoint.store.StoreException;
import app.holdpoint.store.StoreProblem;
import app.holdpoint.testsupport.Components;
import app.holdpoint.ui.Frames;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.LayoutCheck;
import app.holdpoint.ui.ScreenSize;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.common.FailureText;
import app.holdpoint.ui.theme.Theme;

/**
 * The warning the kiosk shows over its first screen when its record is older than the last one it wrote (a
 * rollback, RollbackDetectionTest): in English and German on the design size, a portrait tablet and the smallest
 * one, and in English on a 1920x1200 tablet, it fits the screen, says how to accept a deliberate restore, and keeps
 * its button in reach. Its pictures go to {@code target/layout-sweep} ({@code de/} for German), where
 * ./screenshots.sh takes them from.
 */
@GuiTest
class RollbackWarningTest {
    static List<Arguments> screens() {
        List<Arguments> screens = new ArrayList<>(ScreenSize.GERMAN_PASS.stream().flatMap(screen -> List.of(
                Locale.ENGLISH, Locale.GERMAN).stream().map(language -> Arguments.of(screen, language))).toList());
        // And the large tablet, where the dialog must not grow wider than a line reads well.
        screens.add(Arguments.of(ScreenSize.S1920x1200, Locale.ENGLISH));
        return screens;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("screens")
    void theWarningFitsTheScreenAndNamesTheCommandThatAcceptsARestore(ScreenSize screen, Locale language)
            throws IOException {
        Theme theme = Frames.installFor(screen, Theme.Variant.DARK);
        Text text = new Text(language);
        String reason = FailureText.reason(new StoreException(StoreProblem.RECORD_OLDER, 1042,
                "2026-11-30 17:42"), text);
        Rectangle bounds = new Rectangle(0, 0, screen.width, screen.height);
        JDialog dialog = GuiActionRunner.execute(() -> {
            JDialog shown = StartupProblem.dialog(theme, text, reason, "startup.warning", bounds);
            shown.setModalityType(Dialog.ModalityType.MODELESS);
            shown.setVisible(true);
            return shown;
        });
        try {
            GuiActionRunner.execute(() -> {
                assertThat(bounds.contains(dialog.getBounds())).as("%s inside %s", dialog.getBounds(), bounds)
                        .isTrue();
                assertThat(LayoutCheck.problems(dialog.getContentPane(), theme.touchMinimum())).isEmpty();
                JTextArea message = (JTextArea) Components.named(dialog, "startupProblem.message");
                assertThat(message.getText()).contains("holdpoint restore --accept-current").contains("1042");
                assertThat(message.getText()).doesNotContain("%s");
                JScrollPane scroll = (JScrollPane) Components.named(dialog, "startupProblem.scroll");
                boolean allShown = scroll.getViewport().getViewSize().height <= scroll.getViewport().getHeight();
                assertThat(allShown || scroll.getVerticalScrollBar().isShowing())
                        .as("the words are all shown, or they scroll").isTrue();
                if (screen == ScreenSize.S1280x800 && language.equals(Locale.ENGLISH)) {
                    assertThat(allShown).as("on the design size the whole warning is shown at once").isTrue();
                }
                if (dialog.getHeight() < screen.height * 3 / 4) {
                    assertThat(allShown).as("a dialog with room to grow shows all its words").isTrue();
                }
                Component button = Components.named(dialog, "startupProblem.close");
                Rectangle close = SwingUtilities.convertRectangle(button.getParent(), button.getBounds(),
                        dialog.getContentPane());
                assertThat(dialog.getContentPane().getBounds().contains(close)).as("Continue in reach").isTrue();
                return null;
            });
            BufferedImage image = Frames.paint(dialog.getRootPane(), dialog.getRootPane().getWidth(),
                    dialog.getRootPane().getHeight());
            // Beside the layout sweep's pictures, named as they are: ./screenshots.sh copies them to docs/screenshots.
            Path folder = ScreenSize.shots(Path.of("target", "layout-sweep"), language);
            Files.createDirectories(folder);
            ImageIO.write(image, "png", folder.resolve("startup-rollback-warning-" + screen.label() + "-dark.png")
                    .toFile());
        } finally {
            GuiActionRunner.execute(dialog::dispose);
        }
    }
}
