package app.holdpoint.session;

/**
 * What a {@link SessionEvent} records. Stored by name, so new types may be added but never renamed.
 *
 * <p>Each type says what {@link SessionEvent#phase()} and {@link SessionEvent#detail()} hold ({@link EventDetails}
 * writes and reads every detail format). Offsets of events
 * the engine causes itself (a phase ending on its timer, at its cap) are the offsets they were due at, even when
 * the driver woke late; offsets of commands are when the command arrived. Events before SESSION_STARTED (only
 * refusals) have offset 0.
 */
public enum EventType {
    /** phase -1; detail {@code <protocol id> v<version>[ side <side>]}. */
    SESSION_STARTED,
    /** The phase began (also again after BACK); plannedMillis is its nominal time; detail "". */
    PHASE_STARTED,
    /** The phase ended; plannedMillis nominal, actualMillis active time (pauses excluded), endedBy set; detail "". */
    PHASE_ENDED,
    /**
     * Time stopped in the phase. Detail "" when the therapist paused; when the engine paused by itself because the
     * machine seems to have been suspended during a running phase: {@code suspend: clock +<N>s} (the wall clock
     * ran N whole seconds ahead of the monotonic clock, the sign of a suspend on Linux) or
     * {@code suspend: woke <N>s late} (the driver's wake came N whole seconds after the time the engine asked for,
     * only when the driver asked for that check). A suspend-pause is dated at the last moment the session is known
     * to have run (the step's poll, or the wake that was asked for), so the suspended time counts as paused.
     */
    PAUSED,
    /** Time runs again; detail is the pause's length in milliseconds. */
    RESUMED,
    /** The phase's countdown was lengthened; detail is the seconds added, e.g. {@code 15}. */
    EXTENDED,
    /** Release marked in a hold-until-release (PHASE_ENDED by RELEASE follows); detail "". */
    RELEASE_MARKED,
    /** A prompt was confirmed (PHASE_ENDED by CONFIRMATION follows); detail is the needle count, or "". */
    CONFIRMED,
    /** A RATE phase was answered (PHASE_ENDED by CONFIRMATION follows); detail is the rating, {@code 0}..{@code 10}. */
    RATED,
    /**
     * Back was pressed in the phase (PHASE_ENDED by BACK and a PHASE_STARTED follow); detail {@code repeat} when the
     * phase starts over, {@code previous} when the phase before it runs again.
     */
    BACK,
    /** A command was refused and nothing changed; detail {@code <COMMAND>: <reason>}, e.g. {@code SKIP: ...}. */
    COMMAND_REFUSED,
    /** The last phase ended; phase -1; detail "". */
    SESSION_COMPLETED,
    /** Ended before the last phase (a PHASE_ENDED by END precedes it); phase -1; detail is the reason given. */
    SESSION_ENDED_EARLY,
    /** The phase now waits for a confirmation (at its start for a bare prompt, when its countdown ends otherwise). */
    AWAITING_CONFIRMATION,
    /**
     * The session was rebuilt from its stored events after an interruption and waits, paused, in the phase it was
     * in; detail is the active milliseconds of that phase already on record. The time between the last stored
     * event and the interruption is unknown: it counts neither as active nor as paused, and the offsets continue
     * from the last stored one (the wall time shows the gap).
     */
    RESTORED,
    /**
     * The wall clock stepped during the session: read on a poll or command, it disagreed with the session's start
     * wall time plus its monotonic offset by more than {@link SessionEngine#CLOCK_STEP_THRESHOLD} (beyond any step
     * already recorded). phase is the current phase or -1; detail is the step's size in whole seconds with its
     * sign, always {@code [+-]<N>s}, e.g. {@code +3600s} (the wall clock jumped ahead), {@code -7200s} (it went
     * back). Wall times of all events stay the start wall time plus the offset, so the record keeps its order;
     * this event says by how much the machine's clock disagreed. Never a deviation. A forward step during a
     * running phase also pauses the session (PAUSED {@code suspend: clock +<N>s} follows at the same offset).
     */
    CLOCK_STEPPED
}
