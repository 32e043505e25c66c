package app.holdpoint.ui.widget;

import javax.swing.text.AbstractDocument;
import javax.swing.text.AttributeSet;
import javax.swing.text.BadLocationException;
import javax.swing.text.DocumentFilter;
import javax.swing.text.JTextComponent;

/**
 * Stops typing and pasting at a length the record allows (a session's note, an addendum), so the therapist sees
 * the limit while writing rather than a refusal when signing. What does not fit of a paste is left out; a
 * character made of two UTF-16 units is never cut in half.
 */
public final class TextLimit extends DocumentFilter {
    private final int maxLength;

    private TextLimit(int maxLength) {
        this.maxLength = maxLength;
    }

    /**
     * Limits {@code field} to {@code maxLength} UTF-16 characters ({@link String#length()}).
     *
     * @throws IllegalArgumentException when the field's document cannot be filtered (not an
     *                                  {@link AbstractDocument}, which every Swing text field's default is)
     */
    public static void apply(JTextComponent field, int maxLength) {
        if (!(field.getDocument() instanceof AbstractDocument document)) {
            throw new IllegalArgumentException("a " + field.getDocument().getClass().getSimpleName()
                    + " cannot be limited");
        }
        document.setDocumentFilter(new TextLimit(maxLength));
    }

    @Override
    public void insertString(FilterBypass fb, int offset, String text, AttributeSet attributes)
            throws BadLocationException {
        replace(fb, offset, 0, text, attributes);
    }

    @Override
    public void replace(FilterBypass fb, int offset, int length, String text, AttributeSet attributes)
            throws BadLocationException {
        String fitting = fitting(text, maxLength - (fb.getDocument().getLength() - length));
        if (fitting.isEmpty() && length == 0) {
            return;
        }
        fb.replace(offset, length, fitting, attributes);
    }

    /** As much of {@code text} as fits in {@code room}, without half a surrogate pair at the end. */
    static String fitting(String text, int room) {
        if (text == null || room <= 0) {
            return "";
        }
        if (text.length() <= room) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(room - 1)) ? room - 1 : room;
        return text.substring(0, end);
    }
}
