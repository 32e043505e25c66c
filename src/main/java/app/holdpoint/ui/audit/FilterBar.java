package app.holdpoint.ui.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JTextField;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.store.AuditFilter;
import app.holdpoint.store.SessionStatus;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.DateField;
import app.holdpoint.ui.widget.WrapLabel;
import java.awt.FontMetrics;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.event.FocusListener;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;

/**
 * The list's filters: a date range (presets, or from/to dates typed as yyyy-MM-dd in the clinic's zone),
 * therapist, protocol, status and "deviations only". Every change is reported at once; a date that does not
 * parse is marked and named instead of being ignored.
 */
final class FilterBar extends TwoWayPanel {

    /** Date presets, in the order offered. */
    enum Range { ALL, TODAY, DAYS_7, DAYS_30, THIS_YEAR, CUSTOM }

    interface Listener {
        void filterChanged(AuditFilter filter);
    }

    private final Text text;
    private final Clock clock;
    private final JComboBox<Choice<Range>> range = new JComboBox<>();
    private final JTextField from = new JTextField(8);
    private final JTextField to = new JTextField(8);
    private final JComboBox<Choice<String>> therapist = new JComboBox<>();
    private final JComboBox<Choice<String>> protocol = new JComboBox<>();
    private final JComboBox<Choice<SessionStatus>> status = new JComboBox<>();
    private final JCheckBox deviations;
    private final JLabel problem = new WrapLabel(" ");
    private final DateField fromDate;
    private final DateField toDate;
    private final String h;
    private final int gap;
    private final int gapPixels;
    private Listener listener = filter -> { };
    private boolean quiet;
    private String lastTyped = "|";

    /** A combo box entry: a label and the value it stands for (empty: any). */
    record Choice<T>(String label, Optional<T> value) {
        @Override
        public String toString() {
            return label;
        }
    }

    FilterBar(Theme theme, Text text, Clock clock) {
        this.text = text;
        this.clock = clock;
        setName("auditFilters");
        setOpaque(false);
        // Every control is a touch target: the theme's minimum height, arrows as wide as they are tall.
        int touch = theme.integer("Holdpoint.touch.minimum"); // design pixels: MigLayout scales them
        h = "h " + (touch + 2) + "!"; // the border's pixel on each side, so the arrow itself is tall enough
        gap = theme.integer("Holdpoint.audit.gap");
        gapPixels = theme.size("Holdpoint.audit.gap");
        from.setName("auditFrom");
        to.setName("auditTo");
        fromDate = new DateField(theme, text, clock, from);
        toDate = new DateField(theme, text, clock, to);
        fromDate.onPicked(date -> typedDate());
        toDate.onPicked(date -> typedDate());
        for (Range r : Range.values()) {
            range.addItem(new Choice<>(text.get("audit.range." + r.name()), Optional.of(r)));
        }
        range.setName("auditRange");
        therapist.setName("auditTherapist");
        protocol.setName("auditProtocol");
        status.setName("auditStatus");
        deviations = new JCheckBox(text.get("audit.filter.deviations"));
        deviations.setName("auditDeviationsOnly");
        status.addItem(new Choice<>(text.get("audit.filter.anyStatus"), Optional.empty()));
        for (SessionStatus s : SessionStatus.values()) {
            status.addItem(new Choice<>(text.get("audit.status." + s.name()), Optional.of(s)));
        }
        therapists(List.of());
        protocols(List.of());
        problem.setName("auditFilterProblem");
        problem.putClientProperty("FlatLaf.styleClass", "hpDanger");

        arrange(true);

        range.addActionListener(e -> rangeChosen());
        therapist.addActionListener(e -> changed());
        protocol.addActionListener(e -> changed());
        status.addActionListener(e -> changed());
        deviations.addActionListener(e -> changed());
        from.addActionListener(e -> typedDate());
        to.addActionListener(e -> typedDate());
        from.addFocusListener(focusLost(this::typedDate));
        to.addFocusListener(focusLost(this::typedDate));
    }

    /**
     * Two rows when they fit (dates and "deviations only", then therapist, protocol and status), else one
     * filter to a row; decided on each resize, so a portrait screen gets the tall arrangement.
     */
    @Override
    void layOut(boolean wide) {
        removeAll();
        String labelGap = "gapright " + gap;
        JLabel rangeLabel = new JLabel(text.get("audit.filter.range"));
        JLabel fromLabel = new JLabel(text.get("audit.filter.from"));
        JLabel toLabel = new JLabel(text.get("audit.filter.to"));
        JLabel therapistLabel = new JLabel(text.get("audit.filter.therapist"));
        JLabel protocolLabel = new JLabel(text.get("audit.filter.protocol"));
        JLabel statusLabel = new JLabel(text.get("audit.filter.status"));
        if (wide) {
            // Each row is one cell split in parts, so the rows do not share column widths: the width they need is
            // the sum of their parts (wideWidth).
            setLayout(new MigLayout("insets 0, gap " + gap + " " + gap / 2 + ", hidemode 3", "[grow]", "[][][]"));
            add(rangeLabel, "split 7");
            add(range, h);
            add(fromLabel, "gapleft " + 2 * gap);
            add(fromDate);
            add(toLabel);
            add(toDate);
            add(deviations, "gapleft " + 2 * gap + ", " + h + ", wrap");
            add(therapistLabel, "split 6");
            add(therapist, h);
            add(protocolLabel, "gapleft " + 2 * gap);
            add(protocol, "wmax " + 30 * gap + ", " + h);
            add(statusLabel, "gapleft " + 2 * gap);
            add(status, h + ", wrap");
        } else {
            setLayout(new MigLayout("insets 0, gap " + gap + " " + gap / 2 + ", hidemode 3",
                    "[][grow, fill][][grow, fill]", ""));
            add(rangeLabel);
            add(range, "growx, " + h);
            add(deviations, "span 2, " + h + ", wrap");
            add(fromLabel);
            add(fromDate, "growx, wmin 0");
            add(toLabel);
            add(toDate, "growx, wmin 0, wrap");
            add(therapistLabel);
            add(therapist, "span 3, growx, wmin 0, " + h + ", wrap");
            add(protocolLabel);
            add(protocol, "span 3, growx, wmin 0, " + h + ", wrap");
            add(statusLabel);
            add(status, "span 3, growx, wmin 0, " + h + ", wrap");
        }
        add(problem, "span, growx, wmin 0");
    }

