package app.holdpoint.audit.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.format.DateTimeFormatter;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

import app.holdpoint.audit.ReportText;
import app.holdpoint.store.PeriodSummary;
import java.util.Locale;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * The period summary's chart over time: per week or month, sessions, completed and sessions with a deviation as
 * grouped bars. Built with JFreeChart (which draws with java.awt; this package is the only one in {@code audit}
 * allowed to, and shows no screen). The Swing workspace can put {@link #chart} in a ChartPanel; the PDF uses
 * {@link #pdfImage}.
 */
public final class SummaryChart {
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM uu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);
    /** Colour-blind-safe (Okabe–Ito) blue, green and vermilion; the legend names every series. */
    private static final Color[] SERIES = {new Color(0x0072B2), new Color(0x009E73), new Color(0xD55E00)};

    private static final int MAX_LABELS = 16;
    private static final Color TRANSPARENT = new Color(0, 0, 0, 0);

    private SummaryChart() {
    }

    /** In English. */
    public static JFreeChart chart(PeriodSummary summary) {
        return chart(summary, ReportText.ENGLISH);
    }

    /** With its title, axes, legend and dates in the report's language. */
    public static JFreeChart chart(PeriodSummary summary, ReportText words) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        boolean weeks = summary.granularity() == PeriodSummary.Granularity.WEEK;
        DateTimeFormatter label = (weeks ? WEEK : MONTH).withLocale(words.locale());
        String sessions = words.get("summary.column.sessions");
        for (PeriodSummary.Bucket bucket : summary.series()) {
            String when = weeks ? words.get("chart.weekOf", label.format(bucket.start()))
                    : label.format(bucket.start());
            data.addValue(bucket.counts().sessions(), sessions, when);
            data.addValue(bucket.counts().completed(), words.get("summary.column.completed"), when);
            data.addValue(bucket.counts().deviating(), words.get("summary.column.deviating"), when);
        }
        CategoryAxis time = new CategoryAxis(words.get(weeks ? "chart.axis.week" : "chart.axis.month"));
        time.setCategoryLabelPositions(summary.series().size() > 8 ? CategoryLabelPositions.UP_45
                : CategoryLabelPositions.STANDARD);
        time.setMaximumCategoryLabelLines(2);
        // Many buckets: label every n-th only, so the labels stay readable (the bars are all there).
        int every = (summary.series().size() + MAX_LABELS - 1) / MAX_LABELS;
        for (int i = 0; i < data.getColumnCount(); i++) {
            if (i % every != 0) {
                time.setTickLabelPaint(data.getColumnKey(i), TRANSPARENT);
            }
        }
        NumberAxis count = new NumberAxis(sessions);
        count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setItemMargin(0.05);
        for (int i = 0; i < SERIES.length; i++) {
            bars.setSeriesPaint(i, SERIES[i]);
        }
        CategoryPlot plot = new CategoryPlot(data, time, count, bars);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xBBBBBB));
        plot.setRangeGridlineStroke(new BasicStroke(0.6f));
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(words.get(weeks ? "chart.title.week" : "chart.title.month"),
                new Font(Font.SANS_SERIF, Font.BOLD, 15), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.TOP);
        return chart;
    }

    /** The chart drawn at {@code scale} times the size it is placed at, so it prints sharply. */
    public static PDImageXObject pdfImage(PDDocument document, PeriodSummary summary, int width, int height,
                                          int scale, ReportText words) throws IOException {
        BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            chart(summary, words).draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return LosslessFactory.createFromImage(document, image);
    }
}
