package app.holdpoint.ui.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JViewport;

import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import app.holdpoint.store.Role;
import app.holdpoint.store.Therapist;
import app.holdpoint.testsupport.Components;
import app.holdpoint.testsupport.Edt;
import app.holdpoint.ui.Frames;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.ScreenSize;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;

/**
 * The sign-in tiles at every screen size: as many columns as tiles of their least width fit, sharing the whole
 * width (a portrait screen's one column is not a strip beside empty space), clear of the scroll bar.
 */
@GuiTest
class SignInColumnsTest {
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    @ParameterizedTest
    @EnumSource(ScreenSize.class)
    void asManyColumnsAsFitShareTheWidth(ScreenSize size) {
        Grid grid = Grid.at(size);
        int least = grid.least();
        int gap = grid.gap();
        Shown shown = show(grid.theme(), size, 12);
        assertThat(shown.tiles).hasSize(12);
        int top = shown.tiles.get(0).y;
        List<Rectangle> firstRow = shown.tiles.stream().filter(t -> t.y == top).toList();
        int columns = firstRow.size();
        int viewport = shown.viewport;

        assertThat(columns * least + (columns - 1) * gap).as("%d columns fit", columns)
                .isLessThanOrEqualTo(viewport);
        if (columns < 4) {
            assertThat((columns + 1) * least + columns * gap).as("no further column fits").isGreaterThan(viewport);
        }
        Rectangle last = firstRow.get(columns - 1);
        int rightEdge = last.x + last.width;
        assertThat(rightEdge).as("the row reaches across the width").isGreaterThanOrEqualTo(viewport - gap);
        assertThat(rightEdge).as("clear of the scroll bar")
                .isLessThanOrEqualTo(viewport - Math.min(gap, viewport - columns * least - (columns - 1) * gap));
        firstRow.forEach(tile -> assertThat(tile.width).as("equal columns")
                .isBetween(firstRow.get(0).width - 1, firstRow.get(0).width + 1)
                .isGreaterThanOrEqualTo(least));
    }

    @ParameterizedTest
    @EnumSource(ScreenSize.class)
    void oneOrTwoTherapistsKeepAColumnsWidth(ScreenSize size) {
        Grid grid = Grid.at(size);
        int least = grid.least();
        int gap = grid.gap();
        for (int count = 1; count <= 2; count++) {
            Shown shown = show(grid.theme(), size, count);
            // As many columns as fit, each its share of the width less the gaps (and up to one before the bar).
            int columns = 1;
            while (columns < 4 && (columns + 1) * least + columns * gap <= shown.viewport) {
                columns++;
            }
            int share = (shown.viewport - (columns - 1) * gap) / columns;
            assertThat(shown.tiles).hasSize(count);
            shown.tiles.forEach(tile -> assertThat(tile.width).as("a column's share of the width, not more")
                    .isBetween(share - gap, share));
        }
    }

    private record Shown(int viewport, List<Rectangle> tiles) {
    }

    /** The theme installed for a screen size, and the tiles' least width and gap there, in screen pixels. */
    private record Grid(Theme theme, int least, int gap) {
        static Grid at(ScreenSize size) {
            Theme theme = Frames.installFor(size, Theme.Variant.DARK);
            return new Grid(theme, theme.dimension("Holdpoint.tile.minimumSize").width,
                    theme.size("Holdpoint.key.gap") * 4 / 3);
        }
    }

    /** The sign-in screen with {@code count} therapists at {@code size}: the viewport's width and the tiles. */
    private static Shown show(Theme theme, ScreenSize size, int count) {
        List<Therapist> therapists = IntStream.rangeClosed(1, count).mapToObj(i -> new Therapist(i,
                "Therapist " + i, Role.THERAPIST, false, 0, Optional.empty(), NOW)).toList();
        ExecutorService reads = Executors.newSingleThreadExecutor();
        SignInScreen screen = GuiActionRunner.execute(() -> new SignInScreen(theme, new Text(Locale.ENGLISH),
                ListedTherapists.of(therapists), reads, Clock.fixed(NOW, ZoneOffset.UTC), who -> { }));
        JFrame frame = Frames.show(screen, size);
        try {
            GuiActionRunner.execute(screen::refresh);
            Edt.waitFor("the tiles are shown", Timeout.timeout(20_000),
                    () -> Components.named(screen, "tile.Therapist " + count) != null);
            return GuiActionRunner.execute(() -> {
                frame.validate();
                Container panel = (Container) Components.named(screen, "signIn.tiles");
                return new Shown(((JViewport) panel.getParent()).getWidth(), Arrays.stream(panel.getComponents())
                        .filter(JButton.class::isInstance).map(Component::getBounds).toList());
            });
        } finally {
            GuiActionRunner.execute(frame::dispose);
            reads.shutdownNow();
        }
    }
}
