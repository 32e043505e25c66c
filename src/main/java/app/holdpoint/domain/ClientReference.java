package app.holdpoint.domain;

import java.util.regex.Pattern;

/**
 * A pseudonymous client reference as the kiosk takes it: {@link #MIN_LENGTH} to {@link #MAX_LENGTH} capital
 * letters A–Z, digits and hyphens, starting with a letter or digit ({@code KM-0412}). No name or date of birth is
 * needed, and the kiosk's keypad has exactly these keys.
 * <p>
 * The record may hold references that do not have this form: written before the kiosk had the rule, by
 * {@code simulate} or from another kiosk. The store keeps accepting and reading those as long as they are one
 * line of 1 to {@link #RECORDED_MAX_LENGTH} characters ({@link #isRecordable}), so no stored session becomes
 * unreadable or uncopyable; every new reference typed at the kiosk is checked against {@link #FORM}.
 *
 * @param value a reference matching {@link #FORM}
 */
public record ClientReference(String value) {
    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 24;
    /** The longest reference the record stores (its column's width). */
    public static final int RECORDED_MAX_LENGTH = 64;
    /** The form of a new reference: capitals, digits and hyphens, not starting with a hyphen. */
    public static final Pattern FORM = Pattern.compile("[A-Z0-9][A-Z0-9-]{" + (MIN_LENGTH - 1) + ","
            + (MAX_LENGTH - 1) + "}");

    /** @throws IllegalArgumentException when {@code value} does not match {@link #FORM} */
    public ClientReference {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("a client reference has " + MIN_LENGTH + " to " + MAX_LENGTH
                    + " capital letters, digits and hyphens, not '" + value + "'");
        }
    }

    /** Whether {@code text} is a new reference the kiosk accepts; false for null. */
    public static boolean isWellFormed(String text) {
        return text != null && FORM.matcher(text).matches();
    }

    /**
     * Whether the record can hold {@code text} (already cleaned to one line): 1 to {@value #RECORDED_MAX_LENGTH}
     * characters. Wider than {@link #FORM} so that what the record already holds stays writable and copyable.
     */
    public static boolean isRecordable(String text) {
        return text != null && !text.isEmpty() && text.length() <= RECORDED_MAX_LENGTH;
    }

    @Override
    public String toString() {
        return value;
    }
}
