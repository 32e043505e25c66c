package app.holdpoint.ui.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.audit.ClockNotes;
import app.holdpoint.audit.ReportText;
import app.holdpoint.audit.SessionDetail;
import app.holdpoint.protocol.Catalog;
import app.holdpoint.protocol.Durations;
import app.holdpoint.protocol.ScreeningQuestion;
import app.holdpoint.session.SessionEvent;
import app.holdpoint.session.SessionReport;
import app.holdpoint.store.Addendum;
import app.holdpoint.store.SessionRecord;
import app.holdpoint.store.AuditReader;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.common.Background;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.BigButton;
import app.holdpoint.ui.widget.ColumnPanel;
import app.holdpoint.ui.widget.TouchScroll;
import app.holdpoint.ui.widget.WrapLabel;
import java.time.ZoneId;
import app.holdpoint.audit.WallTimes;
import java.util.HashMap;
import javax.swing.JTable;
import java.awt.Rectangle;
import javax.swing.text.DefaultCaret;

/**
 * One session as an auditor reads it: what fails verification (if anything), the header with screening,
 * override, consent and pain, planned against actual as a table and a chart with every deviation named, every
 * event, and the addenda. Loaded off the EDT with {@link SessionDetail#load}.
 */
final class DetailPanel extends JPanel {
    interface Actions {
        void back();

        void addAddendum(long sessionId);
    }

    private final AuditReader store;
    private final Catalog catalog;
    private final Theme theme;
    private final Text text;
    private final Executor reads;
    private final DateTimeFormatter time;
    private final ZoneId zone;
    private final JPanel content;
    private final WrapLabel title = new WrapLabel(" ");
    private final BigButton addendum;
    private final JPanel extra;
    private final WrapLabel message = new WrapLabel(" ");
    private long shown = -1;
    private final Background.Latest loading = new Background.Latest();
    private Runnable loaded = () -> { };

    DetailPanel(AuditReader store, Catalog catalog, Theme theme, Text text, Executor reads, Clock clock,
                Actions actions) {
        this.store = store;
        this.catalog = catalog;
        this.theme = theme;
        this.text = text;
        this.reads = reads;
        this.time = WallTimes.withOffset(clock.getZone());
        this.zone = clock.getZone();
        setName("auditDetail");
        setOpaque(false);
        content = new ColumnPanel(theme.integer("Holdpoint.audit.rowHeight"));
        int gap = theme.integer("Holdpoint.audit.gap");
        extra = new JPanel(new MigLayout("insets 0, gap " + gap));
        BigButton back = new BigButton(theme, text.get("audit.back"));
        back.setName("auditBack");
        back.addActionListener(e -> actions.back());
        addendum = BigButton.primary(theme, text.get("audit.addendum.add"));
        addendum.setName("auditAddAddendum");
        addendum.addActionListener(e -> actions.addAddendum(shown));
        title.setName("auditDetailTitle");
        title.setFont(theme.font("h1.font"));
        content.setName("auditDetailContent");
        content.setOpaque(false);
        JScrollPane scroll = new JScrollPane(content);
        scroll.setBorder(null);
        TouchScroll.enableDrag(scroll, theme);
        scroll.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.getVerticalScrollBar().setUnitIncrement(theme.size("Holdpoint.audit.rowHeight"));
        extra.setOpaque(false);
        message.setName("auditDetailMessage");
        message.setFont(theme.font("Holdpoint.audit.table.font"));
        // The title has a row of its own and wraps: a long client reference never runs under the buttons.
        setLayout(new MigLayout("insets 0, gap " + gap + ", fill", "[][grow][][]", "[][][grow, fill][]"));
        add(title, "span 4, growx, wmin 0, wrap");
        add(back);
        add(new JLabel());
        add(extra);
        add(addendum, "wrap");
        add(scroll, "span 4, grow, wmin 0, wrap");
        add(message, "span 4, growx, wmin 0");
    }

    /** Another action beside "Add addendum" (export). */
    void addAction(JComponent action) {
        extra.add(action);
    }

    /** A line under the detail: an export's file, or why there is none. */
    void message(String text) {
        message.setText(text);
    }

    /** Called on the EDT once a session is shown (tests wait on it). */
    void onLoaded(Runnable listener) {
        this.loaded = listener;
    }

    long shown() {
        return shown;
    }

