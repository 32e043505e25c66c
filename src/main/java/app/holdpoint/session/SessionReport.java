package app.holdpoint.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import app.holdpoint.protocol.Phase;
import app.holdpoint.protocol.Timeline;

/**
 * What was planned against what was delivered, computed only from the event stream and the timeline it ran
 * (for labels and kinds): the store, the audit screens and the simulation all read a session the same way.
 *
 * @param rows         every run of every phase, in order, then phases never reached
 * @param endReason    the reason given when ended early, else ""
 * @param totalPlanned the timeline's nominal total
 * @param totalActual  active time of all runs, pauses excluded
 * @param totalPaused  time spent paused
 * @param length       from start to the end (or to the last event of an unfinished session), pauses included
 */
public record SessionReport(
        Timeline timeline,
        Outcome outcome,
        List<PhaseRow> rows,
        String endReason,
        Duration totalPlanned,
        Duration totalActual,
        Duration totalPaused,
        Duration length,
        Duration tolerance) {

    public enum Outcome { NOT_STARTED, IN_PROGRESS, COMPLETED, ENDED_EARLY }

    public SessionReport {
        rows = List.copyOf(rows);
    }

    /**
     * @param tolerance how far below plan a phase may end before it counts as SHORTENED
     * @throws IllegalArgumentException when the events do not belong to this timeline or are out of order
     */
    public static SessionReport from(Timeline timeline, List<SessionEvent> events, Duration tolerance) {
        EventReplay replay = EventReplay.of(timeline, events);
        Outcome outcome = replay.finish == EventType.SESSION_COMPLETED ? Outcome.COMPLETED
                : replay.finish == EventType.SESSION_ENDED_EARLY ? Outcome.ENDED_EARLY
                : replay.started ? Outcome.IN_PROGRESS : Outcome.NOT_STARTED;
        List<PhaseRow> rows = new ArrayList<>();
        Map<Integer, Integer> runsOfPhase = new HashMap<>();
        Set<Integer> reached = new HashSet<>();
        long actual = 0;
        long paused = 0;
        for (EventReplay.Run run : replay.runs) {
            Phase phase = timeline.phase(run.phase);
            long activeNanos = run.endedBy != null ? run.actualMillis * 1_000_000L
                    : replay.lastOffset - run.startOffset - run.pausedNanos
                    - (run.paused() ? replay.lastOffset - run.pauseStart : 0);
            long pausedNanos = run.pausedNanos + (run.paused() ? replay.lastOffset - run.pauseStart : 0);
            Duration active = Duration.ofMillis(Math.floorDiv(activeNanos, 1_000_000L));
            Duration planned = phase.timing().nominal();
            rows.add(new PhaseRow(phase, runsOfPhase.merge(run.phase, 1, Integer::sum),
                    Duration.ofNanos(run.startOffset - replay.startOffset), planned, active,
                    Optional.ofNullable(run.endedBy), Duration.ofSeconds(run.extendedSeconds),
                    Duration.ofNanos(pausedNanos), run.value, deviations(run, planned, active, tolerance)));
            reached.add(run.phase);
            actual += active.toNanos();
            paused += pausedNanos;
        }
        if (outcome == Outcome.ENDED_EARLY) {
            for (Phase phase : timeline.phases()) {
                if (!reached.contains(phase.index())) {
                    rows.add(new PhaseRow(phase, 0, Duration.ZERO, phase.timing().nominal(), Duration.ZERO,
                            Optional.empty(), Duration.ZERO, Duration.ZERO, OptionalInt.empty(),
                            EnumSet.of(Deviation.NOT_REACHED)));
                }
            }
        }
        long end = replay.finishOffset >= 0 ? replay.finishOffset : replay.lastOffset;
        return new SessionReport(timeline, outcome, rows, replay.endReason, timeline.totalPlanned(),
                Duration.ofNanos(actual), Duration.ofNanos(paused),
                Duration.ofNanos(replay.started ? end - replay.startOffset : 0), tolerance);
    }

    private static Set<Deviation> deviations(EventReplay.Run run, Duration planned, Duration actual,
                                             Duration tolerance) {
        Set<Deviation> found = EnumSet.noneOf(Deviation.class);
        if (run.extendedSeconds > 0) {
            found.add(Deviation.EXTENDED);
        }
        if (run.endedBy == null) {
            return found;
        }
        switch (run.endedBy) {
            case SKIP -> found.add(Deviation.SKIPPED);
            case CAP -> found.add(Deviation.CAPPED);
            case BACK -> found.add(Deviation.REPEATED);
            default -> {
            }
        }
        if (run.endedBy != EndedBy.BACK && actual.compareTo(planned.minus(tolerance)) < 0) {
            found.add(Deviation.SHORTENED);
        }
        return found;
    }

    /** The session-level deviations: ENDED_EARLY, or none. */
    public Set<Deviation> sessionDeviations() {
        return outcome == Outcome.ENDED_EARLY ? EnumSet.of(Deviation.ENDED_EARLY) : EnumSet.noneOf(Deviation.class);
    }

    /** Rows with at least one deviation, in order. */
    public List<PhaseRow> deviatingRows() {
        return rows.stream().filter(row -> !row.deviations().isEmpty()).toList();
    }

    public boolean hasDeviations() {
        return !sessionDeviations().isEmpty() || !deviatingRows().isEmpty();
    }
}
