package app.holdpoint.ui.sound;

import java.util.List;

import app.holdpoint.protocol.PhaseKind;

/**
 * What the kiosk says with sound. Phase starts have one tone per family of phase kinds (pressure, rest,
 * stretch, needling, prompt), so the therapist hears what to do next without looking; the rest mark moments
 * within a phase. Every tone is short and above 440 Hz, where tablet speakers still carry.
 */
public enum Chime {
    /** PRESS, CONTRACT, PRESS SITE: two firm beats. */
    PHASE_PRESSURE(new Tone(90, Tone.note(440, 170, 0.9), Tone.note(440, 170, 0.9))),
    /** RELAX, REWARM: a soft falling pair. */
    PHASE_REST(new Tone(40, Tone.note(659, 200, 0.7), Tone.note(440, 340, 0.7))),
    /** SPRAY, STRETCH: a rising run of three. */
    PHASE_STRETCH(new Tone(30, Tone.note(392, 120, 0.8), Tone.note(523, 120, 0.8), Tone.note(659, 200, 0.8))),
    /** NEEDLE, RETAIN, NEEDLES OUT: one bell. */
    PHASE_NEEDLING(new Tone(0, Tone.bell(1047, 600, 0.8))),
    /** DO, RATE, HOME CARE: a rising ding-dong. */
    PHASE_PROMPT(new Tone(40, Tone.note(587, 160, 0.75), Tone.note(784, 260, 0.75))),
    /** Each of the last three seconds of a countdown. */
    TICK(new Tone(0, Tone.note(1000, 55, 0.6))),
    /** Half of a countdown has passed. */
    HALFWAY(new Tone(0, Tone.note(523, 130, 0.55))),
    /** A hold-until-release reached its minimum: release may be marked now. */
    RELEASE_ALLOWED(new Tone(30, Tone.note(880, 90, 0.8), Tone.note(1175, 160, 0.8))),
    /** A hold-until-release reached its warning point. */
    WARNING(new Tone(110, Tone.harsh(740, 180, 0.9), Tone.harsh(740, 180, 0.9), Tone.harsh(740, 180, 0.9))),
    /** A hold reached its safety maximum. Loud, alternating, unmistakable. */
    ALARM(new Tone(20, Tone.harsh(988, 170, 1.0), Tone.harsh(740, 170, 1.0), Tone.harsh(988, 170, 1.0),
            Tone.harsh(740, 170, 1.0), Tone.harsh(988, 170, 1.0), Tone.harsh(740, 300, 1.0))),
    /** The phase now waits for the therapist's confirmation. */
    AWAITING_CONFIRMATION(new Tone(40, Tone.note(784, 150, 0.75), Tone.note(587, 260, 0.75))),
    /** The whole session is done. */
    SESSION_COMPLETED(new Tone(20, Tone.note(523, 130, 0.75), Tone.note(659, 130, 0.75), Tone.note(784, 130, 0.75),
            Tone.bell(1047, 700, 0.75)));

    private final Tone tone;

    Chime(Tone tone) {
        this.tone = tone;
    }

    public Tone tone() {
        return tone;
    }

    /** The tone announcing that a phase of this kind has started. */
    public static Chime phaseStarted(PhaseKind kind) {
        switch (kind) {
            case PRESS:
            case CONTRACT:
            case HAEMOSTASIS:
                return PHASE_PRESSURE;
            case RELAX:
            case REWARM:
                return PHASE_REST;
            case SPRAY:
            case STRETCH:
                return PHASE_STRETCH;
            case NEEDLE:
            case RETAIN:
            case NEEDLES_OUT:
                return PHASE_NEEDLING;
            case INSTRUCT:
            case RATE:
            case HOME_CARE:
                return PHASE_PROMPT;
            default:
                throw new IllegalArgumentException("no tone for " + kind);
        }
    }

    /** All chimes announcing a phase start. */
    public static List<Chime> phaseCues() {
        return List.of(PHASE_PRESSURE, PHASE_REST, PHASE_STRETCH, PHASE_NEEDLING, PHASE_PROMPT);
    }
}
