package app.holdpoint.session;

/** What a {@link SessionEvent} records. Stored by name, so new types may be added but never renamed. */
public enum EventType {
    SESSION_STARTED,
    PHASE_STARTED,
    PHASE_ENDED,
    PAUSED,
    RESUMED,
    EXTENDED,
    RELEASE_MARKED,
    CONFIRMED,
    RATED,
    BACK,
    COMMAND_REFUSED,
    SESSION_COMPLETED,
    SESSION_ENDED_EARLY
}
