package app.holdpoint.session;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.LongFunction;

import app.holdpoint.protocol.Phase;
import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.protocol.Timeline;

/**
 * Runs a timeline phase by phase: a state machine driven from outside, never by a thread or timer of its own.
 *
 * <p>Timing: every deadline is computed from the session's own schedule on the {@link Ticker}: a phase starts
 * where the previous one ended by the schedule, and ends at its start plus its planned time, its extensions and
 * its pauses. The driver calls {@link #poll()} whenever it wakes; the engine handles every deadline that has
 * passed, in order, with the offset it was due at, and says when to wake next. A late wake-up therefore delays
 * what is shown, never what is recorded or what follows. The {@link Clock} only labels events: an event's wall time
 * is the session's start wall time plus its monotonic offset, never a fresh reading, so a wall-clock step cannot
 * reorder or shift the record. Each poll and command compares the wall clock with that and records a step larger
 * than {@link #CLOCK_STEP_THRESHOLD} ({@link EventType#CLOCK_STEPPED}); a forward step during a running phase is
 * what a suspend looks like on a monotonic clock that stops in suspend, so the session pauses itself. A driver
 * whose ticker keeps counting through a suspend asks for {@link #pauseWhenWokenLate(Duration)}.
 *
 * <p>Every command first catches up with the ticker, then is accepted or refused with a reason; refusals are
 * recorded too. Listeners are called synchronously on the caller's thread once the engine is consistent.
 * One thread at a time: the kiosk drives it from the Event Dispatch Thread, the simulation from its own.
 */
public final class SessionEngine {

    /** Back repeats the current phase once it has run this long; earlier, it returns to the previous phase. */
    public static final Duration BACK_REPEATS_AFTER = Duration.ofSeconds(3);
    /** The most one extension may add; a longer change is a different protocol. */
    public static final int MAX_EXTEND_SECONDS = 600;
    /** The wall clock may drift or be slewed by this much against the session's time before it counts as a step. */
    public static final Duration CLOCK_STEP_THRESHOLD = Duration.ofSeconds(5);

    private final Ticker ticker;
    private final Outbox out;
    private final Machine m;
    private final Guard guard = new Guard();
    /** A poll this much later than the wake asked for, during a running phase, pauses; null: not checked. */
    private Duration lateWakeLimit;
    /** The ticker time the last poll asked to be woken at, while running; empty otherwise. */
    private OptionalLong askedWake = OptionalLong.empty();

    public SessionEngine(Timeline timeline, Ticker ticker, Clock clock) {
        if (timeline.size() == 0) {
            throw new IllegalArgumentException("a session needs at least one phase");
        }
        this.ticker = ticker;
        this.out = new Outbox(clock);
        this.m = new Machine(timeline, out);
    }

    public SessionEngine onEvent(SessionEventListener listener) {
        out.addEventListener(listener);
        return this;
    }

    public SessionEngine onCue(CueListener listener) {
        out.addCueListener(listener);
        return this;
    }

    public SessionEngine onState(StateListener listener) {
        out.addStateListener(listener);
        return this;
    }

    public Timeline timeline() {
        return m.timeline;
    }

    public SessionState state() {
        return m.state;
    }

    /** Every event emitted so far (after a restore: the stored ones first), in sequence order. */
    public List<SessionEvent> events() {
        return out.log();
    }

    /**
     * Handles every deadline that has passed and returns the ticker time to poll again: the next deadline or cue,
     * or the next whole second of the displayed time, whichever is first. Empty when nothing will happen without
     * a command (ready, or finished).
     */
    public OptionalLong poll() {
        long now = ticker.nanoTime();
        out.begin(now);
        pauseIfWokenLate(now);
        m.catchUp(now);
        checkClock(now);
        out.deliver();
        OptionalLong next = Wakes.next(m, now);
        askedWake = m.state == SessionState.RUNNING ? next : OptionalLong.empty();
        return next;
    }

