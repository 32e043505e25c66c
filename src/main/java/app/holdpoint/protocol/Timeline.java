package app.holdpoint.protocol;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The ordered phases the engine will run for one protocol and one choice of side. */
public record Timeline(Protocol protocol, Optional<Side> chosenSide, List<Phase> phases) {

    public Timeline {
        phases = List.copyOf(phases);
    }

    public int size() {
        return phases.size();
    }

    public Phase phase(int index) {
        return phases.get(index);
    }

    /** Sum of every phase's nominal time: countdowns, release holds at their minimum, bare prompts as zero. */
    public Duration totalPlanned() {
        return phases.stream().map(phase -> phase.timing().nominal()).reduce(Duration.ZERO, Duration::plus);
    }

    /** Planned start of a phase, as an offset from the session's start. */
    public Duration plannedStart(int index) {
        Duration start = Duration.ZERO;
        for (int i = 0; i < index; i++) {
            start = start.plus(phases.get(i).timing().nominal());
        }
        return start;
    }
}
