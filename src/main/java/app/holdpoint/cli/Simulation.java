package app.holdpoint.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;


import app.holdpoint.audit.ReportText;
import app.holdpoint.protocol.Durations;
import app.holdpoint.protocol.Phase;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.session.CommandResult;
import app.holdpoint.session.EventSink;
import app.holdpoint.session.PhaseRow;
import app.holdpoint.session.SessionEngine;
import app.holdpoint.session.SessionReport;
import app.holdpoint.session.SessionSnapshot;
import app.holdpoint.session.SessionState;

/**
 * Runs a whole session headless with the real engine, acting as a diligent therapist: confirms every prompt at
 * once (ratings during the session from the options, needle counts as planned) and marks release at each hold's
 * minimum. Each event goes to the sink first and is printed only once the sink returns, i.e. once it is durable.
 */
final class Simulation {
    /** Shorter than planned by more than this counts as shortened in the summary. */
    static final Duration TOLERANCE = Duration.ofSeconds(1);

    private final Timeline timeline;
    private final Pacer pacer;
    private final PrintWriter out;
    private final int painDuring;
    private final SessionEngine engine;
    private final CliText words;
    private final ReportText reportWords;

    /** @param painDuring the answer to every RATE phase (ratings during the session) */
    Simulation(Timeline timeline, Pacer pacer, Clock clock, EventSink sink, PrintWriter out, int painDuring) {
        this(timeline, pacer, clock, sink, out, painDuring, CliText.ENGLISH, ReportText.ENGLISH);
    }

    /** As above, with the summary in the language of {@code words} (outcomes from {@code reportWords}). */
    Simulation(Timeline timeline, Pacer pacer, Clock clock, EventSink sink, PrintWriter out, int painDuring,
               CliText words, ReportText reportWords) {
        this.words = words;
        this.reportWords = reportWords;
        this.timeline = timeline;
        this.pacer = pacer;
        this.out = out;
        this.painDuring = painDuring;
        this.engine = new SessionEngine(timeline, pacer.ticker(), pacer.clock(clock)).onEvent(event -> {
            sink.append(event);
            out.println(EventLines.line(timeline, event, words));
            out.flush();
        });
    }

    SessionReport run() throws InterruptedException {
        insist(engine.start());
        while (!engine.state().isFinal()) {
            OptionalLong wake = engine.poll();
            if (!actIfNeeded() && wake.isPresent()) {
                pacer.waitUntil(wake.getAsLong());
            }
        }
        SessionReport report = SessionReport.from(timeline, engine.events(), TOLERANCE);
        summarise(report);
        return report;
    }

    /** Does what a therapist would do now, if anything; true when it acted. */
    private boolean actIfNeeded() {
        SessionSnapshot now = engine.snapshot();
        if (now.state() == SessionState.AWAITING_CONFIRMATION) {
            Phase phase = now.phase().orElseThrow();
            insist(switch (phase.kind()) {
                case RATE -> engine.confirm(painDuring);
                case NEEDLE, NEEDLES_OUT -> engine.confirm(phase.expectedCount());
                default -> engine.confirm();
            });
            return true;
        }
        if (now.state() == SessionState.RUNNING && now.releaseAllowed()) {
            insist(engine.markRelease());
            return true;
        }
        return false;
    }

    /** A refusal here means the simulation misread the engine: stop rather than loop. */
    private static void insist(CommandResult result) {
        if (result.refused()) {
            throw new IllegalStateException("simulation: " + result.command() + " refused: " + result.reason());
        }
    }

    private void summarise(SessionReport report) {
        out.println();
        String outcome = reportWords.get("outcome." + report.outcome().name());
        out.println(words.get("simulate.summary", outcome, report.endReason().isEmpty() ? ""
                : " (" + report.endReason() + ")", Durations.clock(report.length())));
        out.println(words.get("simulate.times", Durations.format(report.totalPlanned()),
                EventLines.millis(report.totalActual().toMillis()), EventLines.millis(report.totalPaused().toMillis())));
        if (!report.hasDeviations()) {
            out.println(words.get("simulate.noDeviations"));
        } else {
            out.println(words.get("simulate.deviations"));
            report.sessionDeviations().forEach(d -> out.println("  " + words.get("simulate.sessionDeviation",
                    String.valueOf(d))));
            for (PhaseRow row : report.deviatingRows()) {
                out.println(String.format("  %3d %-11s ", row.phase().index(), row.phase().kind().word())
                        + words.get("simulate.deviationRow", row.phase().label(), String.valueOf(row.deviations()),
                        Durations.format(row.planned()), EventLines.millis(row.actual().toMillis())));
            }
        }
        out.flush();
    }
}
