package app.holdpoint.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import app.holdpoint.protocol.Phase;
import app.holdpoint.protocol.Timeline;

/**
 * Numbers, timestamps and delivers what the engine emits. Notifications are queued while the engine changes
 * state and delivered once it is consistent again, so a listener may read a snapshot or even issue a command:
 * its own notifications join the end of the queue and everyone sees the stream in sequence order.
 */
final class Outbox {
    private final Clock clock;
    private final List<SessionEventListener> eventListeners = new ArrayList<>();
    private final List<CueListener> cueListeners = new ArrayList<>();
    private final List<StateListener> stateListeners = new ArrayList<>();
    private final Deque<Runnable> pending = new ArrayDeque<>();
    private final List<SessionEvent> log = new ArrayList<>();
    private boolean delivering;
    private int nextSequence;
    private long origin;
    private boolean clockStarted;
    /** Wall time at the ticker's {@link #origin}: every event's wall time is this plus its offset. */
    private Instant wallOrigin;
    /** What the wall clock read when the offsets started; a clock still reading it is stopped (a test's). */
    private Instant wallRead;
    /** How far the wall clock is known to be from {@code wallOrigin + offset}: the steps recorded so far. */
    private long skewNanos;
    /** Ticker time of the operation in progress: labels late events with the wall time they were due at. */
    private long now;

    Outbox(Clock clock) {
        this.clock = clock;
    }

    void addEventListener(SessionEventListener listener) {
        eventListeners.add(listener);
    }

    void addCueListener(CueListener listener) {
        cueListeners.add(listener);
    }

    void addStateListener(StateListener listener) {
        stateListeners.add(listener);
    }

    void begin(long tickerNow) {
        now = tickerNow;
    }

    /** Offsets count from here: the session's start, or where a restored stream left off. */
    void startClock(long tickerOrigin) {
        origin = tickerOrigin;
        clockStarted = true;
        wallRead = clock.instant();
        wallOrigin = wallRead.minusNanos(now - tickerOrigin);
        skewNanos = 0;
    }

    /**
     * Compares the wall clock with the session's own time (start wall time + monotonic offset, as of the
     * operation in progress) and returns the step, in nanoseconds, when they disagree by more than
     * {@code threshold} beyond the steps already returned. Empty before the start, and for a clock that has not
     * moved since the start (a fixed clock labels; it cannot step).
     */
    OptionalLong clockStep(Duration threshold) {
        if (!clockStarted) {
            return OptionalLong.empty();
        }
        Instant read = clock.instant();
        if (read.equals(wallRead)) {
            return OptionalLong.empty();
        }
        long divergence = Duration.between(wallOrigin.plusNanos(now - origin), read).toNanos();
        long step = divergence - skewNanos;
        if (Math.abs(step) <= threshold.toNanos()) {
            return OptionalLong.empty();
        }
        skewNanos = divergence;
        return OptionalLong.of(step);
    }

    /** The wall time of ticker time {@code at}: the start wall time plus the offset once started. */
    private Instant wallTime(long at) {
        if (clockStarted) {
            return wallOrigin.plusNanos(at - origin);
        }
        return clock.instant().minusNanos(Math.max(0, now - at));
    }

    /** Continue a stored stream: its events are kept as history and numbering carries on after them. */
    void continueFrom(List<SessionEvent> history) {
        log.addAll(history);
        nextSequence = history.size();
    }

    long offset(long tickerTime) {
        return clockStarted ? tickerTime - origin : 0;
    }

    List<SessionEvent> log() {
        return List.copyOf(log);
    }

    boolean isEmpty() {
        return log.isEmpty();
    }

    // Typed emitters, one per kind of event, each writing its detail through EventDetails (the stored formats live
    // there). phase is the phase's index (-1 for none); at is ticker time; durations are in nanoseconds.

    void sessionStarted(long at, Timeline timeline) {
        event(EventType.SESSION_STARTED, at, -1, 0, 0, null,
                EventDetails.sessionStarted(timeline.protocol(), timeline.chosenSide()));
    }

    void phaseStarted(long at, Phase phase) {
        event(EventType.PHASE_STARTED, at, phase.index(), phase.timing().nominal().toMillis(), 0, null, "");
    }

