package app.holdpoint.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import app.holdpoint.session.SessionReport;

/** How a session ends: written once, at seal time, and covered by the seal hash. */
public record Closing(SessionStatus status, Instant endedAt, OptionalInt painAfter, Optional<String> note,
                      SealedTotals totals) {

    public Closing {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(endedAt, "endedAt");
        Objects.requireNonNull(totals, "totals");
        if (status == SessionStatus.RUNNING) {
            throw new IllegalArgumentException("a session is sealed as completed, ended early or interrupted");
        }
    }

    /**
     * The closing of a run as its recorded events tell it: the status from {@link #statusOf}, the totals from
     * {@link SealedTotals#of}. Seal a completed or ended-early closing, close an interrupted one as interrupted.
     *
     * @param report the run's report at {@link SealedTotals#TOLERANCE}
     * @param endedAt the wall time of the run's last event
     */
    public static Closing of(SessionReport report, Instant endedAt, OptionalInt painAfter, Optional<String> note) {
        return new Closing(statusOf(report), endedAt, painAfter, note, SealedTotals.of(report));
    }

    /**
     * What a run is sealed as: completed or ended early when its events say it finished so, interrupted when it
     * stopped before finishing (or never started).
     */
    public static SessionStatus statusOf(SessionReport report) {
        return switch (report.outcome()) {
            case COMPLETED -> SessionStatus.COMPLETED;
            case ENDED_EARLY -> SessionStatus.ENDED_EARLY;
            case IN_PROGRESS, NOT_STARTED -> SessionStatus.INTERRUPTED;
        };
    }
}
