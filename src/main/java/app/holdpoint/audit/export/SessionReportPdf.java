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

import app.holdpoint.audit.ReportText;
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
import app.holdpoint.audit.WallTimes;
import java.util.OptionalInt;

/**
 * A session report a clinic can file: header, screening and consent, pain, the planned-versus-actual table with
 * deviations marked, the deviation list, addenda, the signature, the seal hash and what verify says. Deviations
 * follow the tolerance the {@link SessionDetail} was loaded with.
 */
public final class SessionReportPdf {
    private static final String[] TIMELINE = {"timeline.number", "timeline.phase", "timeline.label", "timeline.side",
        "timeline.planned", "timeline.actual", "timeline.endedBy", "timeline.deviations"};
    private static final float[] TIMELINE_SHARES = {4, 11, 29, 6, 8, 8, 10, 24};

    private final DateTimeFormatter time;
    private final ReportText words;

    private SessionReportPdf(ZoneId zone, ReportText words) {
        this.time = WallTimes.withOffset(zone);
        this.words = words;
    }

    /** The report in English. */
    public static void write(SessionDetail detail, Optional<SessionIntegrity> integrity, ZoneId zone, Path out) {
        write(detail, integrity, zone, out, ReportText.ENGLISH);
    }

    /**
     * @param integrity what verify found for this session; empty when it was not run
     * @param words     the report's language (the protocol's own words stay as recorded)
     * @throws ExportException when the file cannot be written (none is left behind)
     */
    public static void write(SessionDetail detail, Optional<SessionIntegrity> integrity, ZoneId zone, Path out,
                             ReportText words) {
        SessionReportPdf report = new SessionReportPdf(zone, words);
        ExportFile.write(out, stream -> {
            try (PdfDoc pdf = new PdfDoc(words.get("session.footer", Long.toString(detail.session().id()),
                    detail.session().protocolId(), detail.session().clientRef()), words)) {
                report.fill(pdf, detail, integrity);
                pdf.save(stream);
            }
        }, words);
    }

    private void fill(PdfDoc pdf, SessionDetail detail, Optional<SessionIntegrity> integrity) throws IOException {
        SessionRecord s = detail.session();
        String none = words.get("none");
        pdf.title(words.get("session.title", Long.toString(s.id())));
        pdf.field(words.get("session.kiosk"), s.kioskId());
        pdf.field(words.get("session.session"), Long.toString(s.id()));
        pdf.field(words.get("session.therapist"), s.therapist());
        pdf.field(words.get("session.protocol"), words.get("session.protocol.version", s.protocolId(),
                Integer.toString(s.protocolVersion())));
        pdf.field(words.get("session.protocolSha256"), s.protocolSha256());
        pdf.field(words.get("session.client"), s.clientRef());
        pdf.field(words.get("session.side"), s.side().map(side -> words.get("side." + side.name())).orElse(none));
        pdf.field(words.get("session.started"), time.format(s.startedAt()));
        pdf.field(words.get("session.ended"), s.endedAt().map(time::format).orElse(none));
        pdf.field(words.get("session.status"), words.get(s.sealed() ? "session.status.sealed" : "session.status.open",
                words.get("status." + s.status().name())));

        pdf.heading(words.get("session.screening"));
        Map<String, String> questions = questionTexts(detail);
        if (s.screening().isEmpty()) {
            pdf.field(words.get("session.screening.field"), words.get("session.screening.none"));
        }
        for (NewSession.ScreeningAnswer answer : s.screening()) {
            pdf.field(answer.questionId(), questions.getOrDefault(answer.questionId(), "") + " "
                    + words.get(answer.answer() ? "yes" : "no"));
        }
        pdf.field(words.get("session.override"), s.overrideReason().map(reason -> words.get("session.override.by",
                s.overrideBy().orElse("?"), reason)).orElse(words.get("session.override.none")));
        pdf.field(words.get("session.consent"), words.get(s.consent() ? "session.consent.given"
                : "session.consent.missing"));

        pdf.heading(words.get("session.pain"));
        pdf.field(words.get("session.pain.before"), pain(s.painBefore()));
        pdf.field(words.get("session.pain.after"), pain(s.painAfter()));

        pdf.heading(words.get("session.timeline"));
        if (detail.report().isPresent()) {
            timeline(pdf, detail.report().get());
        } else {
            pdf.paragraph(words.get("session.timeline.missing", detail.reportProblem(words)));
        }

        pdf.heading(words.get("session.deviations"));
        if (detail.report().isPresent()) {
            List<String> lines = deviationLines(detail.report().get(), words);
            if (lines.isEmpty()) {
                pdf.paragraph(words.get("session.deviations.none",
                        Durations.format(detail.report().get().tolerance())));
            }
            for (String line : lines) {
                pdf.paragraph("- " + line);
            }
        } else {
            pdf.paragraph(words.get("session.deviations.missing"));
        }
        if (s.note().isPresent()) {
            pdf.heading(words.get("session.note"));
            pdf.paragraph(s.note().get());
        }

        pdf.heading(words.get("session.addenda"));
        if (detail.addenda().isEmpty()) {
            pdf.paragraph(words.get("session.addenda.none"));
        }
        for (Addendum a : detail.addenda()) {
            pdf.paragraph(words.get("session.addendum.by", time.format(a.createdAt()), a.author()), pdf.bold);
            pdf.paragraph(a.text());
            pdf.paragraph(words.get("session.addendum.hash", a.hash()));
            pdf.space(4);
        }

        pdf.heading(words.get("session.signature"));
        pdf.field(words.get("session.signedBy"), s.signedBy().orElse(words.get(s.sealed()
                ? "session.signedBy.sealedUnsigned" : "session.signedBy.none")));
        pdf.field(words.get("session.signedAt"), s.signedAt().map(time::format).orElse(none));
        pdf.field(words.get("session.sealHash"), s.sealHash().orElse(words.get("session.sealHash.none")));
        pdf.field(words.get("session.integrity"), integrity.map(i -> i.line(words))
                .orElse(words.get("session.integrity.none")));
        pdf.signatureLine(words.get("session.reviewedBy"));
    }

