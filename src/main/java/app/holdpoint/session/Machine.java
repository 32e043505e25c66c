package app.holdpoint.session;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.holdpoint.protocol.Phase;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.protocol.Timing;

/**
 * The engine's state and its transitions, each at an explicit ticker time: a phase's end is applied at the time
 * it was due, and the next phase starts at that same time, whenever the driver happens to notice. The public
 * {@link SessionEngine} decides which transition a command asks for; {@link Guard} whether it may.
 */
final class Machine {
    final Timeline timeline;
    final Outbox out;
    SessionState state = SessionState.READY;
    /** What resume returns to. */
    SessionState pausedFrom;
    long pausedAt;
    /** The phase in progress; null when ready or finished. */
    PhaseRun run;
    String endReason = "";
    /** Needles confirmed in, by the index of the NEEDLE phase, so the count out can be checked against them. */
    final Map<Integer, Integer> needlesIn = new HashMap<>();

    Machine(Timeline timeline, Outbox out) {
        this.timeline = timeline;
        this.out = out;
    }

    /** Handles, in order, everything due up to {@code now}, each at the ticker time it was due. */
    void catchUp(long now) {
        while (state == SessionState.RUNNING) {
            PhaseRun current = run;
            List<Milestone> due = current.due(current.activeAt(now));
            if (due.isEmpty()) {
                current.handledNanos = Math.max(current.handledNanos, current.activeAt(now));
                return;
            }
            for (Milestone m : due) {
                current.handledNanos = m.atNanos();
                reach(m, current.tickerAt(m.atNanos()));
                if (run != current || state != SessionState.RUNNING) {
                    break;
                }
            }
        }
    }

    private void reach(Milestone m, long at) {
        Optional<Phase> phase = Optional.of(run.phase);
        switch (m.kind()) {
            case HALFWAY -> out.cue(CueType.HALFWAY, phase, 0, at);
            case TICK -> out.cue(CueType.LAST_SECONDS, phase, m.count(), at);
            case RELEASE_ALLOWED -> out.cue(CueType.RELEASE_ALLOWED, phase, 0, at);
            case WARNING -> out.cue(CueType.WARNING, phase, 0, at);
            case CAP -> {
                out.cue(CueType.ALARM, phase, 0, at);
                endPhase(EndedBy.CAP, at);
            }
            case COUNTDOWN_END -> {
                if (run.phase.timing() instanceof Timing.UntilConfirmed) {
                    run.countdownDone = true;
                    awaitConfirmation(at);
                } else {
                    endPhase(EndedBy.TIMER, at);
                }
            }
        }
    }

    void startPhase(int index, long at) {
        Phase phase = timeline.phase(index);
        run = new PhaseRun(phase, at);
        setState(SessionState.RUNNING);
        out.phaseStarted(at, phase);
        out.cue(CueType.PHASE_STARTED, Optional.of(phase), 0, at);
        if (run.isBarePrompt()) {
            awaitConfirmation(at);
        }
    }

    private void awaitConfirmation(long at) {
        setState(SessionState.AWAITING_CONFIRMATION);
        out.awaitingConfirmation(at, run.phase.index());
        out.cue(CueType.AWAITING_CONFIRMATION, Optional.of(run.phase), 0, at);
    }

    /** Ends the current phase at {@code at} and moves on: the next phase starts at that same instant. */
    void endPhase(EndedBy endedBy, long at) {
        closePhase(endedBy, at);
        int next = run.phase.index() + 1;
        if (next < timeline.size()) {
            startPhase(next, at);
        } else {
            complete(at);
        }
    }

    void closePhase(EndedBy endedBy, long at) {
        out.phaseEnded(at, run.phase, run.activeAt(at), endedBy);
    }

    void complete(long at) {
        run = null;
        setState(SessionState.COMPLETED);
        out.completed(at);
        out.cue(CueType.SESSION_COMPLETED, Optional.empty(), 0, at);
    }

    void pause(long at) {
        pausedFrom = state;
        pausedAt = at;
        setState(SessionState.PAUSED);
    }

    /** Ends the pause: its length no longer counts towards the phase, so every deadline moves by it. */
    long resume(long at) {
        long paused = at - pausedAt;
        run.pausedNanos += paused;
        setState(pausedFrom);
        return paused;
    }

    void restoreTo(PhaseRun restored, SessionState from, long pauseStart) {
        run = restored;
        pausedFrom = from;
        pausedAt = pauseStart;
        setState(SessionState.PAUSED);
    }

    void setState(SessionState to) {
        if (to != state) {
            SessionState from = state;
            state = to;
            out.state(from, to);
        }
    }

    static long millis(long nanos) {
        return Math.floorDiv(nanos, 1_000_000L);
    }
}
