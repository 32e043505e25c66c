package app.holdpoint.session;

import java.util.Optional;

import app.holdpoint.protocol.Phase;

/**
 * A moment for the UI and sound to mark. A driver that wakes late receives the cues it slept through, in order,
 * each with the offset it was due at; {@code lateNanos} lets sound drop stale ticks instead of playing a burst.
 *
 * @param phase       the phase it belongs to (empty for SESSION_COMPLETED)
 * @param count       seconds left for LAST_SECONDS (3, 2, 1); 0 otherwise
 * @param offsetNanos when it was due, on the session's monotonic clock
 * @param lateNanos   how long after that it was delivered (0 when on time)
 */
public record Cue(CueType type, Optional<Phase> phase, int count, long offsetNanos, long lateNanos) {
}
