package app.holdpoint.ui.session;

import java.awt.Color;
import java.awt.Font;
import java.util.stream.Collectors;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.protocol.Durations;
import app.holdpoint.session.PhaseRow;
import app.holdpoint.session.SessionReport;
import app.holdpoint.store.SessionRecord;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.ReadOnlyText;
import app.holdpoint.ui.widget.BigButton;
import app.holdpoint.ui.widget.ScrollableRows;
import app.holdpoint.ui.widget.TouchScroll;

/**
 * The signed session at a glance: planned against actual for every run of every phase, deviations marked in
 * words on a highlighted row, the totals, and pain before and after. "Done" returns to the picker.
 */
final class SummaryScreen extends JPanel {
    private final JPanel table;

    SummaryScreen(Theme theme, Text text, SessionRecord record, SessionReport report, Runnable onDone) {
        super(new MigLayout("insets 16 24 16 24, fill, wrap 1, gap 12", "[grow, fill]", "[][][grow, fill][]"));
        setName("summary");
        JTextArea title = ReadOnlyText.wrapping(text.get("summary.title", record.signedBy().orElse("")), theme.font("h1.font"));
        title.setName("summary.title");
        add(title, "wmin 0");

        Font big = theme.font("Holdpoint.session.heading.font");
        String painBefore = record.painBefore().isPresent() ? Integer.toString(record.painBefore().getAsInt()) : "–";
        String painAfter = record.painAfter().isPresent() ? Integer.toString(record.painAfter().getAsInt()) : "–";
        JTextArea pain = ReadOnlyText.wrapping(text.get("summary.pain", painBefore, painAfter), big);
        pain.setName("summary.pain");
        JTextArea totals = ReadOnlyText.wrapping(text.get("summary.totals", Durations.clock(report.totalPlanned()),
                Durations.clock(report.totalActual()), Durations.clock(report.totalPaused()),
                report.deviatingRows().size()), big);
        totals.setName("summary.totals");
        // Pain and totals side by side where there is room; each wraps on a narrow screen.
        JPanel facts = new JPanel(new MigLayout("insets 0, fillx, gap 32 8", "[grow, fill, 0:0:]"
                + "[grow 300, fill, 0:0:]"));
        facts.add(pain, "wmin 0");
        facts.add(totals, "wmin 0");
        if (!report.endReason().isEmpty()) {
            JTextArea reason = ReadOnlyText.wrapping(text.get("summary.endedEarly", report.endReason()), big);
            reason.setName("summary.endReason");
            facts.add(reason, "newline, span 2, wmin 0");
        }
        add(facts, "wmin 0");

        // Tracks the width of the screen: long phase names and deviations wrap in their cells instead of
        // widening the table past the edge.
        table = new ScrollableRows(new MigLayout("insets 0, fillx, gap 0 0, wrap 4",
                "[grow 200, fill, 0:0:][][][grow 100, fill, 0:0:]"), theme.size("Holdpoint.session.control.height"));
        table.setName("summary.table");
        Font font = theme.font("Holdpoint.session.table.font");
        header(table, theme, text, font);
        Color highlight = theme.color("Holdpoint.session.deviation.background");
        Color warning = theme.color("Holdpoint.session.deviation.foreground");
        for (PhaseRow row : report.rows()) {
            boolean deviates = !row.deviations().isEmpty();
            String phase = text.get("phase." + row.phase().kind().name()) + " \u00B7 " + row.phase().label()
                    + (row.run() > 1 ? " " + text.get("summary.run", row.run()) : "");
            String deviations = deviates ? "\u26A0 " + row.deviations().stream().sorted()
                    .map(d -> text.get("deviation." + d.name())).collect(Collectors.joining(", ")) : "";
            int index = row.phase().index() + 1;
            cell(table, index + ". " + phase, font, deviates ? highlight : null, null);
            cell(table, Durations.clock(row.planned()), font, deviates ? highlight : null, null);
            cell(table, Durations.clock(row.actual()), font, deviates ? highlight : null, null);
            cell(table, deviations, font.deriveFont(Font.BOLD), deviates ? highlight : null, warning);
        }
        JScrollPane scroll = TouchScroll.of(table, theme, theme.size("Holdpoint.session.control.height") / 2);
        add(scroll);

        BigButton done = BigButton.primary(theme, text.get("summary.done"));
        done.setName("summary.done");
        done.addActionListener(e -> onDone.run());
        add(done, "right, w 320!, h " + theme.integer("Holdpoint.session.control.height") + "!");
    }

    JPanel table() {
        return table;
    }

    private static void header(JPanel table, Theme theme, Text text, Font font) {
        for (String key : new String[] {"summary.col.phase", "summary.col.planned", "summary.col.actual",
            "summary.col.deviations"}) {
            JLabel label = new JLabel(text.get(key));
            label.setFont(font.deriveFont(Font.BOLD));
            label.setForeground(theme.color("Holdpoint.text.muted"));
            label.setBorder(BorderFactory.createEmptyBorder(4, 8, 8, 8));
            table.add(label);
        }
    }

    private static void cell(JPanel table, String content, Font font, Color background, Color foreground) {
        JTextArea cell = ReadOnlyText.wrapping(content, font);
        cell.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        if (background != null) {
            cell.setOpaque(true);
            cell.setBackground(background);
        }
        if (foreground != null) {
            cell.setForeground(foreground);
        }
        table.add(cell, "wmin 0, growy");
    }
}
