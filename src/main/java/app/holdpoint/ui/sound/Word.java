package app.holdpoint.ui.sound;

import app.holdpoint.protocol.PhaseKind;

/**
 * A spoken cue: one short word or phrase per phase kind, the release point of a hold-until-release, and the
 * count of a countdown's last three seconds. What is said in each language is in {@code speech/words.tsv};
 * the recorded clip is {@code speech/<language>/<clip>.wav}.
 */
public enum Word {
    PRESS("press"),
    RELAX("relax"),
    SPRAY("spray"),
    STRETCH("stretch"),
    CONTRACT("contract"),
    REWARM("rewarm"),
    NEEDLE("needle"),
    RETAIN("retain"),
    NEEDLES_OUT("needles-out"),
    PRESS_SITE("press-site"),
    INSTRUCT("instruct"),
    RATE("rate"),
    HOME_CARE("home-care"),
    /** A hold-until-release reached its minimum: the therapist may release now. */
    RELEASE("release"),
    THREE("three"),
    TWO("two"),
    ONE("one");

    private final String clip;

    Word(String clip) {
        this.clip = clip;
    }

    /** The clip's file name without {@code .wav}, as in {@code words.tsv}. */
    public String clip() {
        return clip;
    }

    /** What is said when a phase of this kind starts; every kind has its word. */
    public static Word phaseStarted(PhaseKind kind) {
        return switch (kind) {
            case PRESS -> PRESS;
            case RELAX -> RELAX;
            case SPRAY -> SPRAY;
            case STRETCH -> STRETCH;
            case CONTRACT -> CONTRACT;
            case REWARM -> REWARM;
            case NEEDLE -> NEEDLE;
            case RETAIN -> RETAIN;
            case NEEDLES_OUT -> NEEDLES_OUT;
            case HAEMOSTASIS -> PRESS_SITE;
            case INSTRUCT -> INSTRUCT;
            case RATE -> RATE;
            case HOME_CARE -> HOME_CARE;
        };
    }

    /**
     * The count for one of the last three seconds of a countdown.
     *
     * @param secondsLeft 3, 2 or 1
     * @throws IllegalArgumentException for any other number: only the last three seconds are counted aloud
     */
    public static Word count(int secondsLeft) {
        return switch (secondsLeft) {
            case 3 -> THREE;
            case 2 -> TWO;
            case 1 -> ONE;
            default -> throw new IllegalArgumentException("only 3, 2 and 1 are counted aloud, not " + secondsLeft);
        };
    }
}
