package app.holdpoint.protocol;

import java.time.Duration;
import java.util.Optional;

/** How a phase ends. */
public sealed interface Timing {

    /** The planned duration used for totals: the countdown, a release hold's minimum, or zero for a bare prompt. */
    Duration nominal();

    /** Counts down and ends on its own. */
    record Fixed(Duration duration) implements Timing {
        @Override
        public Duration nominal() {
            return duration;
        }
    }

    /** Counts up; release allowed from {@code min}, warning at {@code warn}, ended by the cap at {@code max}. */
    record UntilRelease(Duration min, Duration warn, Duration max) implements Timing {
        @Override
        public Duration nominal() {
            return min;
        }
    }

    /** Waits for the therapist's confirmation, after an optional countdown. */
    record UntilConfirmed(Optional<Duration> countdown) implements Timing {
        @Override
        public Duration nominal() {
            return countdown.orElse(Duration.ZERO);
        }
    }
}
