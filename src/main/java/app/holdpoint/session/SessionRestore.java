package app.holdpoint.session;

import java.util.List;

import app.holdpoint.protocol.Timing;

/**
 * Rebuilds an engine's position from a stored stream. The restored engine is always paused: after a crash or a
 * power cut the therapist has let go, and continuing must be their decision (resume continues with the time on
 * record, back starts the phase over). Offsets continue from the last stored event; the unknown gap before the
 * restore counts as neither active nor paused time (the wall times show it).
 */
final class SessionRestore {
    private SessionRestore() {
    }

    static void apply(Machine m, EventReplay replay, List<SessionEvent> stored, long now) {
        if (replay.finish != null) {
            throw new IllegalArgumentException("the session is already "
                    + (replay.finish == EventType.SESSION_COMPLETED ? "complete" : "ended") + "; nothing to resume");
        }
        Outbox out = m.out;
        out.continueFrom(stored);
        if (!replay.started) {
            return;
        }
        long origin = now - replay.lastOffset;
        out.startClock(origin);
        m.needlesIn.putAll(replay.needlesIn);
        EventReplay.Run open = replay.open();
        if (open == null) {
            // The stream stopped between one phase's end and the next one's start: start that one, paused.
            if (replay.nextPhase >= m.timeline.size()) {
                m.complete(now);
                return;
            }
            m.startPhase(replay.nextPhase, now);
            m.restoreTo(m.run, m.state, now);
        } else {
            PhaseRun run = new PhaseRun(m.timeline.phase(open.phase), origin + open.startOffset);
            run.pausedNanos = open.pausedNanos;
            run.extensionNanos = open.extendedSeconds * Milestone.SECOND;
            long pauseStart = open.paused() ? origin + open.pauseStart : now;
            // Cues up to the interruption were given (or are moot now): do not replay them on resume.
            run.handledNanos = pauseStart - run.start - run.pausedNanos;
            run.countdownDone = open.awaiting && run.phase.timing() instanceof Timing.UntilConfirmed
                    && !run.isBarePrompt();
            SessionState from = open.awaiting ? SessionState.AWAITING_CONFIRMATION : SessionState.RUNNING;
            m.restoreTo(run, from, pauseStart);
        }
        PhaseRun run = m.run;
        out.restored(now, run.phase.index(), m.pausedAt - run.start - run.pausedNanos);
    }
}
