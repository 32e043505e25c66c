package app.holdpoint.ui.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.FlowLayout;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import app.holdpoint.store.Role;
import app.holdpoint.store.Therapist;
import app.holdpoint.ui.Frames;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.LayoutCheck;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;

/**
 * The sign-in tiles: an ordinary name is two plain labels (no HTML on the first screen), in the tile's font and
 * colour, a lock-out's warning colour included; a name too long for one line breaks in two or shrinks, never cut.
 */
@GuiTest
class TilesTest {
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    @ParameterizedTest
    @EnumSource(Theme.Variant.class)
    void anOrdinaryNameIsTwoLabelsInTheTilesFontAndColourAndFits(Theme.Variant variant) {
        Theme theme = GuiActionRunner.execute(() -> Theme.install(variant));
        Text text = new Text(Locale.ENGLISH);
        Therapist ana = new Therapist(1, "Ana Lindqvist", Role.ADMIN, false, 0, Optional.empty(), NOW);
        Therapist tom = new Therapist(2, "Tom", Role.THERAPIST, false, 5, Optional.of(NOW), NOW);
        JButton admin = GuiActionRunner.execute(() -> Tiles.therapist(theme, text, ana, "", () -> { }));
        JButton locked = GuiActionRunner.execute(() -> Tiles.therapist(theme, text, tom, "locked until 09:00",
                () -> { }));
        List<String> problems = shown(theme, admin, locked);

        assertThat(problems).isEmpty();
        for (JButton tile : List.of(admin, locked)) {
            assertThat(tile.getText()).as("no HTML on an ordinary tile").isEmpty();
            List<JLabel> lines = labels(tile);
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0).getFont()).isEqualTo(tile.getFont());
            assertThat(lines.get(1).getFont().getSize2D()).isEqualTo(tile.getFont().getSize2D() * 0.75f);
            lines.forEach(line -> assertThat(line.getForeground()).isEqualTo(tile.getForeground()));
            lines.forEach(line -> assertThat(line.getWidth()).as("%s not cut short", line.getText())
                    .isGreaterThanOrEqualTo(line.getPreferredSize().width));
        }
        assertThat(labels(admin).get(0).getText()).isEqualTo("Ana Lindqvist");
        assertThat(labels(admin).get(1).getText()).isEqualTo(text.get("signIn.admin"));
        assertThat(labels(locked).get(1).getText()).isEqualTo("locked until 09:00");
        assertThat(locked.getForeground()).isEqualTo(UIManager.getColor("Holdpoint.warning"));
        assertThat(locked.getAccessibleContext().getAccessibleName()).isEqualTo("Tom, locked until 09:00");
    }

    @ParameterizedTest
    @EnumSource(Theme.Variant.class)
    void aLongNameBreaksIntoTwoLinesOrShrinksAndIsNeverCut(Theme.Variant variant) {
        Theme theme = GuiActionRunner.execute(() -> Theme.install(variant));
        Text text = new Text(Locale.ENGLISH);
        Therapist twoLines = new Therapist(3, "Maximiliane Oberhuber-Lindqvist", Role.ADMIN, false, 0,
                Optional.empty(), NOW);
        Therapist oneWord = new Therapist(4, "Wolfeschlegelsteinhausenbergerdorff", Role.THERAPIST, false, 0,
                Optional.empty(), NOW);
        JButton broken = GuiActionRunner.execute(() -> Tiles.therapist(theme, text, twoLines, "", () -> { }));
        JButton shrunk = GuiActionRunner.execute(() -> Tiles.therapist(theme, text, oneWord, "", () -> { }));

        assertThat(shown(theme, broken, shrunk)).isEmpty();
        assertThat(labels(broken)).extracting(JLabel::getText)
                .containsExactly("Maximiliane", "Oberhuber-Lindqvist", text.get("signIn.admin"));
        assertThat(labels(shrunk)).singleElement().satisfies(name -> assertThat(name.getFont().getSize2D())
                .isLessThan(shrunk.getFont().getSize2D()));
        for (JButton tile : List.of(broken, shrunk)) {
            assertThat(tile.getText()).as("no HTML").isEmpty();
            for (JLabel line : labels(tile)) {
                assertThat(line.getWidth()).as("%s not cut short", line.getText())
                        .isGreaterThanOrEqualTo(line.getPreferredSize().width);
                assertThat(line.getX()).as("%s inside its tile", line.getText()).isGreaterThanOrEqualTo(0);
                assertThat(line.getX() + line.getWidth()).as("%s inside its tile", line.getText())
                        .isLessThanOrEqualTo(tile.getWidth());
            }
        }
    }

    /** Lays the tiles out at their size as the sign-in screen does, and returns LayoutCheck's problems. */
    private static List<String> shown(Theme theme, JButton... tiles) {
        Dimension size = theme.dimension("Holdpoint.tile.minimumSize");
        JPanel row = GuiActionRunner.execute(() -> {
            JPanel panel = new JPanel(new FlowLayout(FlowLayout.LEFT, 16, 16));
            for (JButton tile : tiles) {
                tile.setPreferredSize(size);
                panel.add(tile);
            }
            return panel;
        });
        JFrame frame = Frames.show(row, Frames.SCREEN);
        try {
            return LayoutCheck.problems(row, theme.touchMinimum());
        } finally {
            GuiActionRunner.execute(frame::dispose);
        }
    }

    private static List<JLabel> labels(JButton tile) {
        return GuiActionRunner.execute(() -> Arrays.stream(tile.getComponents())
                .filter(JLabel.class::isInstance).map(JLabel.class::cast).toList());
    }
}
