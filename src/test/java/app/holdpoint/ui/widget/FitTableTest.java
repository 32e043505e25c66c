package app.holdpoint.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;

import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;

import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import app.holdpoint.testsupport.RobotWindow;
import app.holdpoint.ui.Frames;
import app.holdpoint.ui.GuiTest;

/** Columns fit their content: fixed ones never cut, wrapping ones give way first, sideways scroll last. */
@GuiTest
class FitTableTest {
    @RegisterExtension
    final RobotWindow stage = RobotWindow.dark();
    private FrameFixture window;
    private FitTable table;

    private JScrollPane show(int width) {
        JScrollPane scroll = GuiActionRunner.execute(() -> {
            DefaultTableModel model = new DefaultTableModel(new Object[] {"Date", "Protocol"}, 0);
            table = new FitTable(model, 40);
            table.setRowHeight(30);
            table.wrap(1);
            model.addRow(new Object[] {"2026-11-20 16:00", "tension-type-headache-needling v2"});
            model.addRow(new Object[] {"2026-11-13 09:49", "home-self-massage v1"});
            return new JScrollPane(table);
        });
        JFrame frame = Frames.show(scroll, new Dimension(width, 300));
        window = stage.show(frame);
        stage.robot().waitForIdle();
        return scroll;
    }

    private int textWidth(String text) {
        return GuiActionRunner.execute(() -> {
            JTable measure = table != null ? table : new JTable();
            return measure.getFontMetrics(measure.getFont()).stringWidth(text);
        });
    }

    @Test
    void whenThereIsRoomNothingWrapsAndTheTableFillsTheWidth() {
        JScrollPane scroll = show(1000);
        assertThat(GuiActionRunner.execute(() -> table.getWidth())).isEqualTo(GuiActionRunner.execute(() ->
                scroll.getViewport().getWidth()));
        assertThat(GuiActionRunner.execute(() -> table.getRowHeight(0))).isEqualTo(30);
    }

    @Test
    void whenNarrowTheWrappingColumnGivesWayAndItsRowGrowsWhileTheDateStaysWhole() {
        show(textWidth("2026-11-20 16:00") + textWidth("headache-needling v2") + 40);
        int date = GuiActionRunner.execute(() -> table.getColumnModel().getColumn(0).getWidth());
        assertThat(date).isGreaterThanOrEqualTo(textWidth("2026-11-20 16:00"));
        assertThat(GuiActionRunner.execute(() -> table.getRowHeight(0))).isGreaterThan(30);
        assertThat(GuiActionRunner.execute(() -> table.getScrollableTracksViewportWidth())).isTrue();
    }

    @Test
    void onlyWhenEvenTheNarrowestColumnsDoNotFitDoesItScrollSideways() {
        JScrollPane scroll = show(textWidth("2026-11-20"));
        assertThat(GuiActionRunner.execute(() -> table.getScrollableTracksViewportWidth())).isFalse();
        assertThat(GuiActionRunner.execute(() -> table.getWidth())).isGreaterThan(GuiActionRunner.execute(() ->
                scroll.getViewport().getWidth()));
        assertThat(GuiActionRunner.execute(() -> table.getColumnModel().getColumn(0).getWidth()))
                .isGreaterThanOrEqualTo(textWidth("2026-11-20 16:00"));
    }
}
