package app.holdpoint.session;

/** Receives every event of the session's stream, in sequence order, on the thread that drives the engine. */
@FunctionalInterface
public interface SessionEventListener {
    void onEvent(SessionEvent event);
}