    /** Loads and shows a session; {@code reasons} says what fails verification in it (empty: nothing). */
    void show(long sessionId, Duration tolerance, Supplier<List<String>> reasons) {
        shown = sessionId;
        title.setText(text.get("audit.detail.loading", sessionId));
        message.setText(" ");
        content.removeAll();
        content.revalidate();
        content.repaint();
        addendum.setEnabled(false);
        Background.on(reads).supply(() -> {
            Optional<SessionDetail> detail = SessionDetail.load(store, catalog, sessionId, tolerance);
            Map<String, ScreeningQuestion> questions = detail.map(d -> ScreeningSection.asked(catalog,
                    d.protocol())).orElse(Map.of());
            ScreeningSection.Sources sources = detail.map(d -> sources(d.session()))
                    .orElse(new ScreeningSection.Sources(Map.of(), false));
            List<String> failing = reasons.get();
            ReportText words = ReportText.of(text.locale());
            List<String> clock = detail.map(d -> ClockNotes.lines(d.events(), store.clockNotice(sessionId)
                    .map(notice -> notice.worded(words::get)), zone, words)).orElse(List.of());
            return new Loaded(detail, failing, clock, questions, sources);
        }).latestOnly(loading).logAs("session " + sessionId + " could not be loaded")
                .onSuccess(l -> fill(sessionId, l.detail(), l.failing(), l.clock(), l.questions(), l.sources()))
                .onFailure(text, reason -> {
                    title.setText(text.get("audit.detail.failed", sessionId, reason));
                    loaded.run();
                }).start();
    }

    /** What {@link #show} reads off the EDT. */
    private record Loaded(Optional<SessionDetail> detail, List<String> failing, List<String> clock,
                          Map<String, ScreeningQuestion> questions, ScreeningSection.Sources sources) {
    }

    /** When each session an answer was carried over from started (a read per source session: off the EDT). */
    private ScreeningSection.Sources sources(SessionRecord s) {
        Map<Long, String> started = new HashMap<>();
        s.screening().stream().filter(a -> a.carriedFromSession().isPresent())
                .mapToLong(a -> a.carriedFromSession().getAsLong()).distinct()
                .forEach(id -> store.session(id).ifPresent(from -> started.put(id, time.format(from.startedAt()))));
        return new ScreeningSection.Sources(started, !s.precautions().isEmpty());
    }

    private void fill(long sessionId, Optional<SessionDetail> found, List<String> failing, List<String> clock,
                      Map<String, ScreeningQuestion> questions, ScreeningSection.Sources sources) {
        content.removeAll();
        int gap = theme.integer("Holdpoint.audit.gap");
        content.setLayout(new MigLayout("insets 0 0 0 " + gap + ", gap " + gap + " " + gap / 2 + ", wrap 2, fillx",
                "[pref!][grow, fill]"));
        if (found.isEmpty()) {
            title.setText(text.get("audit.detail.missing", sessionId));
            loaded.run();
            return;
        }
        SessionDetail detail = found.get();
        SessionRecord s = detail.session();
        title.setText(text.get("audit.detail.title", s.id(), text.get("audit.status." + s.status().name()),
                s.clientRef()));
        addendum.setEnabled(s.sealed());
        if (!failing.isEmpty()) {
            JTextArea fails = area(text.get("audit.detail.fails") + "\n" + failing.stream().map(r -> "\u2022 " + r)
                    .collect(Collectors.joining("\n")));
            fails.setName("auditDetailIntegrity");
            fails.setForeground(theme.color("Holdpoint.danger"));
            content.add(fails, "span 2, growx, wmin 0");
        }
        header(s);
        if (!clock.isEmpty()) {
            // What the machine's clock did: the times shown are computed from the start, so say why they may
            // disagree with a clock on the wall.
            JTextArea notes = area(clock.stream().map(line -> "\u26A0 " + line).collect(Collectors.joining("\n")));
            notes.setName("auditClockNotes");
            notes.setForeground(theme.color("Holdpoint.audit.deviation.foreground"));
            content.add(notes, "span 2, growx");
        }
        section("audit.detail.screening");
        ScreeningSection.addTo(content, s.screening(), questions, sources, theme, text);
        section("audit.detail.precautions");
        if (s.precautions().isEmpty()) {
            content.add(label(text.get("audit.detail.noPrecautions")), "span 2, growx, wmin 0");
        }
        for (String line : s.precautions()) {
            JLabel precaution = label("\u2022 " + line);
            precaution.setName("auditPrecautionApplied");
            content.add(precaution, "span 2, growx, wmin 0");
        }
        section("audit.detail.phases");
        if (detail.report().isPresent()) {
            SessionReport report = detail.report().get();
            content.add(label(text.get("audit.detail.totals", Durations.format(report.totalPlanned()),
                    Durations.format(report.totalActual()), Durations.format(report.totalPaused()))), "span 2, growx, wmin 0");
            if (!report.endReason().isEmpty()) {
                JLabel ended = label(text.get("audit.detail.endedEarly", report.endReason()));
                ended.setName("auditEndedEarly");
                ended.setForeground(theme.color("Holdpoint.audit.deviation.foreground"));
                content.add(ended, "span 2, growx, wmin 0");
            }
            JTable phases = PhaseTable.of(report, theme, text);
            content.add(phases.getTableHeader(), "span 2, growx, wmin 0");
            content.add(phases, "span 2, growx, wmin 0");
            content.add(PhaseChart.of(report, theme, text), "span 2, growx, wmin 0, h " + theme.integer(
                    "Holdpoint.audit.chart.height") + "!");
        } else {
            content.add(label(text.get("audit.detail.noReport",
                    detail.reportProblem(ReportText.of(text.locale())))), "span 2, growx, wmin 0");
        }
        section("audit.detail.events");
        StringBuilder events = new StringBuilder();
        for (SessionEvent e : detail.events()) {
            events.append(String.format("%4d  +%-9s %s  %-21s %5s %s%s%n", e.sequence(),
                    Durations.clock(Duration.ofNanos(e.offsetNanos())), time.format(e.wallTime()), e.type(),
                    e.phase() >= 0 ? "#" + e.phase() : "", e.endedBy() == null ? "" : e.endedBy() + " ",
                    e.detail().isEmpty() ? "" : "\u201C" + e.detail() + "\u201D"));
        }
        JTextArea eventArea = area(events.toString().stripTrailing());
        eventArea.setName("auditEvents");
        eventArea.setFont(theme.font("Holdpoint.audit.mono.font"));
        content.add(eventArea, "span 2, growx, wmin 0");
        section("audit.detail.addenda");
        if (detail.addenda().isEmpty()) {
            content.add(label(text.get("audit.detail.noAddenda")), "span 2, growx, wmin 0");
        }
        for (Addendum a : detail.addenda()) {
            JTextArea note = area(text.get("audit.detail.addendum", time.format(a.createdAt()), a.author(), a.text()));
            note.setName("auditAddendum");
            content.add(note, "span 2, growx, wmin 0");
        }
        content.revalidate();
        content.repaint();
        SwingUtilities.invokeLater(() -> content.scrollRectToVisible(new Rectangle(0, 0, 1, 1)));
        loaded.run();
    }