    /** The width the two-row arrangement needs: the wider row's parts, gaps between them. */
    private int wideWidth() {
        FontMetrics fm = getFontMetrics(getFont());
        int first = fm.stringWidth(text.get("audit.filter.range")) + fm.stringWidth(text.get("audit.filter.from"))
                + fm.stringWidth(text.get("audit.filter.to")) + 10 * gapPixels;
        for (Component c : new Component[] {range, fromDate, toDate, deviations}) {
            first += c.getPreferredSize().width;
        }
        int second = fm.stringWidth(text.get("audit.filter.therapist"))
                + fm.stringWidth(text.get("audit.filter.protocol")) + fm.stringWidth(text.get("audit.filter.status"))
                + 9 * gapPixels;
        for (Component c : new Component[] {therapist, protocol, status}) {
            second += Math.min(c.getPreferredSize().width, 30 * gapPixels);
        }
        return Math.max(first, second);
    }

    @Override
    boolean fitsWide(int width) {
        return width >= wideWidth();
    }

    /** As narrow as the one-filter-a-row arrangement: the list never runs off a portrait screen. */
    @Override
    public Dimension getMinimumSize() {
        Dimension size = super.getMinimumSize();
        return new Dimension(Math.min(size.width, 40 * gapPixels), size.height);
    }

    DateField fromCalendar() {
        return fromDate;
    }

    /** Closes an open calendar (the workspace leaving the list). */
    void closeCalendars() {
        fromDate.closeCalendar();
        toDate.closeCalendar();
    }

    void onChange(Listener l) {
        this.listener = l;
    }

    /** Fills the therapist choices (names from the store), keeping "any" first. */
    void therapists(List<String> names) {
        refill(therapist, text.get("audit.filter.anyTherapist"), names);
    }

    void protocols(List<String> ids) {
        refill(protocol, text.get("audit.filter.anyProtocol"), ids);
    }

    private void refill(JComboBox<Choice<String>> box, String any, List<String> values) {
        quiet = true;
        Object selected = box.getSelectedItem();
        box.removeAllItems();
        box.addItem(new Choice<>(any, Optional.empty()));
        for (String value : values) {
            box.addItem(new Choice<>(value, Optional.of(value)));
        }
        if (selected != null) {
            box.setSelectedItem(selected);
        }
        quiet = false;
    }

    private void rangeChosen() {
        Range chosen = selected(range).orElse(Range.ALL);
        if (chosen != Range.CUSTOM) {
            LocalDate today = LocalDate.now(clock);
            Optional<LocalDate> start;
            switch (chosen) {
                case TODAY:
                    start = Optional.of(today);
                    break;
                case DAYS_7:
                    start = Optional.of(today.minusDays(6));
                    break;
                case DAYS_30:
                    start = Optional.of(today.minusDays(29));
                    break;
                case THIS_YEAR:
                    start = Optional.of(today.withDayOfYear(1));
                    break;
                case ALL:
                default:
                    start = Optional.empty();
                    break;
            }
            from.setText(start.map(LocalDate::toString).orElse(""));
            to.setText(start.isPresent() ? today.toString() : "");
            lastTyped = from.getText() + "|" + to.getText();
        }
        changed();
    }

    private void typedDate() {
        String typed = from.getText() + "|" + to.getText();
        if (typed.equals(lastTyped)) {
            return; // focus moved on without an edit
        }
        lastTyped = typed;
        quiet = true;
        range.setSelectedIndex(Range.CUSTOM.ordinal());
        quiet = false;
        changed();
    }

    private void changed() {
        if (quiet) {
            return;
        }
        current().ifPresent(listener::filterChanged);
    }

    /** The filter as set, or empty (and the problem shown) when a typed date does not read. */
    Optional<AuditFilter> current() {
        ZoneId zone = clock.getZone();
        Optional<LocalDate> start;
        Optional<LocalDate> end;
        try {
            start = date(from);
            end = date(to);
        } catch (DateTimeParseException e) {
            problem.setText(text.get("audit.filter.badDate"));
            return Optional.empty();
        }
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            problem.setText(text.get("audit.filter.emptyRange"));
            return Optional.empty();
        }
        problem.setText(" ");
        return Optional.of(new AuditFilter(start.map(d -> d.atStartOfDay(zone).toInstant()),
                end.map(d -> d.plusDays(1).atStartOfDay(zone).toInstant()), selected(therapist), selected(protocol),
                selected(status), deviations.isSelected()));
    }

    private static Optional<LocalDate> date(JTextField field) {
        String typed = field.getText().trim();
        return typed.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(typed));
    }

    @SuppressWarnings("unchecked")
    private static <T> Optional<T> selected(JComboBox<Choice<T>> box) {
        Object item = box.getSelectedItem();
        return item instanceof Choice<?> choice ? ((Choice<T>) choice).value() : Optional.empty();
    }

    private static FocusListener focusLost(Runnable action) {
        return new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                action.run();
            }
        };
    }
}
