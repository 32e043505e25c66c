package app.holdpoint.ui.sound;

/** Reading back 16-bit little-endian mono PCM in tests. */
final class Pcm {
    private Pcm() {
    }

    static short[] samples(byte[] pcm) {
        short[] samples = new short[pcm.length / 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
        }
        return samples;
    }

    static int peak(byte[] pcm) {
        int peak = 0;
        for (short s : samples(pcm)) {
            peak = Math.max(peak, Math.abs(s));
        }
        return peak;
    }

    /** Power at one frequency (Goertzel) over a window of samples, normalised by the window length. */
    static double power(short[] samples, int from, int length, double hertz) {
        double w = 2 * Math.PI * hertz / ToneSynth.SAMPLE_RATE;
        double coeff = 2 * Math.cos(w);
        double s1 = 0;
        double s2 = 0;
        for (int i = from; i < from + length; i++) {
            double s0 = samples[i] + coeff * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        return (s1 * s1 + s2 * s2 - coeff * s1 * s2) / ((double) length * length);
    }
}
