package app.holdpoint.ui.audit;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;

import org.jfree.chart.ChartPanel;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.audit.ReportText;
import app.holdpoint.audit.chart.SummaryChart;
import app.holdpoint.store.AuditFilter;
import app.holdpoint.store.PeriodSummary;
import app.holdpoint.store.AuditReader;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.common.Background;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.ColumnPanel;
import app.holdpoint.ui.widget.TouchScroll;
import app.holdpoint.ui.widget.FitTable;
import app.holdpoint.ui.widget.WrapLabel;

/**
 * Summaries of the sessions the list's filters select, per therapist and per protocol (sessions, completion
 * rate, deviation rate at the workspace's tolerance, mean pain change with its n) and over time as a chart.
 * Computed by the store's SQL aggregates ({@link AuditReader#summarize}) off the EDT.
 */
final class SummaryPanel extends JPanel {

    private final AuditReader store;
    private final Executor reads;
    private final Text text;
    private final Theme theme;
    private final ZoneId zone;
    private final JLabel heading = new WrapLabel(" ");
    private final JPanel content;
    private final Background.Latest summing = new Background.Latest();
    private Runnable loaded = () -> { };

    SummaryPanel(AuditReader store, Theme theme, Text text, Executor reads, ZoneId zone) {
        this.store = store;
        this.reads = reads;
        this.text = text;
        this.theme = theme;
        this.zone = zone;
        setName("auditSummaries");
        setOpaque(false);
        content = new ColumnPanel(theme.size("Holdpoint.audit.rowHeight"));
        heading.setName("auditSummaryHeading");
        heading.setFont(theme.font("h2.font"));
        content.setOpaque(false);
        JScrollPane scroll = new JScrollPane(content);
        scroll.setBorder(null);
        TouchScroll.enableDrag(scroll, theme);
        scroll.getVerticalScrollBar().setUnitIncrement(theme.size("Holdpoint.audit.rowHeight"));
        setLayout(new MigLayout("insets 0, gap 8, fill", "[grow, fill]", "[][grow, fill]"));
        add(heading, "growx, wmin 0, wrap");
        add(scroll, "grow, wmin 0");
    }

    void onLoaded(Runnable listener) {
        this.loaded = listener;
    }

    /** Sums up the sessions of {@code filter} at {@code tolerance}. */
    void show(AuditFilter filter, Supplier<Duration> tolerance) {
        heading.setText(text.get("audit.summary.loading"));
        Duration at = tolerance.get();
        Background.on(reads).supply(() -> store.summarize(filter, at, zone)).latestOnly(summing)
                .logAs("summary failed")
                .onSuccess(this::fill)
                .onFailure(text, reason -> {
                    heading.setText(text.get("audit.summary.failed", reason));
                    loaded.run();
                }).start();
    }

    private void fill(PeriodSummary summary) {
        content.removeAll();
        content.setLayout(new MigLayout("insets 0 0 0 8, gap 6, wrap 1, fillx", "[grow, fill]"));
        heading.setText(text.get("audit.summary.heading", summary.total().sessions(),
                summary.tolerance().getSeconds()));
        section("audit.summary.byTherapist");
        JTable therapists = table("auditSummaryTherapists", text.get("audit.column.THERAPIST"),
                summary.byTherapist(), summary.total());
        content.add(therapists.getTableHeader(), "growx, wmin 0");
        content.add(therapists, "growx, wmin 0");
        section("audit.summary.byProtocol");
        JTable protocols = table("auditSummaryProtocols", text.get("audit.column.PROTOCOL"), summary.byProtocol(),
                summary.total());
        content.add(protocols.getTableHeader(), "growx, wmin 0");
        content.add(protocols, "growx, wmin 0");
        if (!summary.series().isEmpty()) {
            section("audit.summary.overTime");
            ChartPanel chart = new ChartPanel(SummaryChart.chart(summary,
                    ReportText.of(text.locale())), false, false, false, false, false);
            chart.setName("auditSummaryChart");
            chart.setMinimumDrawWidth(300);
            chart.setMaximumDrawWidth(4000);
            chart.setMaximumDrawHeight(3000);
            content.add(chart, "growx, wmin 0, h " + theme.integer("Holdpoint.audit.chart.height") + "!");
        }
        content.revalidate();
        content.repaint();
        loaded.run();
    }

    private JTable table(String name, String first, List<PeriodSummary.Group> groups, PeriodSummary.Counts total) {
        DefaultTableModel model = new DefaultTableModel(new Object[] {first, text.get("audit.summary.sessions"),
                text.get("audit.summary.completion"), text.get("audit.summary.deviation"),
                text.get("audit.summary.pain")}, 0) {
            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        for (PeriodSummary.Group group : groups) {
            model.addRow(row(group.name(), group.counts()));
        }
        model.addRow(row(text.get("audit.summary.all"), total));
        FitTable table = new FitTable(model, theme.size("Holdpoint.audit.column.minimum"));
        table.setName(name);
        table.setRowHeight(theme.size("Holdpoint.audit.rowHeight"));
        table.setFont(theme.font("Holdpoint.audit.table.font"));
        table.getTableHeader().setFont(theme.font("Holdpoint.audit.header.font"));
        table.wrap(0, 3, 4);
        return table;
    }

    private Object[] row(String name, PeriodSummary.Counts counts) {
        OptionalDouble pain = counts.meanPainChange();
        return new Object[] {name, counts.sessions(), percent(counts.completionRate()),
                percent(counts.deviationRate()), pain.isPresent()
                ? text.get("audit.summary.painValue", pain.getAsDouble(), counts.painPairs()) : "\u2013"};
    }

    private static String percent(OptionalDouble rate) {
        return rate.isPresent() ? String.format("%.0f %%", rate.getAsDouble() * 100) : "\u2013";
    }

    private void section(String key) {
        JLabel label = new WrapLabel(text.get(key));
        label.setFont(theme.font("h3.font"));
        content.add(label, "growx, wmin 0, gaptop 10");
    }
}
