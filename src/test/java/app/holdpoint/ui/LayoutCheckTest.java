package app.holdpoint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.holdpoint.ui.theme.Theme;
import java.awt.Component;

/** The layout sweep's checker finds each kind of problem it exists for, and none on a sound layout. */
@GuiTest
class LayoutCheckTest {
    private JPanel screen;

    @BeforeEach
    void screen() {
        GuiActionRunner.execute(() -> Theme.install(Theme.Variant.DARK));
        screen = GuiActionRunner.execute(() -> {
            JPanel panel = new JPanel(null);
            panel.setSize(400, 300);
            return panel;
        });
    }

    private List<String> check() {
        return LayoutCheck.problems(screen, 64);
    }

    private void place(Supplier<Component> make, int x, int y, int w, int h) {
        GuiActionRunner.execute(() -> {
            Component c = make.get();
            c.setBounds(x, y, w, h);
            screen.add(c);
        });
    }

    @Test
    void aSoundLayoutHasNoProblems() {
        place(() -> new JButton("OK"), 10, 10, 100, 70);
        place(() -> new JLabel("Press"), 10, 100, 200, 40);
        assertThat(check()).isEmpty();
    }

    @Test
    void wordsCutInsideAButtonAreReported() {
        place(() -> {
            JButton tile = new JButton();
            tile.setLayout(null);
            JLabel name = new JLabel("Maximiliane Oberhuber-Lindqvist");
            name.setName("tile.name");
            name.setBounds(4, 4, 60, 30);
            tile.add(name);
            return tile;
        }, 10, 10, 100, 70);
        assertThat(check()).anyMatch(p -> p.contains("tile.name"));
    }

    @Test
    void aButtonPartlyOffScreenIsReported() {
        place(() -> new JButton("Pause"), 350, 250, 100, 70);
        assertThat(check()).anyMatch(p -> p.contains("\"Pause\"") && p.contains("not entirely on screen"));
    }

    @Test
    void aButtonBelowTheTouchMinimumIsReported() {
        place(() -> new JButton("x"), 10, 10, 40, 70);
        assertThat(check()).anyMatch(p -> p.contains("smaller than the touch minimum 64: 40x70"));
    }

    @Test
    void overlappingComponentsAreReported() {
        place(() -> new JButton("A"), 10, 10, 100, 70);
        place(() -> new JButton("B"), 60, 40, 100, 70);
        assertThat(check()).anyMatch(p -> p.contains("\"A\"") && p.contains("\"B\"") && p.contains("overlap by 50x40"));
    }

    @Test
    void aChildReachingPastItsRowIsReported() {
        place(() -> {
            JPanel row = new JPanel(null);
            row.setName("row");
            JLabel answer = new JLabel("yes");
            answer.setBounds(150, 5, 100, 30);
            row.add(answer);
            return row;
        }, 10, 10, 200, 40);
        assertThat(check()).anyMatch(p -> p.contains("\"yes\" reaches past the side of JPanel 'row': x 150 to 250"
                + " in a width of 200"));
    }

    @Test
    void anEllipsisedLabelIsReported() {
        place(() -> new JLabel("Upper trapezius, left side"), 10, 10, 60, 40);
        assertThat(check()).anyMatch(p -> p.contains("instead of 'Upper trapezius, left side'"));
    }
}
