package app.holdpoint.session;

/** Told when the session's state changes, on the thread that drives the engine. */
@FunctionalInterface
public interface StateListener {
    void stateChanged(SessionState from, SessionState to);
}
