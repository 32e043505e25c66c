package app.holdpoint.ui.sound;

import javax.sound.sampled.AudioFormat;

/** Renders a {@link Tone} to 16-bit mono PCM: sines with a short attack and release so nothing clicks. */
public final class ToneSynth {
    public static final float SAMPLE_RATE = 44_100f;
    public static final AudioFormat FORMAT = new AudioFormat(SAMPLE_RATE, 16, 1, true, false);

    private static final double ATTACK_SECONDS = 0.006;
    private static final double RELEASE_SECONDS = 0.025;
    /** Headroom so a note with harmonics at full volume never clips. */
    private static final double PEAK = 0.8 * Short.MAX_VALUE;

    private ToneSynth() {
    }

    /**
     * The tone as little-endian signed 16-bit samples at {@link #SAMPLE_RATE}. Volume 0–1 is applied as its
     * square, which is closer to how loud people hear it than a straight scale.
     */
    public static byte[] render(Tone tone, double volume) {
        double amplitude = PEAK * Math.pow(clamp(volume), 2);
        int gap = samples(tone.gapMillis());
        int total = 0;
        for (Tone.Note note : tone.notes()) {
            total += samples(note.millis());
        }
        total += gap * (tone.notes().size() - 1);
        byte[] pcm = new byte[total * 2];
        int at = 0;
        for (int n = 0; n < tone.notes().size(); n++) {
            Tone.Note note = tone.notes().get(n);
            int count = samples(note.millis());
            for (int i = 0; i < count; i++) {
                double t = i / (double) SAMPLE_RATE;
                double value = amplitude * note.gain() * envelope(note, i, count) * wave(note, t);
                short sample = (short) Math.round(Math.max(-Short.MAX_VALUE, Math.min(Short.MAX_VALUE, value)));
                pcm[at++] = (byte) sample;
                pcm[at++] = (byte) (sample >> 8);
            }
            if (n < tone.notes().size() - 1) {
                at += gap * 2; // already zero
            }
        }
        return pcm;
    }

    private static double wave(Tone.Note note, double t) {
        double phase = 2 * Math.PI * note.hertz() * t;
        switch (note.timbre()) {
            case BELL:
                return 0.8 * Math.sin(phase) + 0.2 * Math.sin(2.76 * phase);
            case HARSH:
                return 0.7 * Math.sin(phase) + 0.22 * Math.sin(3 * phase) + 0.08 * Math.sin(5 * phase);
            case SOFT:
            default:
                return 0.85 * Math.sin(phase) + 0.15 * Math.sin(2 * phase);
        }
    }

    private static double envelope(Tone.Note note, int i, int count) {
        int attack = (int) (ATTACK_SECONDS * SAMPLE_RATE);
        int release = (int) (RELEASE_SECONDS * SAMPLE_RATE);
        double rise = i < attack ? i / (double) attack : 1.0;
        double fall = i > count - release ? Math.max(0, (count - i) / (double) release) : 1.0;
        double shape = note.timbre() == Tone.Timbre.BELL ? Math.exp(-4.0 * i / count) : 1.0;
        return rise * fall * shape;
    }

    private static int samples(int millis) {
        return (int) Math.round(SAMPLE_RATE * millis / 1000.0);
    }

    private static double clamp(double volume) {
        return Double.isNaN(volume) ? 0 : Math.max(0, Math.min(1, volume));
    }
}