    private void header(SessionRecord s) {
        row("audit.detail.therapist", s.therapist());
        row("audit.detail.protocol", s.protocolId() + " v" + s.protocolVersion() + s.side()
                .map(side -> " \u00B7 " + text.get("side." + side.word())).orElse(""));
        row("audit.detail.kiosk", s.kioskId());
        row("audit.detail.times", time.format(s.startedAt()) + s.endedAt().map(end -> " \u2192 " + time.format(end))
                .orElse(""));
        row("audit.detail.pain", (s.painBefore().isPresent() ? s.painBefore().getAsInt() : "\u2013") + " \u2192 "
                + (s.painAfter().isPresent() ? s.painAfter().getAsInt() : "\u2013"));
        s.overrideReason().ifPresent(reason -> row("audit.detail.override",
                text.get("audit.detail.overrideBy", s.overrideBy().orElse("?"), reason)
                        + s.overriddenStop().map(kind -> " (" + text.get("audit.detail.stop." + kind.name()) + ")")
                        .orElse("")));
        s.triggerPoints().ifPresent(points -> row("audit.detail.triggerPoints", text.get(
                "audit.detail.triggerPointsValue", String.join(", ", points.treated()),
                points.leftForNextTime().isEmpty() ? text.get("audit.detail.none")
                        : String.join(", ", points.leftForNextTime()))));
        row("audit.detail.consent", text.get(s.consent() ? "audit.detail.consentGiven" : "audit.detail.consentNone"));
        s.note().ifPresent(note -> row("audit.detail.note", note));
        row("audit.detail.signed", s.signedBy().map(who -> who + s.signedAt().map(at -> " \u00B7 " + time.format(at))
                .orElse("")).orElse(text.get("audit.detail.unsigned")));
        row("audit.detail.seal", s.sealHash().orElse(text.get("audit.detail.open")));
    }

    private void row(String key, String value) {
        JLabel name = new JLabel(text.get(key)); // a short word: its column is as wide as the widest one
        name.setFont(theme.font("Holdpoint.audit.table.font"));
        name.setForeground(theme.color("Holdpoint.text.muted"));
        content.add(name, "top");
        JTextArea area = area(value);
        content.add(area, "growx, wmin 0"); // a wrapping area's own minimum is its longest line
    }

    private void section(String key) {
        JLabel heading = new WrapLabel(text.get(key));
        heading.setFont(theme.font("h2.font"));
        content.add(heading, "span 2, growx, wmin 0, gaptop " + 3 * theme.integer("Holdpoint.audit.gap") / 2);
    }

    private JLabel label(String value) {
        JLabel label = new WrapLabel(value);
        label.setFont(theme.font("Holdpoint.audit.table.font"));
        return label;
    }

    private JTextArea area(String value) {
        JTextArea area = new JTextArea(value);
        area.setEditable(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setOpaque(false);
        area.setFont(theme.font("Holdpoint.audit.table.font"));
        area.setBorder(null);
        // A text area scrolls its caret into view; here that would drag the page to the last area filled.
        ((DefaultCaret) area.getCaret()).setUpdatePolicy(DefaultCaret.NEVER_UPDATE);
        return area;
    }

    JComponent content() {
        return content;
    }
}
