package app.holdpoint.audit.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import app.holdpoint.audit.FilterText;
import app.holdpoint.audit.chart.SummaryChart;
import app.holdpoint.protocol.Durations;
import app.holdpoint.store.PeriodSummary;

/**
 * The period summary as a PDF: the filters and tolerance, totals, one table per therapist and per protocol, and
 * the chart over time.
 */
public final class PeriodSummaryPdf {
    static final String[] COLUMNS = {"", "Sessions", "Completed", "Completion rate", "With a deviation",
        "Deviation rate", "Shortened", "Mean pain change (n)"};
    private static final float[] SHARES = {24, 8, 10, 10, 10, 10, 10, 17};

    private PeriodSummaryPdf() {
    }

    /**
     * @throws NothingToExport when no session matched (no file is written)
     * @throws ExportException when the file cannot be written (none is left behind)
     */
    public static void write(PeriodSummary summary, Path out) {
        if (summary.total().sessions() == 0) {
            throw new NothingToExport("no sessions match: " + FilterText.describe(summary.filter(), summary.zone()));
        }
        ExportFile.write(out, stream -> {
            try (PdfDoc pdf = new PdfDoc("Holdpoint period summary: "
                    + FilterText.describe(summary.filter(), summary.zone()))) {
                fill(pdf, summary);
                pdf.save(stream);
            }
        });
    }

    private static void fill(PdfDoc pdf, PeriodSummary summary) throws IOException {
        pdf.title("Period summary");
        pdf.field("Sessions", FilterText.describe(summary.filter(), summary.zone()));
        if (!summary.series().isEmpty()) {
            DateTimeFormatter bucket = summary.granularity() == PeriodSummary.Granularity.WEEK
                    ? DateTimeFormatter.ofPattern("'week of' d MMM uuuu", Locale.ENGLISH)
                    : DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);
            pdf.field("Charted", bucket.format(summary.series().get(0).start()) + " to "
                    + bucket.format(summary.series().get(summary.series().size() - 1).start()) + ", per "
                    + summary.granularity().name().toLowerCase(Locale.ROOT) + " (days in " + summary.zone().getId()
                    + ")");
        }
        pdf.field("Shortened means", "a phase ended more than " + Durations.format(summary.tolerance())
                + " before its planned time");
        pdf.field("Rates", "completion rate over all sessions; deviation rate over sealed sessions (skipped,"
                + " shortened, extended, capped or repeated phase, or ended early); pain change is after minus before,"
                + " over sessions rated both times");

        pdf.heading("All sessions");
        List<String[]> total = new ArrayList<>();
        total.add(row("All", summary.total()));
        pdf.table(SHARES, COLUMNS, total, List.of(false));

        pdf.heading("Over time");
        float width = pdf.width();
        float height = width * 0.45f;
        pdf.image(SummaryChart.pdfImage(pdf.document, summary, Math.round(width), Math.round(height), 3), width,
                height);

        groups(pdf, "Per therapist", "Therapist", summary.byTherapist());
        groups(pdf, "Per protocol", "Protocol", summary.byProtocol());
    }

    private static void groups(PdfDoc pdf, String heading, String first, List<PeriodSummary.Group> groups)
            throws IOException {
        pdf.heading(heading);
        List<String[]> rows = new ArrayList<>();
        List<Boolean> marked = new ArrayList<>();
        for (PeriodSummary.Group group : groups) {
            rows.add(row(group.name(), group.counts()));
            marked.add(false);
        }
        String[] header = COLUMNS.clone();
        header[0] = first;
        pdf.table(SHARES, header, rows, marked);
    }

    static String[] row(String name, PeriodSummary.Counts c) {
        return new String[] {name, Long.toString(c.sessions()), Long.toString(c.completed()),
            percent(c.completionRate()), Long.toString(c.deviating()), percent(c.deviationRate()),
            Long.toString(c.shortened()), c.meanPainChange().isPresent() ? String.format(Locale.ROOT, "%+.2f (%d)",
                c.meanPainChange().getAsDouble(), c.painPairs()) : "- (0)"};
    }

    static String percent(OptionalDouble rate) {
        return rate.isPresent() ? String.format(Locale.ROOT, "%.1f %%", rate.getAsDouble() * 100) : "-";
    }
}