    /**
     * Asks the engine to pause by itself when a poll arrives more than {@code limit} after the wake it asked for
     * during a running phase (the machine was suspended while the ticker kept counting, or the driver could not
     * run). For drivers that wake when asked (the kiosk's timer); not for ones that may poll late on purpose.
     */
    public SessionEngine pauseWhenWokenLate(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("the limit must be positive");
        }
        this.lateWakeLimit = limit;
        return this;
    }

    private void pauseIfWokenLate(long now) {
        if (lateWakeLimit == null || askedWake.isEmpty() || m.state != SessionState.RUNNING) {
            return;
        }
        long asked = askedWake.getAsLong();
        long late = now - asked;
        if (late <= lateWakeLimit.toNanos()) {
            return;
        }
        m.catchUp(asked);
        if (m.state == SessionState.RUNNING) {
            m.pause(asked);
            out.suspendedByLateWake(asked, m.run.phase.index(), late);
        }
    }

    private void checkClock(long now) {
        OptionalLong step = out.clockStep(CLOCK_STEP_THRESHOLD);
        if (step.isEmpty()) {
            return;
        }
        out.clockStepped(now, m.run == null ? -1 : m.run.phase.index(), step.getAsLong());
        if (step.getAsLong() > 0 && m.state == SessionState.RUNNING) {
            m.pause(now);
            out.suspendedByClock(now, m.run.phase.index(), step.getAsLong());
        }
    }

    /** What the screen shows, as of now. Reads only: call {@link #poll()} first to be current. */
    public SessionSnapshot snapshot() {
        return SessionSnapshot.of(m, ticker.nanoTime());
    }

    public CommandResult start() {
        return command(Command.START, now -> guard.start(m).orElseGet(() -> {
            out.startClock(now);
            out.sessionStarted(now, m.timeline);
            m.startPhase(0, now);
            return CommandResult.accepted(Command.START);
        }));
    }

    public CommandResult pause() {
        return command(Command.PAUSE, now -> guard.pause(m).orElseGet(() -> {
            m.pause(now);
            out.paused(now, m.run.phase.index());
            return CommandResult.accepted(Command.PAUSE);
        }));
    }

    public CommandResult resume() {
        return command(Command.RESUME, now -> guard.resume(m).orElseGet(() -> {
            long paused = m.resume(now);
            out.resumed(now, m.run.phase.index(), paused);
            return CommandResult.accepted(Command.RESUME);
        }));
    }

    public CommandResult skip() {
        return command(Command.SKIP, now -> guard.skip(m).orElseGet(() -> {
            m.endPhase(EndedBy.SKIP, now);
            return CommandResult.accepted(Command.SKIP);
        }));
    }

    /** Repeats the phase from its start once it has run {@link #BACK_REPEATS_AFTER}; before that, the previous. */
    public CommandResult back() {
        return command(Command.BACK, now -> guard.back(m, now).orElseGet(() -> {
            boolean repeat = m.run.activeAt(now) >= BACK_REPEATS_AFTER.toNanos();
            int from = m.run.phase.index();
            out.back(now, from, repeat ? BackTarget.REPEAT : BackTarget.PREVIOUS);
            m.closePhase(EndedBy.BACK, now);
            m.startPhase(repeat ? from : from - 1, now);
            return CommandResult.accepted(Command.BACK);
        }));
    }

    /** Lengthens the current countdown by whole seconds; a hold-until-release cannot be extended past its cap. */
    public CommandResult extend(int seconds) {
        return command(Command.EXTEND, now -> guard.extend(m, seconds).orElseGet(() -> {
            m.run.extensionNanos += seconds * Milestone.SECOND;
            out.extended(now, m.run.phase.index(), seconds);
            return CommandResult.accepted(Command.EXTEND);
        }));
    }

    /** Confirms a prompt that takes no number. */
    public CommandResult confirm() {
        return confirm(OptionalInt.empty());
    }

    /** Confirms with a number: the rating of a RATE phase (0–10), the needle count of NEEDLE / NEEDLES OUT. */
    public CommandResult confirm(int value) {
        return confirm(OptionalInt.of(value));
    }

    private CommandResult confirm(OptionalInt value) {
        return command(Command.CONFIRM, now -> guard.confirm(m, value, now).orElseGet(() -> {
            Phase phase = m.run.phase;
            if (phase.kind() == PhaseKind.RATE) {
                out.rated(now, phase.index(), value.getAsInt());
            } else {
                out.confirmed(now, phase.index(), value);
            }
            if (phase.kind() == PhaseKind.NEEDLE) {
                m.needlesIn.put(phase.index(), value.getAsInt());
            }
            m.endPhase(EndedBy.CONFIRMATION, now);
            return CommandResult.accepted(Command.CONFIRM);
        }));
    }

    public CommandResult markRelease() {
        return command(Command.MARK_RELEASE, now -> guard.markRelease(m, now).orElseGet(() -> {
            out.releaseMarked(now, m.run.phase.index());
            m.endPhase(EndedBy.RELEASE, now);
            return CommandResult.accepted(Command.MARK_RELEASE);
        }));
    }

    /** Ends the session before its last phase; the reason is kept with the record. Allowed while paused. */
    public CommandResult endEarly(String reason) {
        return command(Command.END_EARLY, now -> guard.endEarly(m, reason).orElseGet(() -> {
            if (m.state == SessionState.PAUSED) {
                m.resume(now);   // the phase ends with the active time it had when paused
            }
            m.closePhase(EndedBy.END, now);
            m.run = null;
            m.endReason = reason.strip();
            m.setState(SessionState.ENDED_EARLY);
            out.endedEarly(now, m.endReason);
            return CommandResult.accepted(Command.END_EARLY);
        }));
    }

    /**
     * Continues a session from its stored events (same timeline), paused in the phase it was in, so the therapist
     * resumes deliberately: resume continues with the time on record, back repeats the phase from its start.
     * Only on a new engine, before anything else; listeners added before see the RESTORED event.
     *
     * @throws IllegalArgumentException when the stream is finished, out of order or of another timeline
     */
    public void restore(List<SessionEvent> stored) {
        if (m.state != SessionState.READY || !out.isEmpty()) {
            throw new IllegalStateException("restore needs a new engine");
        }
        long now = ticker.nanoTime();
        out.begin(now);
        SessionRestore.apply(m, EventReplay.of(m.timeline, stored), stored, now);
        out.deliver();
    }

    private CommandResult command(Command command, LongFunction<CommandResult> body) {
        long now = ticker.nanoTime();
        out.begin(now);
        m.catchUp(now);
        checkClock(now);
        CommandResult result = body.apply(now);
        askedWake = OptionalLong.empty();   // the driver polls again after a command and asks anew
        if (result.accepted()) {
            m.catchUp(now);   // a phase the command started may already be due (an empty countdown)
        } else {
            int phase = m.run == null ? -1 : m.run.phase.index();
            out.refused(now, phase, result);
        }
        out.deliver();
        return result;
    }
}
