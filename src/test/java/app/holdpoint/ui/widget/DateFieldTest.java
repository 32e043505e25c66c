package app.holdpoint.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JTextField;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.holdpoint.ui.Frames;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;
import java.awt.Component;
import java.awt.Container;
import java.awt.Point;

/** The date field's calendar: tap a day, change month, today, clear; typing still works and is checked. */
@GuiTest
class DateFieldTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

    private Theme theme;
    private Robot robot;
    private FrameFixture window;
    private DateField date;
    private final List<Optional<LocalDate>> picked = new ArrayList<>();

    @BeforeEach
    void build() {
        theme = GuiActionRunner.execute(() -> Theme.install(Theme.Variant.DARK));
        robot = BasicRobot.robotWithNewAwtHierarchy();
        JPanel holder = GuiActionRunner.execute(() -> {
            JTextField field = new JTextField(8);
            field.setName("when");
            date = new DateField(theme, new Text(Locale.ENGLISH), CLOCK, field);
            date.onPicked(picked::add);
            JPanel panel = new JPanel(new net.miginfocom.swing.MigLayout("insets 40"));
            panel.add(date);
            return panel;
        });
        JFrame frame = Frames.show(holder, Frames.SCREEN);
        window = new FrameFixture(robot, frame);
    }

    @AfterEach
    void close() {
        window.cleanUp();
    }

    private void openCalendar() {
        window.button("whenCalendar").click();
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> date.calendarShowing())).isTrue();
    }

    @Test
    void tappingADayWritesItIntoTheFieldAndClosesTheCalendar() {
        openCalendar();
        window.label("calendarMonth").requireText("November 2026");
        window.button("calendarDay.2026-11-03").click();
        window.textBox("when").requireText("2026-11-03");
        assertThat(picked).containsExactly(Optional.of(LocalDate.of(2026, 11, 3)));
        assertThat(GuiActionRunner.execute(() -> date.calendarShowing())).isFalse();
    }

    @Test
    void theCalendarOpensAtTheTypedMonthAndMovesByMonths() {
        window.textBox("when").setText("2025-02-14");
        openCalendar();
        window.label("calendarMonth").requireText("February 2025");
        window.button("calendarPrevious").click();
        window.label("calendarMonth").requireText("January 2025");
        window.button("calendarNext").click();
        window.button("calendarNext").click();
        window.label("calendarMonth").requireText("March 2025");
        window.button("calendarDay.2025-03-31").click();
        window.textBox("when").requireText("2025-03-31");
    }

    @Test
    void todayAndClearAreOneTapEach() {
        openCalendar();
        window.button("calendarToday").click();
        window.textBox("when").requireText("2026-11-20");
        openCalendar();
        window.button("calendarClear").click();
        window.textBox("when").requireText("");
        assertThat(picked).containsExactly(Optional.of(LocalDate.of(2026, 11, 20)), Optional.empty());
    }

    @Test
    void everyDayCellIsATouchTarget() {
        openCalendar();
        int touch = theme.touchMinimum();
        List<JButton> buttons = GuiActionRunner.execute(() -> {
            List<JButton> all = new ArrayList<>();
            collect(date.grid(), all);
            return all;
        });
        assertThat(buttons).hasSizeGreaterThanOrEqualTo(6 * 7 + 4);
        assertThat(buttons).allSatisfy(b -> assertThat(GuiActionRunner.execute(() -> Math.min(b.getWidth(),
                b.getHeight()))).as(b.getName()).isGreaterThanOrEqualTo(touch));
        assertThat(GuiActionRunner.execute(() -> date.grid().shown())).isEqualTo(YearMonth.of(2026, 11));
    }

    @Test
    void aTapBesideTheCalendarClosesItAndChangesNothing() {
        window.textBox("when").setText("2026-01-05");
        openCalendar();
        robot.click(window.target(), new Point(5, Frames.SCREEN.height - 5));
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> date.calendarShowing())).isFalse();
        window.textBox("when").requireText("2026-01-05");
        assertThat(picked).isEmpty();
    }

    @Test
    void aTypedDateThatDoesNotReadIsMarked() {
        window.textBox("when").setText("2026-13-40");
        assertThat(GuiActionRunner.execute(() -> date.valid())).isFalse();
        assertThat(GuiActionRunner.execute(() -> date.field().getClientProperty("JComponent.outline")))
                .isEqualTo("error");
        window.textBox("when").setText("2026-12-01");
        assertThat(GuiActionRunner.execute(() -> date.date())).contains(Optional.of(LocalDate.of(2026, 12, 1)));
        assertThat(GuiActionRunner.execute(() -> date.field().getClientProperty("JComponent.outline"))).isNull();
    }

    private static void collect(Container parent, List<JButton> into) {
        for (Component c : parent.getComponents()) {
            if (c instanceof JButton b) {
                into.add(b);
            } else if (c instanceof Container inner) {
                collect(inner, into);
            }
        }
    }
}
