package app.holdpoint.session;

/** What a {@link Cue} announces; the UI and sound choose a tone, a flash and a word for each. */
public enum CueType {
    /** A phase began; the cue carries the phase, so each kind can have its own tone. */
    PHASE_STARTED,
    /** One per second in a countdown's last three seconds; {@link Cue#count()} is 3, 2 or 1. */
    LAST_SECONDS,
    /** Half of a countdown of 30 s or more has passed. */
    HALFWAY,
    /** A hold-until-release reached its minimum: release may now be marked. */
    RELEASE_ALLOWED,
    /** A hold-until-release reached its warning point. */
    WARNING,
    /** A hold-until-release reached its safety maximum; the phase ends at once (ended by the cap). */
    ALARM,
    /** The phase now waits for a confirmation: a bare prompt at its start, a timed one when its countdown ends. */
    AWAITING_CONFIRMATION,
    SESSION_COMPLETED
}
