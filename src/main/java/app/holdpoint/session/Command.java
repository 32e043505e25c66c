package app.holdpoint.session;

/** What the therapist (or a driver acting for them) can ask of the engine. Named in refusals and events. */
public enum Command {
    START, PAUSE, RESUME, SKIP, BACK, EXTEND, CONFIRM, MARK_RELEASE, END_EARLY
}
