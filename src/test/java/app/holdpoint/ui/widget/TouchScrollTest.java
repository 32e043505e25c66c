package app.holdpoint.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Point;
import java.util.ArrayList;
import java.util.List;

import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JToggleButton;
import javax.swing.table.DefaultTableModel;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.ui.Frames;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.theme.Theme;
import java.awt.Component;

@GuiTest
class TouchScrollTest {
    private Theme theme;
    private Robot robot;
    private JFrame frame;
    private final List<JToggleButton> buttons = new ArrayList<>();

    @BeforeEach
    void build() {
        theme = GuiActionRunner.execute(() -> Theme.install(Theme.Variant.DARK));
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(10);
    }

    @AfterEach
    void close() {
        robot.cleanUp();
    }

    private JScrollPane showList() {
        JScrollPane scroll = GuiActionRunner.execute(() -> {
            ScrollableRows rows = new ScrollableRows(new MigLayout("insets 0, wrap 1, gap 0 8", "[grow, fill]"), 40);
            for (int i = 0; i < 40; i++) {
                JToggleButton button = new JToggleButton("Question " + i);
                button.setName("b" + i);
                buttons.add(button);
                rows.add(button, "h 80!");
            }
            return TouchScroll.of(rows, theme, 40);
        });
        frame = Frames.show(scroll, new Dimension(600, 600));
        robot.waitForIdle();
        return scroll;
    }

    private int viewY(JScrollPane scroll) {
        return GuiActionRunner.execute(() -> scroll.getViewport().getViewPosition().y);
    }

    /** Presses on the component's centre, moves by {@code dy} in steps, releases. */
    private void drag(Component on, int dy) {
        drag(GuiActionRunner.execute(() -> {
            Point p = on.getLocationOnScreen();
            return new Point(p.x + on.getWidth() / 2, p.y + on.getHeight() / 2);
        }), dy);
    }

    /** Presses at a point on the screen, moves by {@code dy} in steps, releases. */
    private void drag(Point start, int dy) {
        robot.moveMouse(start);
        robot.pressMouse(MouseButton.LEFT_BUTTON);
        int steps = 10;
        for (int i = 1; i <= steps; i++) {
            robot.moveMouse(new Point(start.x, start.y + dy * i / steps));
        }
        robot.releaseMouse(MouseButton.LEFT_BUTTON);
        robot.waitForIdle();
    }

    @Test
    void aFingerDraggedUpOverAButtonScrollsTheListAndDoesNotPressIt() {
        JScrollPane scroll = showList();
        JToggleButton pressed = buttons.get(3);
        drag(pressed, -240);
        assertThat(viewY(scroll)).isEqualTo(240);
        assertThat(GuiActionRunner.execute(() -> buttons.stream().noneMatch(JToggleButton::isSelected))).isTrue();

        drag(buttons.get(6), 100);
        assertThat(viewY(scroll)).isEqualTo(140);
    }

    @Test
    void aTapThatMovesLessThanTheThresholdStaysATap() {
        JScrollPane scroll = showList();
        int small = GuiActionRunner.execute(() -> TouchScroll.threshold(theme)) - 2;
        drag(buttons.get(2), -small);
        assertThat(viewY(scroll)).isZero();
        assertThat(GuiActionRunner.execute(() -> buttons.get(2).isSelected())).isTrue();
    }

    @Test
    void theListStopsAtItsEnds() {
        JScrollPane scroll = showList();
        drag(buttons.get(1), 300);
        assertThat(viewY(scroll)).isZero();
        int max = GuiActionRunner.execute(() -> scroll.getViewport().getView().getHeight()
                - scroll.getViewport().getExtentSize().height);
        Point nearBottom = GuiActionRunner.execute(() -> {
            Point p = scroll.getViewport().getLocationOnScreen();
            return new Point(p.x + 100, p.y + 560);
        });
        for (int i = 0; i < 10 && viewY(scroll) < max; i++) {
            drag(nearBottom, -500);
        }
        assertThat(viewY(scroll)).isEqualTo(max);
    }

    @Test
    void aTableScrollsByDraggingWithoutSelectingRows() {
        JTable table = GuiActionRunner.execute(() -> {
            DefaultTableModel model = new DefaultTableModel(new String[] {"when", "who"}, 0);
            for (int i = 0; i < 100; i++) {
                model.addRow(new Object[] {"row " + i, "client " + i});
            }
            JTable t = new JTable(model);
            t.setRowHeight(40);
            return t;
        });
        JScrollPane scroll = GuiActionRunner.execute(() -> TouchScroll.enableDrag(new JScrollPane(table), theme));
        frame = Frames.show(scroll, new Dimension(600, 600));
        robot.waitForIdle();
        drag(GuiActionRunner.execute(() -> {
            Point p = scroll.getViewport().getLocationOnScreen();
            return new Point(p.x + 100, p.y + 400);
        }), -200);
        assertThat(viewY(scroll)).isEqualTo(200);
        assertThat(GuiActionRunner.execute(() -> table.getSelectedRowCount())).isLessThanOrEqualTo(1);
        assertThat(GuiActionRunner.execute(() -> scroll.getVerticalScrollBar().getPreferredSize().width))
                .isEqualTo(GuiActionRunner.execute(theme::touchMinimum));
    }
}
