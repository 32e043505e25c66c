package app.holdpoint.ui.sound;

/** Sums two sounds (16-bit little-endian mono PCM at the same rate) into one, without clipping. */
public final class Mix {
    private Mix() {
    }

    /**
     * The tone with the speech added from {@code speechOffsetSamples} on; as long as the longer of the two. Where
     * the sum would pass full scale the whole result is scaled down by the same factor: a word that arrives
     * during a loud tone stays undistorted and the pair keeps its balance, just a little quieter.
     *
     * @throws IllegalArgumentException when the offset is negative or a buffer has an odd number of bytes
     */
    public static byte[] of(byte[] tone, byte[] speech, int speechOffsetSamples) {
        if (speechOffsetSamples < 0 || tone.length % 2 != 0 || speech.length % 2 != 0) {
            throw new IllegalArgumentException("16-bit samples and a non-negative offset are needed");
        }
        int toneSamples = tone.length / 2;
        int length = Math.max(toneSamples, speechOffsetSamples + speech.length / 2);
        int[] sum = new int[length];
        for (int i = 0; i < toneSamples; i++) {
            sum[i] = sample(tone, i);
        }
        for (int i = 0; i < speech.length / 2; i++) {
            sum[speechOffsetSamples + i] += sample(speech, i);
        }
        int peak = 0;
        for (int value : sum) {
            peak = Math.max(peak, Math.abs(value));
        }
        double scale = peak > Short.MAX_VALUE ? Short.MAX_VALUE / (double) peak : 1.0;
        byte[] out = new byte[length * 2];
        for (int i = 0; i < length; i++) {
            int value = scale == 1.0 ? sum[i] : (int) Math.round(sum[i] * scale);
            value = Math.max(-Short.MAX_VALUE, Math.min(Short.MAX_VALUE, value));
            out[2 * i] = (byte) value;
            out[2 * i + 1] = (byte) (value >> 8);
        }
        return out;
    }

    private static int sample(byte[] pcm, int i) {
        return (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
    }
}
