package app.holdpoint.session;

/** Where back went, as a {@link EventType#BACK} event records it. */
public enum BackTarget {
    /** The phase started over (it had run at least {@link SessionEngine#BACK_REPEATS_AFTER}). */
    REPEAT,
    /** The phase before it ran again. */
    PREVIOUS
}
