package app.holdpoint.audit;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import app.holdpoint.protocol.Durations;
import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.session.PhaseRow;
import app.holdpoint.session.SessionEvent;
import app.holdpoint.session.SessionReport;
import app.holdpoint.store.Addendum;
import app.holdpoint.store.SessionRecord;

/**
 * {@code audit show}: one session as text, header, phase by phase, every event, every addendum, in the report's
 * language. What the record holds as written (names, protocol words, event types and details, notes) is printed as
 * it is; the words around it come from {@link ReportText}.
 */
public final class SessionDetailText {
    /** The header's labels, in the order they are printed; their column is as wide as the longest. */
    private static final String[] LABELS = {"show.label.therapist", "show.label.protocol", "show.label.kiosk",
        "show.label.started", "show.label.pain", "show.label.screening", "show.label.override",
        "show.label.precaution", "show.label.treated", "show.label.nextTime", "show.label.consent",
        "show.label.note", "show.label.signed", "show.label.totals", "show.label.seal"};

    private final DateTimeFormatter time;
    private final ZoneId zone;
    private final ReportText words;
    private final String labelColumn;

    /** In English. */
    public SessionDetailText(ZoneId zone) {
        this(zone, ReportText.ENGLISH);
    }

    public SessionDetailText(ZoneId zone, ReportText words) {
        this.time = WallTimes.withOffset(zone);
        this.zone = zone;
        this.words = words;
        int width = Arrays.stream(LABELS).mapToInt(key -> words.get(key).length()).max().orElse(10);
        this.labelColumn = "  %-" + width + "s ";
    }

    public void print(SessionDetail detail, PrintWriter out) {
        print(detail, Optional.empty(), out);
    }

    /**
     * @param clockNotice the store's notice that this session starts before the previous seal
     *                    ({@link app.holdpoint.store.AuditReader#clockNotice}), if any
     */
    public void print(SessionDetail detail, Optional<String> clockNotice, PrintWriter out) {
        header(detail.session(), out);
        out.println();
        out.println(words.get("show.phases"));
        if (detail.report().isPresent()) {
            phases(detail.report().get(), out);
        } else {
            out.println("  " + words.get("show.notAvailable", detail.reportProblem(words)));
        }
        out.println();
        out.println(words.get("show.events", Integer.toString(detail.events().size())));
        for (SessionEvent e : detail.events()) {
            out.printf("  %4d  +%-9s %s  %-21s %5s  %s%s%n", e.sequence(),
                    Durations.clock(Duration.ofNanos(e.offsetNanos())), time.format(e.wallTime()), e.type(),
                    e.phase() >= 0 ? "#" + e.phase() : "",
                    e.endedBy() == null ? "" : words.get("show.eventBy", e.endedBy().toString()) + " ",
                    e.detail().isEmpty() ? "" : "\"" + e.detail() + "\"");
        }
        for (String note : ClockNotes.lines(detail.events(), clockNotice, zone, words)) {
            out.println("  " + words.get("show.clockNote", note));
        }
        out.println();
        out.println(words.get("show.addenda", Integer.toString(detail.addenda().size())));
        for (Addendum a : detail.addenda()) {
            out.println("  " + time.format(a.createdAt()) + "  " + a.author() + ": " + a.text());
            out.println("        " + words.get("show.addendumHash", a.hash()));
        }
        out.flush();
    }

    /** One header line: the label in its column, then the value. */
    private void line(PrintWriter out, String label, String value) {
        out.println(String.format(labelColumn, words.get(label)) + value);
    }