    private String pain(OptionalInt score) {
        return score.isPresent() ? words.get("session.pain.score", Integer.toString(score.getAsInt()))
                : words.get("session.pain.none");
    }

    private void timeline(PdfDoc pdf, SessionReport report) throws IOException {
        List<String[]> rows = new ArrayList<>();
        List<Boolean> marked = new ArrayList<>();
        for (PhaseRow row : report.rows()) {
            String label = row.phase().label() + (row.phase().cycles() > 1
                    ? " " + row.phase().cycle() + "/" + row.phase().cycles() : "")
                    + (row.run() > 1 ? " " + words.get("timeline.run", Integer.toString(row.run())) : "")
                    + row.phase().muscle().map(m -> ", " + m).orElse("");
            rows.add(new String[] {Integer.toString(row.phase().index() + 1),
                words.get("phase." + row.phase().kind().name()), label,
                row.phase().side().map(side -> words.get("side." + side.name())).orElse(""),
                Durations.format(row.planned()),
                row.endedBy().isEmpty() && row.run() == 0 ? words.get("none") : Durations.format(row.actual()),
                row.endedBy().map(by -> words.get("endedBy." + by.name())).orElse(words.get("none")),
                deviationWords(row)});
            marked.add(!row.deviations().isEmpty());
        }
        String[] header = new String[TIMELINE.length];
        for (int i = 0; i < header.length; i++) {
            header[i] = words.get(TIMELINE[i]);
        }
        pdf.table(TIMELINE_SHARES, header, rows, marked);
        pdf.paragraph(words.get("timeline.totals", Durations.format(report.totalPlanned()),
                Durations.format(report.totalActual()), Durations.format(report.totalPaused()),
                words.get("outcome." + report.outcome().name()), Durations.format(report.tolerance())));
    }

    private String deviationWords(PhaseRow row) {
        String list = row.deviations().stream().sorted().map(d -> words.get("deviation." + d.name()))
                .collect(Collectors.joining(words.get("deviation.separator")));
        return row.paused().isZero() ? list
                : (list + " " + words.get("timeline.paused", Durations.format(row.paused()))).strip();
    }

    /** One line per deviating run, then ended early with its reason, then paused time. */
    static List<String> deviationLines(SessionReport report, ReportText words) {
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
            String what = row.deviations().stream().sorted().map(d -> words.get("deviation." + d.name()))
                    .collect(Collectors.joining(", "));
            lines.add(words.get("deviations.phase", Integer.toString(row.phase().index() + 1),
                    words.get("phase." + row.phase().kind().name()), row.phase().label(),
                    row.run() > 1 ? " " + words.get("deviations.run", Integer.toString(row.run())) : "", what,
                    Durations.format(row.planned()), Durations.format(row.actual()),
                    row.extended().isZero() ? "" : words.get("deviations.extended",
                            Durations.format(row.extended()))));
        }
        if (!notReached.isEmpty()) {
            lines.add(words.get("deviations.notReached", notReached.size() == 1
                    ? words.get("deviations.notReached.one", Integer.toString(notReached.get(0)))
                    : words.get("deviations.notReached.many", Integer.toString(notReached.size()),
                            ranges(notReached, words))));
        }
        if (report.outcome() == SessionReport.Outcome.ENDED_EARLY) {
            lines.add(words.get("deviations.endedEarly", report.endReason().isBlank()
                    ? words.get("deviations.endedEarly.noReason")
                    : words.get("deviations.endedEarly.reason", report.endReason())));
        }
        if (!report.totalPaused().isZero()) {
            lines.add(words.get("deviations.paused", Durations.format(report.totalPaused()))
                    + report.rows().stream().filter(row -> !row.paused().isZero())
                    .map(row -> words.get("deviations.paused.phase", Integer.toString(row.phase().index() + 1),
                            Durations.format(row.paused())))
                    .collect(Collectors.joining(", ", " (", ")")));
        }
        return lines;
    }

    /** 3, 4, 5, 9 → "3 to 5, 9". */
    static String ranges(List<Integer> numbers, ReportText words) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < numbers.size()) {
            int j = i;
            while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                j++;
            }
            parts.add(i == j ? "" + numbers.get(i) : words.get("range", Integer.toString(numbers.get(i)),
                    Integer.toString(numbers.get(j))));
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
