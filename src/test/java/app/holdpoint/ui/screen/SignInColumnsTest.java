package app.holdpoint.ui.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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

import app.holdpoint.store.PinCheck;
import app.holdpoint.store.Role;
import app.holdpoint.store.Therapist;
import app.holdpoint.store.TherapistDirectory;
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
        Theme theme = Frames.installFor(size, Theme.Variant.DARK);
        List<Therapist> twelve = IntStream.rangeClosed(1, 12).mapToObj(i -> new Therapist(i, "Therapist " + i,
                Role.THERAPIST, false, 0, Optional.empty(), NOW)).toList();
        ExecutorService reads = Executors.newSingleThreadExecutor();
        SignInScreen screen = GuiActionRunner.execute(() -> new SignInScreen(theme, new Text(Locale.ENGLISH),
                listing(twelve), reads, Clock.fixed(NOW, ZoneOffset.UTC), who -> { }));
        JFrame frame = Frames.show(screen, size);
        try {
            GuiActionRunner.execute(screen::refresh);
            Edt.waitFor("the tiles are shown", Timeout.timeout(20_000),
                    () -> Components.named(screen, "tile.Therapist 12") != null);
            GuiActionRunner.execute(() -> {
                frame.validate();
                return null;
            });
            int viewport = GuiActionRunner.execute(() -> ((JViewport) Components.named(screen, "signIn.tiles")
                    .getParent()).getWidth());
            List<Component> tiles = GuiActionRunner.execute(() -> Arrays.stream(
                    ((Container) Components.named(screen, "signIn.tiles")).getComponents())
                    .filter(JButton.class::isInstance).toList());
            assertThat(tiles).hasSize(12);
            int top = tiles.get(0).getY();
            List<Component> firstRow = tiles.stream().filter(t -> t.getY() == top).toList();
            int columns = firstRow.size();
            int least = theme.dimension("Holdpoint.tile.minimumSize").width;
            int gap = theme.size("Holdpoint.key.gap") * 4 / 3;

            assertThat(columns * least + (columns - 1) * gap).as("%d columns fit", columns)
                    .isLessThanOrEqualTo(viewport);
            if (columns < 4) {
                assertThat((columns + 1) * least + columns * gap).as("no further column fits").isGreaterThan(viewport);
            }
            Component last = firstRow.get(columns - 1);
            int rightEdge = last.getX() + last.getWidth();
            assertThat(rightEdge).as("the row reaches across the width").isGreaterThanOrEqualTo(viewport - gap);
            assertThat(rightEdge).as("clear of the scroll bar")
                    .isLessThanOrEqualTo(viewport - Math.min(gap, viewport - columns * least - (columns - 1) * gap));
            firstRow.forEach(tile -> assertThat(tile.getWidth()).as("equal columns")
                    .isBetween(firstRow.get(0).getWidth() - 1, firstRow.get(0).getWidth() + 1)
                    .isGreaterThanOrEqualTo(least));
        } finally {
            GuiActionRunner.execute(frame::dispose);
            reads.shutdownNow();
        }
    }

    private static TherapistDirectory listing(List<Therapist> therapists) {
        return new TherapistDirectory() {
            @Override
            public CompletableFuture<Therapist> createTherapist(String name, Role role, char[] pin) {
                throw new UnsupportedOperationException();
            }

            @Override
            public CompletableFuture<Therapist> disableTherapist(String name) {
                throw new UnsupportedOperationException();
            }

            @Override
            public CompletableFuture<PinCheck> verifyPin(String name, char[] pin) {
                throw new UnsupportedOperationException();
            }

            @Override
            public CompletableFuture<Therapist> grantDryNeedling(String therapistName, String jurisdiction,
                                                                 Optional<LocalDate> expires, long administratorId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public CompletableFuture<Therapist> revokeDryNeedling(String therapistName, long administratorId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Therapist> therapists() {
                return therapists;
            }

            @Override
            public Optional<Therapist> therapist(String name) {
                return therapists.stream().filter(t -> t.name().equals(name)).findFirst();
            }
        };
    }
}
