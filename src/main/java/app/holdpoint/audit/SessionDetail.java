package app.holdpoint.audit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.holdpoint.protocol.Catalog;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.protocol.TimelineExpander;
import app.holdpoint.protocol.TriggerPointPlan;
import app.holdpoint.protocol.load.Problem;
import app.holdpoint.protocol.load.ProtocolReader;
import app.holdpoint.session.SessionEvent;
import app.holdpoint.session.SessionReport;
import app.holdpoint.store.Addendum;
import app.holdpoint.store.ProtocolVersion;
import app.holdpoint.store.SessionRecord;
import app.holdpoint.store.AuditReader;

/**
 * Everything an auditor sees of one session: its record, the protocol text as it was run, every event, every
 * addendum, and the planned-versus-actual report rebuilt by the engine's own {@link SessionReport} from the
 * stored text and events (never from today's protocol file).
 *
 * @param report  empty when the stored protocol text no longer reads with today's catalog
 * @param problem why the report is missing, if it is
 */
public record SessionDetail(SessionRecord session, ProtocolVersion protocol, Optional<SessionReport> report,
                            Optional<ReportProblem> problem, List<SessionEvent> events, List<Addendum> addenda) {

    /**
     * Why a session's planned-versus-actual report cannot be rebuilt; the detail is the engine's or the reader's
     * (English), and {@code cause} the reader's problem itself, worded in the report's language when shown.
     */
    public record ReportProblem(Kind kind, String detail, Optional<Problem> cause) {
        public enum Kind {
            /** The events do not fit the timeline the stored protocol text expands to. */
            EVENTS_DO_NOT_FIT,
            /** The stored protocol text does not read with today's catalog; an empty detail: no error named. */
            PROTOCOL_DOES_NOT_READ
        }

        public ReportProblem(Kind kind, String detail) {
            this(kind, detail, Optional.empty());
        }

        /** In the report's language; the engine's detail stays as it wrote it, the reader's problem is worded. */
        public String in(ReportText words) {
            String worded = cause.map(problem -> problem.toString(words.locale())).orElse(detail);
            return switch (kind) {
                case EVENTS_DO_NOT_FIT -> words.get("detail.eventsDoNotFit", detail);
                case PROTOCOL_DOES_NOT_READ -> words.get("detail.protocolDoesNotRead",
                        worded.isEmpty() ? words.get("detail.unknownProblem") : worded);
            };
        }
    }

    public SessionDetail {
        events = List.copyOf(events);
        addenda = List.copyOf(addenda);
    }

    /** Why the report is missing, in English ("" when it is there). */
    public String reportProblem() {
        return reportProblem(ReportText.ENGLISH);
    }

    /** Why the report is missing, in the report's language ("" when it is there). */
    public String reportProblem(ReportText words) {
        return problem.map(p -> p.in(words)).orElse("");
    }

    public static Optional<SessionDetail> load(AuditReader store, Catalog catalog, long id, Duration tolerance) {
        return new SessionDetailLoader(store, catalog, tolerance).load(id);
    }

    /** Rebuilds the report from a protocol text already read (see {@link SessionDetailLoader}, which caches it). */
    static SessionDetail of(AuditReader store, SessionRecord session, ProtocolVersion protocol,
                            ProtocolReader.Result read, Duration tolerance) {
        List<SessionEvent> events = store.events(session.id());
        Optional<SessionReport> report = Optional.empty();
        Optional<ReportProblem> problem = Optional.empty();
        if (read.protocol().isPresent()) {
            try {
                report = Optional.of(SessionReport.from(timeline(read.protocol().get(), session), events, tolerance));
            } catch (IllegalArgumentException e) {
                problem = Optional.of(new ReportProblem(ReportProblem.Kind.EVENTS_DO_NOT_FIT,
                        String.valueOf(e.getMessage())));
            }
        } else {
            Optional<Problem> cause = read.problems().stream().filter(Problem::isError).findFirst();
            problem = Optional.of(new ReportProblem(ReportProblem.Kind.PROTOCOL_DOES_NOT_READ,
                    cause.map(Problem::toString).orElse(""), cause));
        }
        return new SessionDetail(session, protocol, report, problem, events, store.addenda(session.id()));
    }

    /**
     * The timeline the session ran: the same side, screening answers (which gate steps) and trigger-point choice
     * as at the start. Sessions without a recorded choice treated what the protocol's default gives.
     */
    public static Timeline timeline(Protocol protocol, SessionRecord session) {
        Map<String, Boolean> answers = session.answers();
        if (session.triggerPoints().isEmpty()) {
            return TimelineExpander.expand(protocol, session.side(), Optional.of(answers));
        }
        // A protocol that never asks has every target's side written down: the side passed is not used.
        TriggerPointPlan plan = TriggerPointPlan.of(protocol, session.side().orElse(Side.BOTH), answers);
        return TimelineExpander.expand(protocol, session.side(), Optional.of(answers),
                session.triggerPoints().get().choiceIn(plan));
    }
}
