package app.holdpoint.session;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.LongFunction;

import app.holdpoint.protocol.Phase;
import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.protocol.Timing;

/**
 * Runs a timeline phase by phase: a state machine driven from outside, never by a thread or timer of its own.
 *
 * <p>Timing: every deadline is computed from the session's own schedule on the {@link Ticker}: a phase starts
 * where the previous one ended by the schedule, and ends at its start plus its planned time, its extensions and
 * its pauses. The driver calls {@link #poll()} whenever it wakes; the engine handles every deadline that has
 * passed, in order, with the offset it was due at, and says when to wake next. A late wake-up therefore delays
 * what is shown, never what is recorded or what follows. The {@link Clock} only labels events.
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

    private final Timeline timeline;
    private final Ticker ticker;
    private final Outbox out;
    private SessionState state = SessionState.READY;
    private SessionState pausedFrom;
    private long pausedAt;
    private PhaseRun run;
    private String endReason = "";
    /** Needles confirmed in, by the index of the NEEDLE phase, so the count out can be checked against them. */
    private final Map<Integer, Integer> needlesIn = new HashMap<>();
    private final Guard guard = new Guard();

    public SessionEngine(Timeline timeline, Ticker ticker, Clock clock) {
        if (timeline.size() == 0) {
            throw new IllegalArgumentException("a session needs at least one phase");
        }
        this.timeline = timeline;
        this.ticker = ticker;
        this.out = new Outbox(clock);
    }

    public SessionEngine onEvent(SessionEventListener listener) {
        out.add(listener);
        return this;
    }

    public SessionEngine onCue(CueListener listener) {
        out.add(listener);
        return this;
    }

    public SessionEngine onState(StateListener listener) {
        out.add(listener);
        return this;
    }

    public Timeline timeline() {
        return timeline;
    }

    public SessionState state() {
        return state;
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
        catchUp(now);
        out.deliver();
        return Wakes.next(this, now);
    }

    /** What the screen shows, as of now. Reads only: call {@link #poll()} first to be current. */
    public SessionSnapshot snapshot() {
        return SessionSnapshot.of(this, ticker.nanoTime());
    }

    public CommandResult start() {
        return command(Command.START, now -> guard.start(this).orElseGet(() -> {
            out.startClock(now);
            out.event(EventType.SESSION_STARTED, now, -1, 0, 0, null, describeStart());
            startPhase(0, now);
            return CommandResult.accepted(Command.START);
        }));
    }

    public CommandResult pause() {
        return command(Command.PAUSE, now -> guard.pause(this).orElseGet(() -> {
            pausedFrom = state;
            pausedAt = now;
            setState(SessionState.PAUSED);
            out.event(EventType.PAUSED, now, run.phase.index(), 0, 0, null, "");
            return CommandResult.accepted(Command.PAUSE);
        }));
    }

    public CommandResult resume() {
        return command(Command.RESUME, now -> guard.resume(this).orElseGet(() -> {
            run.pausedNanos += now - pausedAt;
            setState(pausedFrom);
            out.event(EventType.RESUMED, now, run.phase.index(), 0, 0, null, Long.toString(millis(now - pausedAt)));
            return CommandResult.accepted(Command.RESUME);
        }));
    }

    public CommandResult skip() {
        return command(Command.SKIP, now -> guard.skip(this).orElseGet(() -> {
            endPhase(EndedBy.SKIP, now);
            return CommandResult.accepted(Command.SKIP);
        }));
    }

    /** Repeats the phase from its start once it has run {@link #BACK_REPEATS_AFTER}; before that, the previous. */
    public CommandResult back() {
        return command(Command.BACK, now -> guard.back(this, now).orElseGet(() -> {
            boolean repeat = run.activeAt(now) >= BACK_REPEATS_AFTER.toNanos();
            int from = run.phase.index();
            out.event(EventType.BACK, now, from, 0, 0, null, repeat ? "repeat" : "previous");
            closePhase(EndedBy.BACK, now);
            startPhase(repeat ? from : from - 1, now);
            return CommandResult.accepted(Command.BACK);
        }));
    }

    /** Lengthens the current countdown by whole seconds; a hold-until-release cannot be extended past its cap. */
    public CommandResult extend(int seconds) {
        return command(Command.EXTEND, now -> guard.extend(this, seconds, now).orElseGet(() -> {
            run.extensionNanos += seconds * Milestone.SECOND;
            out.event(EventType.EXTENDED, now, run.phase.index(), 0, 0, null, Integer.toString(seconds));
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
        return command(Command.CONFIRM, now -> guard.confirm(this, value, now).orElseGet(() -> {
            Phase phase = run.phase;
            String detail = value.isPresent() ? Integer.toString(value.getAsInt()) : "";
            boolean rating = phase.kind() == PhaseKind.RATE;
            out.event(rating ? EventType.RATED : EventType.CONFIRMED, now, phase.index(), 0, 0, null, detail);
            if (phase.kind() == PhaseKind.NEEDLE) {
                needlesIn.put(phase.index(), value.getAsInt());
            }
            endPhase(EndedBy.CONFIRMATION, now);
            return CommandResult.accepted(Command.CONFIRM);
        }));
    }

    public CommandResult markRelease() {
        return command(Command.MARK_RELEASE, now -> guard.markRelease(this, now).orElseGet(() -> {
            out.event(EventType.RELEASE_MARKED, now, run.phase.index(), 0, 0, null, "");
            endPhase(EndedBy.RELEASE, now);
            return CommandResult.accepted(Command.MARK_RELEASE);
        }));
    }

    public CommandResult endEarly(String reason) {
        return command(Command.END_EARLY, now -> guard.endEarly(this, reason).orElseGet(() -> {
            if (state == SessionState.PAUSED) {
                run.pausedNanos += now - pausedAt;
            }
            closePhase(EndedBy.END, now);
            run = null;
            endReason = reason.strip();
            setState(SessionState.ENDED_EARLY);
            out.event(EventType.SESSION_ENDED_EARLY, now, -1, 0, 0, null, endReason);
            return CommandResult.accepted(Command.END_EARLY);
        }));
    }

    /**
     * Continues a session from its stored events (same timeline), paused in the phase it was in, so the therapist
     * resumes deliberately: resume continues with the time on record, back repeats the phase from its start.
     * Only on a new engine, before anything else; listeners added before see the RESTORED event.
     */
    public void restore(List<SessionEvent> stored) {
        if (state != SessionState.READY || !out.isEmpty()) {
            throw new IllegalStateException("restore needs a new engine");
        }
        long now = ticker.nanoTime();
        out.begin(now);
        SessionRestore.apply(this, EventReplay.of(timeline, stored), stored, now);
        out.deliver();
    }

    // --- used by the helpers in this package -------------------------------------------------------------------

    Outbox out() {
        return out;
    }

    PhaseRun run() {
        return run;
    }

    long pausedAt() {
        return pausedAt;
    }

    SessionState pausedFrom() {
        return pausedFrom;
    }

    String endReason() {
        return endReason;
    }

    Map<Integer, Integer> needlesIn() {
        return needlesIn;
    }

    void startAfterRestore(int index, long at) {
        startPhase(index, at);
    }

    void completeAfterRestore(long at) {
        complete(at);
    }

    void restoreTo(PhaseRun restored, SessionState from, long pauseStart) {
        run = restored;
        pausedFrom = from;
        pausedAt = pauseStart;
        setState(SessionState.PAUSED);
    }

    // --- the machine ----------------------------------------------------------------------------------------------

    private CommandResult command(Command command, LongFunction<CommandResult> body) {
        long now = ticker.nanoTime();
        out.begin(now);
        catchUp(now);
        CommandResult result = body.apply(now);
        if (result.refused()) {
            int phase = run == null ? -1 : run.phase.index();
            out.event(EventType.COMMAND_REFUSED, now, phase, 0, 0, null, command + ": " + result.reason());
        }
        out.deliver();
        return result;
    }

    /** Handles, in order, everything due up to {@code now}, each at the ticker time it was due. */
    private void catchUp(long now) {
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

    private void startPhase(int index, long at) {
        Phase phase = timeline.phase(index);
        run = new PhaseRun(phase, at);
        setState(SessionState.RUNNING);
        out.event(EventType.PHASE_STARTED, at, index, phase.timing().nominal().toMillis(), 0, null, "");
        out.cue(CueType.PHASE_STARTED, Optional.of(phase), 0, at);
        if (run.isBarePrompt()) {
            awaitConfirmation(at);
        }
    }

    private void awaitConfirmation(long at) {
        setState(SessionState.AWAITING_CONFIRMATION);
        out.event(EventType.AWAITING_CONFIRMATION, at, run.phase.index(), 0, 0, null, "");
        out.cue(CueType.AWAITING_CONFIRMATION, Optional.of(run.phase), 0, at);
    }

    /** Ends the current phase at {@code at} and moves on: the next phase starts at that same instant. */
    private void endPhase(EndedBy endedBy, long at) {
        closePhase(endedBy, at);
        int next = run.phase.index() + 1;
        if (next < timeline.size()) {
            startPhase(next, at);
        } else {
            complete(at);
        }
    }

    private void complete(long at) {
        run = null;
        setState(SessionState.COMPLETED);
        out.event(EventType.SESSION_COMPLETED, at, -1, 0, 0, null, "");
        out.cue(CueType.SESSION_COMPLETED, Optional.empty(), 0, at);
    }

    private void closePhase(EndedBy endedBy, long at) {
        Phase phase = run.phase;
        out.event(EventType.PHASE_ENDED, at, phase.index(), phase.timing().nominal().toMillis(),
                millis(run.activeAt(at)), endedBy, "");
    }

    private void setState(SessionState to) {
        if (to != state) {
            SessionState from = state;
            state = to;
            out.state(from, to);
        }
    }

    private String describeStart() {
        return timeline.protocol().id() + " v" + timeline.protocol().version()
                + timeline.chosenSide().map(side -> " side " + side.word()).orElse("");
    }

    static long millis(long nanos) {
        return Math.floorDiv(nanos, 1_000_000L);
    }
}
