package app.holdpoint.audit;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.stream.Collectors;

import app.holdpoint.protocol.Durations;
import app.holdpoint.session.Deviation;
import app.holdpoint.session.PhaseRow;
import app.holdpoint.session.SessionEvent;
import app.holdpoint.session.SessionReport;
import app.holdpoint.store.Addendum;
import app.holdpoint.store.SessionRecord;

/** {@code audit show}: one session as text, header, phase by phase, every event, every addendum. */
public final class SessionDetailText {
    private final DateTimeFormatter time;
    private final ZoneId zone;

    public SessionDetailText(ZoneId zone) {
        this.time = WallTimes.withOffset(zone);
        this.zone = zone;
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
        out.println("Phases, planned vs actual:");
        if (detail.report().isPresent()) {
            phases(detail.report().get(), out);
        } else {
            out.println("  (not available: " + detail.reportProblem() + ")");
        }
        out.println();
        out.println("Events (" + detail.events().size() + "):");
        for (SessionEvent e : detail.events()) {
            out.printf("  %4d  +%-9s %s  %-21s %5s  %s%s%n", e.sequence(),
                    Durations.clock(Duration.ofNanos(e.offsetNanos())), time.format(e.wallTime()), e.type(),
                    e.phase() >= 0 ? "#" + e.phase() : "", e.endedBy() == null ? "" : "by " + e.endedBy() + " ",
                    e.detail().isEmpty() ? "" : "\"" + e.detail() + "\"");
        }
        for (String note : ClockNotes.lines(detail.events(), clockNotice, zone)) {
            out.println("  note: " + note);
        }
        out.println();
        out.println("Addenda (" + detail.addenda().size() + "):");
        for (Addendum a : detail.addenda()) {
            out.println("  " + time.format(a.createdAt()) + "  " + a.author() + ": " + a.text());
            out.println("        hash " + a.hash());
        }
        out.flush();
    }

    private void header(SessionRecord s, PrintWriter out) {
        out.println("Session " + s.id() + ": " + s.status().word() + (s.sealed() ? ", sealed" : ", OPEN (not sealed)"));
        out.println("  therapist  " + s.therapist() + "    client " + s.clientRef()
                + s.side().map(side -> "    side " + side.word()).orElse(""));
        out.println("  protocol   " + s.protocolId() + " v" + s.protocolVersion() + "    sha256 " + s.protocolSha256());
        out.println("  kiosk      " + s.kioskId());
        out.println("  started    " + time.format(s.startedAt())
                + s.endedAt().map(end -> "    ended " + time.format(end)).orElse(""));
        out.println("  pain       " + (s.painBefore().isPresent() ? s.painBefore().getAsInt() : "-") + " -> "
                + (s.painAfter().isPresent() ? s.painAfter().getAsInt() : "-"));
        out.println("  screening  " + (s.screening().isEmpty() ? "none" : s.screening().stream()
                .map(a -> a.questionId() + ": " + (a.answer() ? "yes" : "no")
                        + (a.carriedFromSession().isPresent()
                        ? " (carried over from session " + a.carriedFromSession().getAsLong() + ")" : ""))
                .collect(Collectors.joining(", "))));
        s.overrideReason().ifPresent(reason -> out.println("  override   " + s.overriddenStop()
                .map(kind -> kind.word() + " stop ").orElse("") + "by " + s.overrideBy().orElse("?") + ": " + reason));
        s.precautions().forEach(line -> out.println("  precaution " + line));
        s.triggerPoints().ifPresent(points -> {
            out.println("  treated    " + (points.treated().isEmpty() ? "none" : String.join(", ", points.treated())));
            if (!points.leftForNextTime().isEmpty()) {
                out.println("  next time  " + String.join(", ", points.leftForNextTime()));
            }
        });
        out.println("  consent    " + (s.consent() ? "given" : "not recorded"));
        s.note().ifPresent(note -> out.println("  note       " + note));
        out.println("  signed     " + s.signedBy().map(who -> who + " at " + s.signedAt().map(time::format).orElse("?"))
                .orElse("no"));
        s.summary().ifPresent(sum -> out.println("  totals     planned " + Durations.format(Duration.ofMillis(
                sum.plannedMillis())) + ", actual " + Durations.format(Duration.ofMillis(sum.actualMillis()))
                + "; skipped " + sum.skipped() + ", shortened " + sum.shortened() + ", extended " + sum.extended()
                + ", capped " + sum.capped()));
        s.sealHash().ifPresent(hash -> out.println("  seal       " + hash));
    }

    private static void phases(SessionReport report, PrintWriter out) {
        out.printf("  %4s  %-11s %-28s %-7s %8s %8s  %-13s %s%n", "#", "PHASE", "LABEL", "SIDE", "PLANNED", "ACTUAL",
                "ENDED BY", "DEVIATIONS");
        for (PhaseRow row : report.rows()) {
            String label = row.phase().label() + (row.phase().cycles() > 1
                    ? " " + row.phase().cycle() + "/" + row.phase().cycles() : "")
                    + (row.run() > 1 ? " (run " + row.run() + ")" : "");
            out.printf("  %4d  %-11s %-28s %-7s %8s %8s  %-13s %s%n", row.phase().index(), row.phase().kind().word(),
                    label.length() > 28 ? label.substring(0, 27) + "~" : label,
                    row.phase().side().map(side -> side.word()).orElse(""), Durations.format(row.planned()),
                    Durations.format(row.actual()), row.endedBy().map(Enum::name).orElse("-"),
                    row.deviations().stream().sorted().map(Deviation::name).collect(Collectors.joining(" ")));
        }
        out.println("  total planned " + Durations.format(report.totalPlanned()) + ", actual "
                + Durations.format(report.totalActual()) + ", paused " + Durations.format(report.totalPaused())
                + "; outcome " + report.outcome()
                + Optional.of(report.endReason()).filter(r -> !r.isEmpty()).map(r -> " (\"" + r + "\")").orElse(""));
    }
}