    private void header(SessionRecord s, PrintWriter out) {
        String status = words.get("status." + s.status().name());
        out.println(words.get("show.session", Long.toString(s.id()),
                words.get(s.sealed() ? "session.status.sealed" : "session.status.open", status)));
        line(out, "show.label.therapist", s.therapist() + "    " + words.get("show.client", s.clientRef())
                + s.side().map(side -> "    " + words.get("show.side", words.get("side." + side.name()))).orElse(""));
        line(out, "show.label.protocol", words.get("show.protocol", s.protocolId(),
                Integer.toString(s.protocolVersion()), s.protocolSha256()));
        line(out, "show.label.kiosk", s.kioskId());
        line(out, "show.label.started", time.format(s.startedAt())
                + s.endedAt().map(end -> "    " + words.get("show.ended", time.format(end))).orElse(""));
        line(out, "show.label.pain", (s.painBefore().isPresent() ? s.painBefore().getAsInt() : "-") + " -> "
                + (s.painAfter().isPresent() ? s.painAfter().getAsInt() : "-"));
        line(out, "show.label.screening", s.screening().isEmpty() ? words.get("show.none") : s.screening().stream()
                .map(a -> a.questionId() + ": " + words.get(a.answer() ? "show.yes" : "show.no")
                        + (a.carriedFromSession().isPresent() ? " " + words.get("show.carried",
                        Long.toString(a.carriedFromSession().getAsLong())) : ""))
                .collect(Collectors.joining(", ")));
        s.overrideReason().ifPresent(reason -> line(out, "show.label.override", s.overriddenStop()
                .map(kind -> words.get(switch (kind) {
                    case RELATIVE -> "show.stop.relative";
                    case ABSOLUTE -> "show.stop.absolute";
                }) + " ").orElse("") + words.get("show.overrideBy", s.overrideBy().orElse("?"), reason)));
        s.precautions().forEach(precaution -> line(out, "show.label.precaution", precaution));
        s.triggerPoints().ifPresent(points -> {
            line(out, "show.label.treated", points.treated().isEmpty() ? words.get("show.none")
                    : String.join(", ", points.treated()));
            if (!points.leftForNextTime().isEmpty()) {
                line(out, "show.label.nextTime", String.join(", ", points.leftForNextTime()));
            }
        });
        line(out, "show.label.consent", words.get(s.consent() ? "session.consent.given" : "session.consent.missing"));
        s.note().ifPresent(note -> line(out, "show.label.note", note));
        line(out, "show.label.signed", s.signedBy().map(who -> words.get("show.signedAt", who,
                s.signedAt().map(time::format).orElse("?"))).orElse(words.get("show.no")));
        s.summary().ifPresent(sum -> line(out, "show.label.totals", words.get("show.totals",
                Durations.format(Duration.ofMillis(sum.plannedMillis())),
                Durations.format(Duration.ofMillis(sum.actualMillis())), Integer.toString(sum.skipped()),
                Integer.toString(sum.shortened()), Integer.toString(sum.extended()), Integer.toString(sum.capped()))));
        s.sealHash().ifPresent(hash -> line(out, "show.label.seal", hash));
    }

    private void phases(SessionReport report, PrintWriter out) {
        // The columns of the kind and the end are as wide as their longest word (English: NEEDLES OUT, 13).
        int kindWidth = Stream.of(PhaseKind.values()).mapToInt(k -> words.get("phase." + k.name()).length()).max()
                .orElse(11);
        int endWidth = Math.max(13, words.get("show.column.endedBy").length());
        String format = "  %4s  %-" + kindWidth + "s %-28s %-7s %8s %8s  %-" + endWidth + "s %s%n";
        out.printf(format, "#", words.get("show.column.phase"), words.get("show.column.label"),
                words.get("show.column.side"), words.get("show.column.planned"), words.get("show.column.actual"),
                words.get("show.column.endedBy"), words.get("show.column.deviations"));
        for (PhaseRow row : report.rows()) {
            String label = row.phase().label() + (row.phase().cycles() > 1
                    ? " " + row.phase().cycle() + "/" + row.phase().cycles() : "")
                    + (row.run() > 1 ? " " + words.get("show.run", Integer.toString(row.run())) : "");
            out.printf(format, Integer.toString(row.phase().index()), words.get("phase." + row.phase().kind().name()),
                    label.length() > 28 ? label.substring(0, 27) + "~" : label,
                    row.phase().side().map(side -> words.get("side." + side.name())).orElse(""),
                    Durations.format(row.planned()), Durations.format(row.actual()),
                    row.endedBy().map(by -> words.get("endedBy." + by.name())).orElse("-"),
                    row.deviations().stream().sorted().map(d -> words.get("deviation." + d.name()))
                            .collect(Collectors.joining(words.get("deviation.separator"))));
        }
        out.println("  " + words.get("show.total", Durations.format(report.totalPlanned()),
                Durations.format(report.totalActual()), Durations.format(report.totalPaused()),
                words.get("show.outcome." + report.outcome().name()))
                + Optional.of(report.endReason()).filter(r -> !r.isEmpty()).map(r -> " (\"" + r + "\")").orElse(""));
    }
}
