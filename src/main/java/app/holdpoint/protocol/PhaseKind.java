package app.holdpoint.protocol;

/** What a phase asks of the therapist; each kind has its own word on screen, colour, icon and tone. */
public enum PhaseKind {
    PRESS("PRESS"),
    RELAX("RELAX"),
    SPRAY("SPRAY"),
    STRETCH("STRETCH"),
    CONTRACT("CONTRACT"),
    REWARM("REWARM"),
    NEEDLE("NEEDLE"),
    RETAIN("RETAIN"),
    NEEDLES_OUT("NEEDLES OUT"),
    HAEMOSTASIS("PRESS SITE"),
    INSTRUCT("DO"),
    RATE("RATE"),
    HOME_CARE("HOME CARE");

    private final String word;

    PhaseKind(String word) {
        this.word = word;
    }

    /** The word shown in capitals while the phase runs. */
    public String word() {
        return word;
    }
}
