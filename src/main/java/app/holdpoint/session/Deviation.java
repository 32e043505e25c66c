package app.holdpoint.session;

/** How what was delivered differs from what the protocol planned; the audit highlights each. */
public enum Deviation {
    /** The therapist skipped the phase (it may also be SHORTENED). */
    SKIPPED,
    /** Active time fell short of the planned time by more than the report's tolerance. */
    SHORTENED,
    /** Time was added to the phase's countdown. */
    EXTENDED,
    /** A hold until release reached its safety maximum and was ended by the cap. */
    CAPPED,
    /** Back interrupted this run; the phase (or the one before) ran again, shown as a later row. */
    REPEATED,
    /** The session ended before this phase ever ran. */
    NOT_REACHED,
    /** Session level: the session was ended before its last phase, with a reason. */
    ENDED_EARLY
}
