package app.holdpoint.audit.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import app.holdpoint.audit.SessionDetail;
import app.holdpoint.audit.SessionIntegrity;
import app.holdpoint.protocol.Durations;
import app.holdpoint.protocol.ScreeningQuestion;
import app.holdpoint.session.Deviation;
import app.holdpoint.session.PhaseRow;
import app.holdpoint.session.SessionReport;
import app.holdpoint.store.Addendum;
import app.holdpoint.store.NewSession;
import app.holdpoint.store.SessionRecord;

/**
 * A session report a clinic can file: header, screening and consent, pain, the planned-versus-actual table with
 * deviations marked, the deviation list, addenda, the signature, the seal hash and what verify says. Deviations
 * follow the tolerance the {@link SessionDetail} was loaded with.
 */
public final class SessionReportPdf {
    private static final String[] TIMELINE = {"#", "Phase", "Label", "Side", "Planned", "Actual", "Ended by",
        "Deviations"};
    private static final float[] TIMELINE_SHARES = {4, 11, 29, 6, 8, 8, 10, 24};

    private final DateTimeFormatter time;

    private SessionReportPdf(ZoneId zone) {
        this.time = app.holdpoint.audit.WallTimes.withOffset(zone);
    }

    /**
     * @param integrity what verify found for this session; empty when it was not run
     * @throws ExportException when the file cannot be written (none is left behind)
     */
    public static void write(SessionDetail detail, Optional<SessionIntegrity> integrity, ZoneId zone, Path out) {
        SessionReportPdf report = new SessionReportPdf(zone);
        ExportFile.write(out, stream -> {
            try (PdfDoc pdf = new PdfDoc("Holdpoint session " + detail.session().id() + ", "
                    + detail.session().protocolId() + ", client " + detail.session().clientRef())) {
                report.fill(pdf, detail, integrity);
                pdf.save(stream);
            }
        });
    }

    private void fill(PdfDoc pdf, SessionDetail detail, Optional<SessionIntegrity> integrity) throws IOException {
        SessionRecord s = detail.session();
        pdf.title("Session report: session " + s.id());
        pdf.field("Clinic kiosk", s.kioskId());
        pdf.field("Session", Long.toString(s.id()));
        pdf.field("Therapist", s.therapist());
        pdf.field("Protocol", s.protocolId() + " version " + s.protocolVersion());
        pdf.field("Protocol SHA-256", s.protocolSha256());
        pdf.field("Client reference", s.clientRef());
        pdf.field("Side", s.side().map(side -> side.word()).orElse("-"));
        pdf.field("Started", time.format(s.startedAt()));
        pdf.field("Ended", s.endedAt().map(time::format).orElse("-"));
        pdf.field("Status", s.status().word() + (s.sealed() ? ", sealed" : ", OPEN (not sealed)"));

        pdf.heading("Screening and consent");
        Map<String, String> questions = questionTexts(detail);
        if (s.screening().isEmpty()) {
            pdf.field("Screening", "no questions");
        }
        for (NewSession.ScreeningAnswer answer : s.screening()) {
            pdf.field(answer.questionId(), questions.getOrDefault(answer.questionId(), "") + " "
                    + (answer.answer() ? "Yes" : "No"));
        }
        pdf.field("Override", s.overrideReason().map(reason -> "by " + s.overrideBy().orElse("?") + ": " + reason)
                .orElse("none"));
        pdf.field("Consent", s.consent() ? "given" : "not recorded");

        pdf.heading("Pain");
        pdf.field("Before", s.painBefore().isPresent() ? s.painBefore().getAsInt() + " / 10" : "not rated");
        pdf.field("After", s.painAfter().isPresent() ? s.painAfter().getAsInt() + " / 10" : "not rated");

        pdf.heading("Planned against actual");
        if (detail.report().isPresent()) {
            timeline(pdf, detail.report().get());
        } else {
            pdf.paragraph("Not available: " + detail.reportProblem());
        }

        pdf.heading("Deviations");
        if (detail.report().isPresent()) {
            List<String> lines = deviationLines(detail.report().get());
            if (lines.isEmpty()) {
                pdf.paragraph("None (a phase counts as shortened when it ends more than "
                        + Durations.format(detail.report().get().tolerance()) + " before its planned time).");
            }
            for (String line : lines) {
                pdf.paragraph("- " + line);
            }
        } else {
            pdf.paragraph("Not available (see above).");
        }
        if (s.note().isPresent()) {
            pdf.heading("Note");
            pdf.paragraph(s.note().get());
        }

        pdf.heading("Addenda");
        if (detail.addenda().isEmpty()) {
            pdf.paragraph("None.");
        }
        for (Addendum a : detail.addenda()) {
            pdf.paragraph(time.format(a.createdAt()) + ", " + a.author() + ":", pdf.bold);
            pdf.paragraph(a.text());
            pdf.paragraph("Addendum hash " + a.hash());
            pdf.space(4);
        }

        pdf.heading("Signature and record");
        pdf.field("Signed by", s.signedBy().orElse(s.sealed() ? "sealed without a signature" : "not signed"));
        pdf.field("Signed at", s.signedAt().map(time::format).orElse("-"));
        pdf.field("Seal hash", s.sealHash().orElse("not sealed"));
        pdf.field("Integrity", integrity.map(SessionIntegrity::line).orElse("not checked for this report"));
        pdf.signatureLine("Reviewed by (name, signature, date)");
    }

