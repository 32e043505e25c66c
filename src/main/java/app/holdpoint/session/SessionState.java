package app.holdpoint.session;

/** Where a session stands. COMPLETED and ENDED_EARLY are final: every command is refused there. */
public enum SessionState {
    /** Built, not started: only start (or a restore) is accepted. */
    READY,
    /** A phase is counting down, or counting up for a hold-until-release. */
    RUNNING,
    /** Time is stopped; resume returns to the state it was paused from. */
    PAUSED,
    /** The phase waits for the therapist's confirmation (a rating, a needle count, "done"), showing elapsed time. */
    AWAITING_CONFIRMATION,
    COMPLETED,
    ENDED_EARLY;

    public boolean isFinal() {
        return this == COMPLETED || this == ENDED_EARLY;
    }
}
