package app.holdpoint.ui.widget;

import java.awt.Font;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;

/**
 * A month as a grid of days to tap: previous and next month, the month's name, the weekdays in the locale's
 * order, six weeks of day cells at least the touch minimum, then "Today" and "Clear". Tapping a day (or Today,
 * or Clear) reports the choice; the grid keeps no choice of its own beyond which day to mark.
 */
public final class MonthGrid extends JPanel {
    private static final int WEEKS = 6;

    private final Theme theme;
    private final Text text;
    private final Clock clock;
    private final DayOfWeek firstDay;
    private final JLabel month = new JLabel(" ", SwingConstants.CENTER);
    private final List<JButton> days = new ArrayList<>();
    private final DateTimeFormatter monthTitle;
    private YearMonth shown;
    private Optional<LocalDate> marked = Optional.empty();
    private Consumer<Optional<LocalDate>> chosen = date -> { };

    public MonthGrid(Theme theme, Text text, Clock clock) {
        this.theme = theme;
        this.text = text;
        this.clock = clock;
        this.firstDay = WeekFields.of(text.locale()).getFirstDayOfWeek();
        this.monthTitle = DateTimeFormatter.ofPattern("LLLL yyyy", text.locale());
        setName("calendar");
        int touch = theme.integer("Holdpoint.touch.minimum"); // design pixels: MigLayout scales them
        int gap = theme.integer("Holdpoint.audit.gap") / 2;
        String cell = "w " + touch + ":" + touch + ":, h " + touch + ":" + touch + ":";
        setLayout(new MigLayout("insets " + 2 * gap + ", gap " + gap + ", wrap 7, fill",
                "[grow, fill, sg day]".repeat(7), ""));
        JButton previous = button("\u2039", "calendarPrevious");
        previous.setToolTipText(text.get("widget.calendar.previous"));
        previous.addActionListener(e -> show(shown.minusMonths(1)));
        JButton next = button("\u203A", "calendarNext");
        next.setToolTipText(text.get("widget.calendar.next"));
        next.addActionListener(e -> show(shown.plusMonths(1)));
        month.setName("calendarMonth");
        month.setFont(theme.font("Holdpoint.calendar.title.font"));
        add(previous, cell);
        add(month, "span 5, growx");
        add(next, cell);
        Font weekdayFont = theme.font("Holdpoint.calendar.day.font");
        for (int i = 0; i < 7; i++) {
            JLabel weekday = new JLabel(firstDay.plus(i).getDisplayName(TextStyle.SHORT, text.locale()),
                    SwingConstants.CENTER);
            weekday.setFont(weekdayFont);
            weekday.setForeground(theme.color("Holdpoint.text.muted"));
            add(weekday, "growx");
        }
        for (int i = 0; i < WEEKS * 7; i++) {
            JButton day = button(" ", "calendarDay");
            day.setFont(weekdayFont);
            day.addActionListener(e -> {
                Object date = day.getClientProperty(LocalDate.class);
                if (date instanceof LocalDate d) {
                    chosen.accept(Optional.of(d));
                }
            });
            days.add(day);
            add(day, cell);
        }
        JButton today = button(text.get("widget.calendar.today"), "calendarToday");
        today.addActionListener(e -> chosen.accept(Optional.of(LocalDate.now(clock))));
        JButton clear = button(text.get("widget.calendar.clear"), "calendarClear");
        clear.addActionListener(e -> chosen.accept(Optional.empty()));
        add(today, "span 4, growx, h " + touch + ":" + touch + ":");
        add(clear, "span 3, growx, h " + touch + ":" + touch + ":");
        show(YearMonth.now(clock));
    }

    /** Told the day tapped, today, or empty for Clear. */
    public void onChosen(Consumer<Optional<LocalDate>> listener) {
        this.chosen = listener;
    }

    /** Opens at the month of {@code date} (today's when empty) with that day marked. */
    public void mark(Optional<LocalDate> date) {
        marked = date;
        show(date.map(YearMonth::from).orElse(YearMonth.now(clock)));
    }

    public YearMonth shown() {
        return shown;
    }

    /** Shows a month: its days in place, the others blank and untappable. */
    public void show(YearMonth month) {
        shown = month;
        this.month.setText(monthTitle.format(month));
        LocalDate today = LocalDate.now(clock);
        int offset = (month.atDay(1).getDayOfWeek().getValue() - firstDay.getValue() + 7) % 7;
        for (int i = 0; i < days.size(); i++) {
            JButton day = days.get(i);
            int number = i - offset + 1;
            boolean in = number >= 1 && number <= month.lengthOfMonth();
            LocalDate date = in ? month.atDay(number) : null;
            day.putClientProperty(LocalDate.class, date);
            day.setText(in ? Integer.toString(number) : "");
            day.setEnabled(in);
            day.setName(in ? "calendarDay." + date : "calendarDay");
            boolean isMarked = in && marked.filter(date::equals).isPresent();
            day.putClientProperty("FlatLaf.styleClass", isMarked ? "hpCalendarMarked" : "hpCalendarDay");
            day.putClientProperty("JButton.buttonType", in ? null : "borderless");
            Font font = theme.font("Holdpoint.calendar.day.font");
            day.setFont(in && date.equals(today) ? font.deriveFont(Font.BOLD) : font);
            day.setToolTipText(in && date.equals(today) ? text.get("widget.calendar.today") : null);
        }
        revalidate();
        repaint();
    }

    private JButton button(String label, String name) {
        JButton button = new JButton(label);
        button.setName(name);
        button.setFocusable(false);
        button.setFont(theme.font("Holdpoint.calendar.day.font"));
        button.putClientProperty("FlatLaf.styleClass", "hpCalendarDay");
        return button;
    }
}
