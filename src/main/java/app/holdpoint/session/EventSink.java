package app.holdpoint.session;

/**
 * Where a session's events are made durable: the store implements it. {@link #append} returns only once the
 * event would survive a power cut, so a caller that shows an event after {@code append} returns never shows
 * something the record lacks. A failure is thrown, never swallowed.
 */
@FunctionalInterface
public interface EventSink {
    void append(SessionEvent event);

    /** For when nothing is stored (the simulation before the store exists, tests): accepts and keeps nothing. */
    static EventSink discarding() {
        return event -> { };
    }
}
