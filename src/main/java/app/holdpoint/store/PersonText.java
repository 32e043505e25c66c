package app.holdpoint.store;

import java.text.Normalizer;

/**
 * Text a person typed that the record keeps: names, client references and notes. Stored in one Unicode normal
 * form (NFC), so "José" typed as é or as e + combining accent is one name; control characters (an escape that
 * recolours a terminal, a NUL, a bidirectional override that reverses what a reader sees) are refused with a
 * message that names the character. Every entry point (CLI, kiosk, demo data) reaches the record through the
 * store, which applies this; lookups by name are normalised the same way.
 */
public final class PersonText {
    private PersonText() {
    }

    /** One line of text (a name, a reference): NFC, stripped; no control characters at all. */
    public static String line(String text, String what) {
        String clean = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).strip();
        refuseControls(clean, what, false);
        return clean;
    }

    /** Free text (a note, an addendum): NFC, stripped, line breaks as \n; tabs and line breaks are allowed. */
    public static String note(String text, String what) {
        String clean = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC)
                .replace("\r\n", "\n").strip();
        refuseControls(clean, what, true);
        return clean;
    }

    /** The stored form of a name to look up: what {@link #line} would store, without refusing anything. */
    public static String lookup(String name) {
        return Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC).strip();
    }

    private static void refuseControls(String text, String what, boolean multiline) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (multiline && (cp == '\n' || cp == '\t')) {
                continue;
            }
            if (isControl(cp)) {
                throw new StoreException(what + " cannot contain control characters; found "
                        + String.format("U+%04X", cp) + describe(cp) + ". Type it again without it");
            }
        }
    }

    static boolean isControl(int cp) {
        return Character.getType(cp) == Character.CONTROL
                || cp >= 0x202A && cp <= 0x202E // bidirectional embeddings and overrides
                || cp >= 0x2066 && cp <= 0x2069 // bidirectional isolates
                || cp == 0x2028 || cp == 0x2029; // line and paragraph separators
    }

    private static String describe(int cp) {
        return switch (cp) {
            case 0x1B -> " (escape)";
            case 0x00 -> " (NUL)";
            case '\t' -> " (tab)";
            case '\n', '\r' -> " (a line break)";
            default -> cp >= 0x202A && cp <= 0x2069 ? " (a text-direction control)" : "";
        };
    }
}
