package app.holdpoint.session;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import app.holdpoint.protocol.Phase;

/**
 * One run of one phase in the planned-versus-actual table. A phase that was repeated has a row per run, in the
 * order they happened; a phase never reached has one row with zero actual time.
 *
 * @param run         1 for the first run of this phase, 2 after a back, ...
 * @param startOffset when the run began, from the session's start (zero for a phase never reached)
 * @param planned     the protocol's nominal time (a hold until release: its minimum; a bare prompt: zero)
 * @param actual      active time, pauses excluded
 * @param endedBy     empty while the run is still open, or when never reached
 * @param value       the rating or needle count confirmed, if any
 */
public record PhaseRow(
        Phase phase,
        int run,
        Duration startOffset,
        Duration planned,
        Duration actual,
        Optional<EndedBy> endedBy,
        Duration extended,
        Duration paused,
        OptionalInt value,
        Set<Deviation> deviations) {

    public PhaseRow {
        deviations = Set.copyOf(deviations);
    }

    public boolean has(Deviation deviation) {
        return deviations.contains(deviation);
    }
}
