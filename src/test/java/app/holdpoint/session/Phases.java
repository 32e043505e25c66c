package app.holdpoint.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import app.holdpoint.protocol.Condition;
import app.holdpoint.protocol.Phase;
import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.protocol.Timing;

/** Builds timelines phase by phase for engine tests, without protocol files. */
final class Phases {
    private final List<Phase> phases = new ArrayList<>();

    static Phases timeline() {
        return new Phases();
    }

    Phases fixed(PhaseKind kind, long seconds) {
        return add(kind, new Timing.Fixed(Duration.ofSeconds(seconds)), 0);
    }

    Phases release(long minSeconds, long warnSeconds, long maxSeconds) {
        return add(PhaseKind.PRESS, new Timing.UntilRelease(Duration.ofSeconds(minSeconds),
                Duration.ofSeconds(warnSeconds), Duration.ofSeconds(maxSeconds)), 0);
    }

    Phases prompt(PhaseKind kind) {
        return add(kind, new Timing.UntilConfirmed(Optional.empty()), 0);
    }

    Phases timedPrompt(PhaseKind kind, long seconds) {
        return add(kind, new Timing.UntilConfirmed(Optional.of(Duration.ofSeconds(seconds))), 0);
    }

    Phases needles(PhaseKind kind, int count) {
        return add(kind, new Timing.UntilConfirmed(Optional.empty()), count);
    }

    Timeline build() {
        Protocol protocol = new Protocol("test-protocol", "Test protocol", 3, Condition.OTHER, "For tests.",
                List.of(), List.of(), false, List.of(), List.of(), List.of(), "test-protocol.yaml", "", "0");
        return new Timeline(protocol, Optional.of(Side.LEFT), phases);
    }

    private Phases add(PhaseKind kind, Timing timing, int count) {
        int index = phases.size();
        phases.add(new Phase(index, index, kind, kind.word() + " " + index, Optional.of("upper-trapezius"),
                Optional.of(Side.LEFT), timing, 1, 1, "cue " + index, count));
        return this;
    }
}
