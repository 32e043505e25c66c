package app.holdpoint.ui.sound;

import java.util.List;

/** A short melody: notes played one after another with a silent gap between them. */
public record Tone(int gapMillis, List<Note> notes) {

    /** How a note sounds: a soft sine, a bell that decays, or a harsher tone with odd harmonics for alarms. */
    public enum Timbre { SOFT, BELL, HARSH }

    public record Note(double hertz, int millis, double gain, Timbre timbre) {
    }

    public Tone {
        notes = List.copyOf(notes);
        if (notes.isEmpty()) {
            throw new IllegalArgumentException("a tone needs at least one note");
        }
    }

    Tone(int gapMillis, Note... notes) {
        this(gapMillis, List.of(notes));
    }

    static Note note(double hertz, int millis, double gain) {
        return new Note(hertz, millis, gain, Timbre.SOFT);
    }

    static Note bell(double hertz, int millis, double gain) {
        return new Note(hertz, millis, gain, Timbre.BELL);
    }

    static Note harsh(double hertz, int millis, double gain) {
        return new Note(hertz, millis, gain, Timbre.HARSH);
    }

    /** Total length including the gaps. */
    public int millis() {
        return notes.stream().mapToInt(Note::millis).sum() + gapMillis * (notes.size() - 1);
    }
}
