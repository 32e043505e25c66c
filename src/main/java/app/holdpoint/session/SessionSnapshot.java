package app.holdpoint.session;

import java.time.Duration;
import java.util.Optional;

import app.holdpoint.protocol.Phase;
import app.holdpoint.protocol.Timeline;

/**
 * What the kiosk shows at one moment. Times are clamped to the schedule, so a snapshot taken after a deadline but
 * before the next poll shows the phase as just finished rather than negative time.
 *
 * @param phase          the current phase; empty when ready or finished
 * @param elapsed        active time in the current phase (pauses excluded); counts up for holds and prompts
 * @param remaining      time left of a countdown (extensions included); empty for holds until release and
 *                       for prompts whose countdown is over or absent
 * @param extended       seconds added to the current phase so far
 * @param progress       0..1: of the countdown, or of a hold until release towards its safety maximum; 1 once a
 *                       prompt's countdown is over, 0 for a bare prompt
 * @param releaseAllowed a hold until release has reached its minimum
 * @param pausedFor      length of the current pause, zero when not paused
 * @param next           the phase that follows the current one
 * @param phasesDone     phases before the current one in the timeline (all of them once completed)
 * @param sessionElapsed since the start, pauses included
 * @param endReason      the reason given when ended early, else ""
 */
public record SessionSnapshot(
        SessionState state,
        Optional<Phase> phase,
        Duration elapsed,
        Optional<Duration> remaining,
        Duration extended,
        double progress,
        boolean releaseAllowed,
        Duration pausedFor,
        Optional<Phase> next,
        int phasesDone,
        int phaseCount,
        Duration sessionElapsed,
        Duration totalPlanned,
        String endReason) {

    static SessionSnapshot of(Machine m, long now) {
        Timeline timeline = m.timeline;
        SessionState state = m.state;
        PhaseRun run = m.run;
        long sessionElapsed = state == SessionState.READY ? 0 : lastOffset(m, now);
        if (run == null) {
            int done = state == SessionState.COMPLETED ? timeline.size() : 0;
            if (state == SessionState.ENDED_EARLY) {
                done = m.out.log().stream()
                        .filter(e -> e.type() == EventType.PHASE_ENDED).mapToInt(SessionEvent::phase).max()
                        .orElse(-1) + 1;
            }
            return new SessionSnapshot(state, Optional.empty(), Duration.ZERO, Optional.empty(), Duration.ZERO,
                    state == SessionState.COMPLETED ? 1 : 0, false, Duration.ZERO,
                    state == SessionState.READY ? Optional.of(timeline.phase(0)) : Optional.empty(), done,
                    timeline.size(), Duration.ofNanos(sessionElapsed), timeline.totalPlanned(), m.endReason);
        }
        boolean paused = state == SessionState.PAUSED;
        long active = run.activeAt(paused ? m.pausedAt : now);
        Optional<Duration> remaining = Optional.empty();
        double progress = 0;
        boolean releaseAllowed = false;
        if (run.isRelease()) {
            active = Math.min(active, run.releaseMaxNanos());
            progress = (double) active / run.releaseMaxNanos();
            releaseAllowed = active >= run.releaseMinNanos();
        } else if (run.countdownNanos().isPresent()) {
            long length = run.countdownNanos().getAsLong();
            boolean waiting = run.countdownDone || (paused && m.pausedFrom == SessionState.AWAITING_CONFIRMATION);
            if (!waiting) {
                active = Math.min(active, length);
                remaining = Optional.of(Duration.ofNanos(length - active));
            }
            progress = waiting || length == 0 ? 1 : (double) active / length;
        }
        int index = run.phase.index();
        return new SessionSnapshot(state, Optional.of(run.phase), Duration.ofNanos(active), remaining,
                Duration.ofNanos(run.extensionNanos), progress, releaseAllowed,
                Duration.ofNanos(paused ? now - m.pausedAt : 0),
                index + 1 < timeline.size() ? Optional.of(timeline.phase(index + 1)) : Optional.empty(), index,
                timeline.size(), Duration.ofNanos(sessionElapsed), timeline.totalPlanned(), m.endReason);
    }

    /** Since the start; once finished, up to the final event rather than still growing. */
    private static long lastOffset(Machine m, long now) {
        if (m.state.isFinal()) {
            var events = m.out.log();
            for (int i = events.size() - 1; i >= 0; i--) {
                EventType type = events.get(i).type();
                if (type == EventType.SESSION_COMPLETED || type == EventType.SESSION_ENDED_EARLY) {
                    return events.get(i).offsetNanos();
                }
            }
        }
        return m.out.offset(now);
    }
}
