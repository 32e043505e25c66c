package app.holdpoint.domain;

/**
 * How long the free text a therapist writes into the record may be: the note sealed with a session, and an
 * addendum written later. Lengths count UTF-16 characters of the text as stored (normalised and stripped), as
 * {@link String#length()} does. An input field stops typing at the limit; the store checks the stored form again
 * (normalising may, rarely, lengthen a text).
 */
public final class NoteText {
    /** The longest note sealed with a session. */
    public static final int MAX_LENGTH = 4000;
    /** The longest addendum to a sealed session. */
    public static final int ADDENDUM_MAX_LENGTH = 8000;

    private NoteText() {
    }

    /** Whether a session's note of this text fits; an empty note always fits (it is left out). */
    public static boolean fitsNote(String text) {
        return text.length() <= MAX_LENGTH;
    }

    /** Whether an addendum of this text can be stored: 1 to {@value #ADDENDUM_MAX_LENGTH} characters. */
    public static boolean fitsAddendum(String text) {
        return !text.isEmpty() && text.length() <= ADDENDUM_MAX_LENGTH;
    }
}
