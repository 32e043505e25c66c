package app.holdpoint.protocol;

import java.util.List;
import java.util.Optional;

/**
 * One phase of an expanded timeline: what the kiosk shows and the engine times.
 *
 * @param index         position in the timeline, from 0
 * @param stepIndex     the protocol step it came from, from 0
 * @param muscle        catalog id of the target muscle, when the step has one
 * @param side          LEFT or RIGHT once resolved; ASK when the plan was made without choosing
 * @param cycle         1-based cycle within its step (1 of 1 for single phases)
 * @param expectedCount needles to count in or out, 0 when nothing is counted
 * @param precautions   what to take care of while it runs: the when-yes lines of the yes answers that apply to
 *                      its step's kind, then the target muscle's catalog precautions; no duplicates
 */
public record Phase(
        int index,
        int stepIndex,
        PhaseKind kind,
        String label,
        Optional<String> muscle,
        Optional<Side> side,
        Timing timing,
        int cycle,
        int cycles,
        String cue,
        int expectedCount,
        List<String> precautions) {

    public Phase {
        precautions = List.copyOf(precautions);
    }

    /** A phase without precautions. */
    public Phase(int index, int stepIndex, PhaseKind kind, String label, Optional<String> muscle,
                 Optional<Side> side, Timing timing, int cycle, int cycles, String cue, int expectedCount) {
        this(index, stepIndex, kind, label, muscle, side, timing, cycle, cycles, cue, expectedCount, List.of());
    }
}