    void phaseEnded(long at, Phase phase, long activeNanos, EndedBy endedBy) {
        event(EventType.PHASE_ENDED, at, phase.index(), phase.timing().nominal().toMillis(),
                Machine.millis(activeNanos), endedBy, "");
    }

    /** The therapist paused. */
    void paused(long at, int phase) {
        event(EventType.PAUSED, at, phase, 0, 0, null, "");
    }

    /** The engine paused itself: the wall clock stepped ahead by {@code stepNanos} while the phase ran. */
    void suspendedByClock(long at, int phase, long stepNanos) {
        event(EventType.PAUSED, at, phase, 0, 0, null, EventDetails.suspendedByClock(stepNanos));
    }

    /** The engine paused itself: the driver woke {@code lateNanos} after the time the engine asked for. */
    void suspendedByLateWake(long at, int phase, long lateNanos) {
        event(EventType.PAUSED, at, phase, 0, 0, null, EventDetails.suspendedByLateWake(lateNanos));
    }

    void resumed(long at, int phase, long pausedNanos) {
        event(EventType.RESUMED, at, phase, 0, 0, null, EventDetails.millis(pausedNanos));
    }

    void extended(long at, int phase, int seconds) {
        event(EventType.EXTENDED, at, phase, 0, 0, null, EventDetails.seconds(seconds));
    }

    void releaseMarked(long at, int phase) {
        event(EventType.RELEASE_MARKED, at, phase, 0, 0, null, "");
    }

    /** A prompt confirmed, with its needle count if it takes one. */
    void confirmed(long at, int phase, OptionalInt count) {
        event(EventType.CONFIRMED, at, phase, 0, 0, null, EventDetails.value(count));
    }

    void rated(long at, int phase, int rating) {
        event(EventType.RATED, at, phase, 0, 0, null, EventDetails.value(OptionalInt.of(rating)));
    }

    void back(long at, int phase, BackTarget target) {
        event(EventType.BACK, at, phase, 0, 0, null, EventDetails.back(target));
    }

    void refused(long at, int phase, CommandResult result) {
        event(EventType.COMMAND_REFUSED, at, phase, 0, 0, null, EventDetails.refused(result));
    }

    void awaitingConfirmation(long at, int phase) {
        event(EventType.AWAITING_CONFIRMATION, at, phase, 0, 0, null, "");
    }

    void completed(long at) {
        event(EventType.SESSION_COMPLETED, at, -1, 0, 0, null, "");
    }

    void endedEarly(long at, String reason) {
        event(EventType.SESSION_ENDED_EARLY, at, -1, 0, 0, null, reason);
    }

    /** Rebuilt from the record, paused, with {@code activeNanos} of the phase already on record. */
    void restored(long at, int phase, long activeNanos) {
        event(EventType.RESTORED, at, phase, 0, 0, null, EventDetails.millis(activeNanos));
    }

    void clockStepped(long at, int phase, long stepNanos) {
        event(EventType.CLOCK_STEPPED, at, phase, 0, 0, null, EventDetails.clockStep(stepNanos));
    }

    private void event(EventType type, long at, int phase, long plannedMillis, long actualMillis, EndedBy endedBy,
                       String detail) {
        SessionEvent event = new SessionEvent(nextSequence++, type, offset(at), wallTime(at), phase, plannedMillis,
                actualMillis, endedBy, detail);
        log.add(event);
        for (SessionEventListener listener : eventListeners) {
            pending.add(() -> listener.onEvent(event));
        }
    }

    void cue(CueType type, Optional<Phase> phase, int count, long at) {
        Cue cue = new Cue(type, phase, count, offset(at), Math.max(0, now - at));
        for (CueListener listener : cueListeners) {
            pending.add(() -> listener.onCue(cue));
        }
    }

    void state(SessionState from, SessionState to) {
        for (StateListener listener : stateListeners) {
            pending.add(() -> listener.stateChanged(from, to));
        }
    }

    /**
     * Delivers what is queued, unless a delivery further up the stack is already doing so. A listener that throws
     * stops delivery; the exception reaches the caller and what is still queued goes out on the next call.
     */
    void deliver() {
        if (delivering) {
            return;
        }
        delivering = true;
        try {
            Runnable next;
            while ((next = pending.poll()) != null) {
                next.run();
            }
        } finally {
            delivering = false;
        }
    }
}
