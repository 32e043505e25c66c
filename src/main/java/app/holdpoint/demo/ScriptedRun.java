package app.holdpoint.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import app.holdpoint.protocol.Phase;
import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.protocol.Timing;
import app.holdpoint.session.SessionEngine;
import app.holdpoint.session.SessionEvent;
import app.holdpoint.session.SessionSnapshot;
import app.holdpoint.session.SessionState;

/**
 * Runs one synthetic session through the real {@link SessionEngine} on a simulated clock, with a therapist
 * who mostly follows the plan and sometimes skips, extends, pauses, releases late, lets a hold reach its cap or
 * ends early. Time jumps straight to the next decision, so a 40-minute session takes microseconds, and the
 * event stream is exactly what the kiosk would have recorded.
 */
final class ScriptedRun {
    private static final long SECOND = 1_000_000_000L;

    /** What one run produced; an interrupted run stops in a non-final state, as if the process had died. */
    record Result(List<SessionEvent> events, SessionState state, Instant end) {
    }

    private final SplittableRandom random;
    private long now;
    /** The run's start: wall time is it plus the simulated nanoseconds, as if the session ran in real time. */
    private Instant start;

    ScriptedRun(SplittableRandom random) {
        this.random = random;
    }

    Result run(Timeline timeline, Instant start, boolean endEarly, boolean interrupt) {
        return run(timeline, start, endEarly, interrupt, endEarly || interrupt ? random.nextInt(timeline.size()) : -1);
    }

    /** @param endAt the phase index at which to end early or die, or -1 to run to the end */
    Result run(Timeline timeline, Instant start, boolean endEarly, boolean interrupt, int endAt) {
        now = 0;
        this.start = start;
        DemoClock clock = new DemoClock(start);
        SessionEngine engine = new SessionEngine(timeline, () -> now, clock);
        List<SessionEvent> events = new ArrayList<>();
        engine.onEvent(events::add);
        engine.start();
        int guard = 0;
        while (!engine.state().isFinal() && guard++ < 10_000) {
            SessionSnapshot snap = engine.snapshot();
            int phase = snap.phase().map(Phase::index).orElse(-1);
            if (phase == endAt && endEarly) {
                advance(engine, clock, 2 + random.nextInt(30));
                engine.endEarly(random.nextBoolean() ? "client felt light-headed" : "client asked to stop");
                break;
            }
            if (phase == endAt && interrupt) {
                advance(engine, clock, random.nextInt(20));
                break; // the process "dies": no end event
            }
            step(engine, clock, snap);
        }
        clock.set(start.plusNanos(now));
        return new Result(events, engine.state(), clock.instant());
    }

    private void step(SessionEngine engine, DemoClock clock, SessionSnapshot snap) {
        Phase phase = snap.phase().orElseThrow();
        switch (snap.state()) {
            case PAUSED -> {
                advance(engine, clock, 10 + random.nextInt(80));
                engine.resume();
            }
            case AWAITING_CONFIRMATION -> {
                advance(engine, clock, 2 + random.nextInt(20));
                confirm(engine, phase);
            }
            case RUNNING -> running(engine, clock, snap, phase);
            default -> throw new IllegalStateException("unexpected state " + snap.state());
        }
    }

    private void running(SessionEngine engine, DemoClock clock, SessionSnapshot snap, Phase phase) {
        if (phase.timing() instanceof Timing.UntilRelease release) {
            long held = snap.elapsed().toNanos();
            if (random.nextInt(100) < 4) {
                jumpTo(engine, clock, release.max().toNanos() - held + 1); // reaches the cap
            } else {
                long min = release.min().toNanos();
                long spread = Math.max(1, release.warn().minus(release.min()).toSeconds());
                jumpTo(engine, clock, Math.max(0, min - held) + random.nextLong(spread) * SECOND);
                engine.markRelease();
            }
            return;
        }
        long left = snap.remaining().map(Duration::toNanos).orElse(0L);
        int roll = random.nextInt(1000);
        if (left > 2 * SECOND && roll < 30) {
            jumpTo(engine, clock, random.nextLong(left / 2, left));
            engine.skip();
        } else if (left > SECOND && roll < 80) {
            jumpTo(engine, clock, random.nextLong(left / 2, left));
            engine.extend(15);
        } else if (left > SECOND && roll < 95) {
            jumpTo(engine, clock, random.nextLong(left));
            engine.pause();
        } else {
            jumpTo(engine, clock, left + 1);
        }
    }

    private void confirm(SessionEngine engine, Phase phase) {
        if (phase.kind() == PhaseKind.RATE) {
            engine.confirm(random.nextInt(11));
        } else if (phase.kind() == PhaseKind.NEEDLE || phase.kind() == PhaseKind.NEEDLES_OUT) {
            engine.confirm(Math.max(1, phase.expectedCount()));
        } else {
            engine.confirm();
        }
    }

    private void advance(SessionEngine engine, DemoClock clock, int seconds) {
        jumpTo(engine, clock, seconds * SECOND);
    }

    private void jumpTo(SessionEngine engine, DemoClock clock, long nanos) {
        now += Math.max(0, nanos);
        clock.set(start.plusNanos(now));
        engine.poll();
    }
}
