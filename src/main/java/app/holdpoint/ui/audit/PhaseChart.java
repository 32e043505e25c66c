package app.holdpoint.ui.audit;

import java.awt.Color;
import java.awt.Dimension;

import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import app.holdpoint.session.PhaseRow;
import app.holdpoint.session.SessionReport;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;

/** Planned and actual seconds per phase run, side by side, in the theme's colours (JFreeChart). */
final class PhaseChart {
    private PhaseChart() {
    }

    static ChartPanel of(SessionReport report, Theme theme, Text text) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String planned = text.get("audit.chart.planned");
        String actual = text.get("audit.chart.actual");
        for (PhaseRow row : report.rows()) {
            String phase = "#" + row.phase().index() + (row.run() > 1 ? "\u00B7" + row.run() : "");
            data.addValue(row.planned().toMillis() / 1000.0, planned, phase);
            data.addValue(row.actual().toMillis() / 1000.0, actual, phase);
        }
        Color foreground = theme.color("Holdpoint.text.foreground");
        Color background = theme.color("Holdpoint.audit.panel.background");
        CategoryAxis phases = new CategoryAxis(text.get("audit.chart.phases"));
        phases.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        NumberAxis seconds = new NumberAxis(text.get("audit.chart.seconds"));
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setItemMargin(0.0);
        bars.setSeriesPaint(0, theme.color("Holdpoint.audit.chart.planned"));
        bars.setSeriesPaint(1, theme.color("Holdpoint.audit.chart.actual"));
        CategoryPlot plot = new CategoryPlot(data, phases, seconds, bars);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(background);
        plot.setRangeGridlinePaint(theme.color("Holdpoint.text.muted"));
        for (org.jfree.chart.axis.Axis axis : new org.jfree.chart.axis.Axis[] {phases, seconds}) {
            axis.setLabelFont(theme.font("Holdpoint.audit.chart.font"));
            axis.setTickLabelFont(theme.font("Holdpoint.audit.chart.tick.font"));
            axis.setLabelPaint(foreground);
            axis.setTickLabelPaint(foreground);
        }
        JFreeChart chart = new JFreeChart(null, theme.font("Holdpoint.audit.chart.font"), plot, true);
        chart.setBackgroundPaint(background);
        chart.getLegend().setItemFont(theme.font("Holdpoint.audit.chart.font"));
        chart.getLegend().setItemPaint(foreground);
        chart.getLegend().setBackgroundPaint(background);
        ChartPanel panel = new ChartPanel(chart, false, false, false, false, false);
        panel.setName("auditPhaseChart");
        panel.setPreferredSize(new Dimension(theme.scaled(900), theme.size("Holdpoint.audit.chart.height")));
        panel.setMinimumDrawWidth(300);
        panel.setMinimumDrawHeight(200);
        panel.setMaximumDrawWidth(4000);
        panel.setMaximumDrawHeight(3000);
        return panel;
    }
}