    private void timeline(PdfDoc pdf, SessionReport report) throws IOException {
        List<String[]> rows = new ArrayList<>();
        List<Boolean> marked = new ArrayList<>();
        for (PhaseRow row : report.rows()) {
            String label = row.phase().label() + (row.phase().cycles() > 1
                    ? " " + row.phase().cycle() + "/" + row.phase().cycles() : "")
                    + (row.run() > 1 ? " (run " + row.run() + ")" : "")
                    + row.phase().muscle().map(m -> ", " + m).orElse("");
            rows.add(new String[] {Integer.toString(row.phase().index() + 1), row.phase().kind().word(), label,
                row.phase().side().map(side -> side.word()).orElse(""), Durations.format(row.planned()),
                row.endedBy().isEmpty() && row.run() == 0 ? "-" : Durations.format(row.actual()),
                row.endedBy().map(Enum::name).orElse("-"), deviationWords(row)});
            marked.add(!row.deviations().isEmpty());
        }
        pdf.table(TIMELINE_SHARES, TIMELINE, rows, marked);
        pdf.paragraph("Total planned " + Durations.format(report.totalPlanned()) + ", actual "
                + Durations.format(report.totalActual()) + ", paused " + Durations.format(report.totalPaused())
                + ". Outcome: " + report.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + ". Shaded rows deviate; tolerance for shortened: " + Durations.format(report.tolerance()) + ".");
    }

    private static String deviationWords(PhaseRow row) {
        String words = row.deviations().stream().sorted().map(Deviation::name).collect(Collectors.joining(" "));
        return row.paused().isZero() ? words : (words + " paused " + Durations.format(row.paused())).strip();
    }

    /** One line per deviating run, then ended early with its reason, then paused time. */
    static List<String> deviationLines(SessionReport report) {
        List<String> lines = new ArrayList<>();
        List<Integer> notReached = new ArrayList<>();
        for (PhaseRow row : report.rows()) {
            if (row.has(Deviation.NOT_REACHED)) {
                notReached.add(row.phase().index() + 1);
                continue;
            }
            if (row.deviations().isEmpty()) {
                continue;
            }
            String what = row.deviations().stream().sorted().map(Deviation::name).collect(Collectors.joining(", "));
            lines.add("Phase " + (row.phase().index() + 1) + " " + row.phase().kind().word() + " \""
                    + row.phase().label() + "\"" + (row.run() > 1 ? " run " + row.run() : "") + ": " + what
                    + " (planned " + Durations.format(row.planned()) + ", actual " + Durations.format(row.actual())
                    + (row.extended().isZero() ? "" : ", extended by " + Durations.format(row.extended())) + ")");
        }
        if (!notReached.isEmpty()) {
            lines.add("NOT_REACHED: " + (notReached.size() == 1 ? "phase " + notReached.get(0)
                    : notReached.size() + " phases (" + ranges(notReached) + ")") + " never ran");
        }
        if (report.outcome() == SessionReport.Outcome.ENDED_EARLY) {
            lines.add("ENDED_EARLY: " + (report.endReason().isBlank() ? "no reason recorded"
                    : "reason \"" + report.endReason() + "\""));
        }
        if (!report.totalPaused().isZero()) {
            lines.add("Paused " + Durations.format(report.totalPaused()) + " in total" + report.rows().stream()
                    .filter(row -> !row.paused().isZero())
                    .map(row -> "phase " + (row.phase().index() + 1) + " " + Durations.format(row.paused()))
                    .collect(Collectors.joining(", ", " (", ")")));
        }
        return lines;
    }

    /** 3, 4, 5, 9 → "3 to 5, 9". */
    static String ranges(List<Integer> numbers) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < numbers.size()) {
            int j = i;
            while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                j++;
            }
            parts.add(i == j ? "" + numbers.get(i) : numbers.get(i) + " to " + numbers.get(j));
            i = j + 1;
        }
        return String.join(", ", parts);
    }

    private static Map<String, String> questionTexts(SessionDetail detail) {
        return detail.report().map(r -> r.timeline().protocol().screening().stream()
                .collect(Collectors.toMap(ScreeningQuestion::id, ScreeningQuestion::text, (a, b) -> a)))
                .orElse(Map.of());
    }
}
