package app.holdpoint.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import app.holdpoint.protocol.Timeline;

/**
 * Reads an event stream back into phase runs: what the report tabulates and what a restore continues from. It
 * trusts nothing: a stream that is out of order or names phases the timeline lacks is rejected with the event
 * at fault, because both the audit and the resumed session would otherwise be wrong.
 */
final class EventReplay {

    /** One run of one phase as the stream records it; {@code endedBy} null while still open. */
    static final class Run {
        final int phase;
        final long startOffset;
        long endOffset = -1;
        long actualMillis;
        long pausedNanos;
        long pauseStart = -1;
        int extendedSeconds;
        EndedBy endedBy;
        boolean awaiting;
        OptionalInt value = OptionalInt.empty();

        Run(int phase, long startOffset) {
            this.phase = phase;
            this.startOffset = startOffset;
        }

        boolean paused() {
            return pauseStart >= 0;
        }
    }

    final List<Run> runs = new ArrayList<>();
    final Map<Integer, Integer> needlesIn = new HashMap<>();
    boolean started;
    EventType finish;
    String endReason = "";
    long lastOffset;
    long startOffset;
    long finishOffset = -1;
    /** The phase that runs after the last one ended: where to continue if the stream stops between two phases. */
    int nextPhase;
    private int backTarget = -1;

    private EventReplay() {
    }

    static EventReplay of(Timeline timeline, List<SessionEvent> events) {
        EventReplay replay = new EventReplay();
        for (int i = 0; i < events.size(); i++) {
            SessionEvent event = events.get(i);
            if (event.sequence() != i) {
                throw new IllegalArgumentException("event " + i + " has sequence " + event.sequence()
                        + ": the stream is incomplete or out of order");
            }
            if (event.phase() < -1 || event.phase() >= timeline.size()) {
                throw new IllegalArgumentException("event " + i + " names phase " + event.phase() + " but "
                        + timeline.protocol().id() + " has " + timeline.size() + " phases");
            }
            if (event.offsetNanos() < replay.lastOffset) {
                throw new IllegalArgumentException("event " + i + " goes back in time");
            }
            replay.apply(event);
        }
        return replay;
    }

    Run open() {
        if (runs.isEmpty()) {
            return null;
        }
        Run last = runs.get(runs.size() - 1);
        return last.endedBy == null ? last : null;
    }

    private void apply(SessionEvent event) {
        lastOffset = event.offsetNanos();
        Run open = open();
        switch (event.type()) {
            case SESSION_STARTED -> {
                started = true;
                startOffset = event.offsetNanos();
            }
            case PHASE_STARTED -> {
                require(open == null, event, "a phase starts while another is open");
                runs.add(new Run(event.phase(), event.offsetNanos()));
            }
            case PHASE_ENDED -> {
                require(open != null && open.phase == event.phase(), event, "ends a phase that is not running");
                if (open.paused()) {
                    open.pausedNanos += event.offsetNanos() - open.pauseStart;
                    open.pauseStart = -1;
                }
                open.endOffset = event.offsetNanos();
                open.actualMillis = event.actualMillis();
                open.endedBy = event.endedBy();
                nextPhase = event.endedBy() == EndedBy.BACK && backTarget >= 0 ? backTarget : event.phase() + 1;
            }
            case PAUSED, RESTORED -> {
                if (open != null && !open.paused()) {
                    open.pauseStart = event.offsetNanos();
                }
            }
            case RESUMED -> {
                require(open != null && open.paused(), event, "resumes a session that is not paused");
                open.pausedNanos += event.offsetNanos() - open.pauseStart;
                open.pauseStart = -1;
            }
            case EXTENDED -> open(open, event).extendedSeconds += EventDetails.seconds(event);
            case AWAITING_CONFIRMATION -> open(open, event).awaiting = true;
            case CONFIRMED, RATED -> {
                Run run = open(open, event);
                OptionalInt value = EventDetails.value(event);
                if (value.isPresent()) {
                    run.value = value;
                    if (event.type() == EventType.CONFIRMED) {
                        needlesIn.put(event.phase(), value.getAsInt());
                    }
                }
            }
            case SESSION_COMPLETED, SESSION_ENDED_EARLY -> {
                finish = event.type();
                finishOffset = event.offsetNanos();
                endReason = EventDetails.endReason(event);
            }
            case BACK -> backTarget = EventDetails.backTarget(event) == BackTarget.REPEAT
                    ? event.phase() : event.phase() - 1;
            case RELEASE_MARKED, COMMAND_REFUSED, CLOCK_STEPPED -> {
                // Recorded for the audit; the PHASE_ENDED that follows carries their effect.
            }
        }
    }

    private static Run open(Run open, SessionEvent event) {
        require(open != null, event, "no phase is running");
        return open;
    }

    private static void require(boolean condition, SessionEvent event, String problem) {
        if (!condition) {
            throw new IllegalArgumentException("event " + event.sequence() + " (" + event.type() + "): " + problem);
        }
    }
}
