package app.holdpoint.session;

/**
 * What a {@link SessionEvent} records. Stored by name, so new types may be added but never renamed.
 *
 * <p>Each type says what {@link SessionEvent#phase()} and {@link SessionEvent#detail()} hold. Offsets of events
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
    /** Time stopped in the phase; detail "". */
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
    RESTORED
}
