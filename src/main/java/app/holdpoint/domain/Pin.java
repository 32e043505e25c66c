package app.holdpoint.domain;

/**
 * The shape of a therapist's PIN: {@link #MIN_LENGTH} to {@link #MAX_LENGTH} ASCII digits. PINs travel as
 * {@code char[]} so that callers can wipe them after use; these checks never copy one into a {@code String}.
 */
public final class Pin {
    public static final int MIN_LENGTH = 4;
    public static final int MAX_LENGTH = 8;

    private Pin() {
    }

    /** 4 to 8 digits and nothing else; false for null. */
    public static boolean isWellFormed(char[] pin) {
        return hasAllowedLength(pin) && isDigits(pin);
    }

    /** 4 to 8 characters, whatever they are; false for null. */
    public static boolean hasAllowedLength(char[] pin) {
        return pin != null && pin.length >= MIN_LENGTH && pin.length <= MAX_LENGTH;
    }

    /** Only the digits 0–9 (other scripts' digits are not PIN digits); true for an empty array. */
    public static boolean isDigits(char[] pin) {
        for (char c : pin) {
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
