package app.holdpoint.audit.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import app.holdpoint.audit.FilterText;
import app.holdpoint.audit.ReportText;
import app.holdpoint.audit.chart.SummaryChart;
import app.holdpoint.protocol.Durations;
import app.holdpoint.store.PeriodSummary;

/**
 * The period summary as a PDF: the filters and tolerance, totals, one table per therapist and per protocol, and
 * the chart over time.
 */
public final class PeriodSummaryPdf {
    private static final String[] COLUMN_KEYS = {"summary.column.group", "summary.column.sessions",
        "summary.column.completed", "summary.column.completionRate", "summary.column.deviating",
        "summary.column.deviationRate", "summary.column.shortened", "summary.column.painChange"};
    /** The table's column headings in English. */
    static final String[] COLUMNS = columns(ReportText.ENGLISH);
    private static final float[] SHARES = {24, 8, 10, 10, 10, 10, 10, 17};

    private PeriodSummaryPdf() {
    }

    /** The summary in English. */
    public static void write(PeriodSummary summary, Path out) {
        write(summary, out, ReportText.ENGLISH);
    }

    /**
     * @param words the report's language
     * @throws NothingToExport when no session matched (no file is written)
     * @throws ExportException when the file cannot be written (none is left behind)
     */
    public static void write(PeriodSummary summary, Path out, ReportText words) {
        if (summary.total().sessions() == 0) {
            throw new NothingToExport(words.get("summary.nothing",
                    FilterText.describe(summary.filter(), summary.zone(), words)));
        }
        ExportFile.write(out, stream -> {
            try (PdfDoc pdf = new PdfDoc(words.get("summary.footer",
                    FilterText.describe(summary.filter(), summary.zone(), words)), words)) {
                fill(pdf, summary, words);
                pdf.save(stream);
            }
        }, words);
    }

    static String[] columns(ReportText words) {
        String[] columns = new String[COLUMN_KEYS.length];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = words.get(COLUMN_KEYS[i]);
        }
        return columns;
    }

    private static void fill(PdfDoc pdf, PeriodSummary summary, ReportText words) throws IOException {
        pdf.title(words.get("summary.title"));
        pdf.field(words.get("summary.sessions"), FilterText.describe(summary.filter(), summary.zone(), words));
        if (!summary.series().isEmpty()) {
            boolean weeks = summary.granularity() == PeriodSummary.Granularity.WEEK;
            DateTimeFormatter bucket = DateTimeFormatter.ofPattern(words.get(weeks ? "summary.bucket.week"
                    : "summary.bucket.month"), words.locale());
            pdf.field(words.get("summary.charted"), words.get(weeks ? "summary.charted.weeks" : "summary.charted.months",
                    bucket.format(summary.series().get(0).start()),
                    bucket.format(summary.series().get(summary.series().size() - 1).start()), summary.zone().getId()));
        }
        pdf.field(words.get("summary.shortened"), words.get("summary.shortened.meaning",
                Durations.format(summary.tolerance())));
        pdf.field(words.get("summary.rates"), words.get("summary.rates.meaning"));

        pdf.heading(words.get("summary.all"));
        List<String[]> total = new ArrayList<>();
        total.add(row(words.get("summary.all.row"), summary.total()));
        pdf.table(SHARES, columns(words), total, List.of(false));

        pdf.heading(words.get("summary.overTime"));
        float width = pdf.width();
        float height = width * 0.45f;
        pdf.image(SummaryChart.pdfImage(pdf.document, summary, Math.round(width), Math.round(height), 3, words),
                width,
                height);

        groups(pdf, words, words.get("summary.perTherapist"), words.get("summary.therapist"), summary.byTherapist());
        groups(pdf, words, words.get("summary.perProtocol"), words.get("summary.protocol"), summary.byProtocol());
    }

    private static void groups(PdfDoc pdf, ReportText words, String heading, String first,
                               List<PeriodSummary.Group> groups) throws IOException {
        pdf.heading(heading);
        List<String[]> rows = new ArrayList<>();
        List<Boolean> marked = new ArrayList<>();
        for (PeriodSummary.Group group : groups) {
            rows.add(row(group.name(), group.counts()));
            marked.add(false);
        }
        String[] header = columns(words);
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
