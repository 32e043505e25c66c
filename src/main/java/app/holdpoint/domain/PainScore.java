package app.holdpoint.domain;

/**
 * A pain rating on the 0–10 numeric rating scale: 0 no pain, 10 the worst imaginable. Pain before, during (a
 * rate step) and after a session all use it.
 *
 * @param value from {@link #MIN} to {@link #MAX}
 */
public record PainScore(int value) {
    public static final int MIN = 0;
    public static final int MAX = 10;

    /** @throws IllegalArgumentException when {@code value} is outside 0–10 */
    public PainScore {
        if (!isValid(value)) {
            throw new IllegalArgumentException("pain is rated " + MIN + " to " + MAX + ", not " + value);
        }
    }

    /** Whether {@code value} is on the scale, for callers that report a wrong value in their own words. */
    public static boolean isValid(int value) {
        return value >= MIN && value <= MAX;
    }
}
