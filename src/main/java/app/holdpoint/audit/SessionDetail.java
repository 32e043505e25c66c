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
 * @param report        empty when the stored protocol text no longer reads with today's catalog
 * @param reportProblem why the report is missing, else ""
 */
public record SessionDetail(SessionRecord session, ProtocolVersion protocol, Optional<SessionReport> report,
                            String reportProblem, List<SessionEvent> events, List<Addendum> addenda) {

    public SessionDetail {
        events = List.copyOf(events);
        addenda = List.copyOf(addenda);
    }

    public static Optional<SessionDetail> load(AuditReader store, Catalog catalog, long id, Duration tolerance) {
        return new SessionDetailLoader(store, catalog, tolerance).load(id);
    }

    /** Rebuilds the report from a protocol text already read (see {@link SessionDetailLoader}, which caches it). */
    static SessionDetail of(AuditReader store, SessionRecord session, ProtocolVersion protocol,
                            ProtocolReader.Result read, Duration tolerance) {
        List<SessionEvent> events = store.events(session.id());
        Optional<SessionReport> report = Optional.empty();
        String problem = "";
        if (read.protocol().isPresent()) {
            try {
                report = Optional.of(SessionReport.from(timeline(read.protocol().get(), session), events, tolerance));
            } catch (IllegalArgumentException e) {
                problem = "the events do not fit the protocol's timeline: " + e.getMessage();
            }
        } else {
            problem = "the stored protocol text does not read with today's catalog: " + read.problems().stream()
                    .filter(Problem::isError).findFirst().map(Problem::toString).orElse("unknown problem");
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
