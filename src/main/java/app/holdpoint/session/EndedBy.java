package app.holdpoint.session;

/** Who or what ended a phase. Stored by name. */
public enum EndedBy {
    TIMER, CONFIRMATION, SKIP, RELEASE, CAP, BACK, END
}
