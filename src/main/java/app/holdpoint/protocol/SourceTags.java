package app.holdpoint.protocol;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Source tags ({@code [S12]}, {@code [DEFAULT]}, {@code [S7, S8]}, {@code [S2, extrapolated]}…) say where a number
 * or a sentence comes from. They belong in the protocol file, the record and the audit, not on the runner's
 * screen, where a therapist at the table has no use for them: this is the one place they are taken out.
 */
public final class SourceTags {
    /**
     * A bracket (or a parenthesis, as the catalog's precautions write them: "(S17, S19)") and the blanks before
     * it; whether it is a tag is decided by {@link #isTag}.
     */
    private static final Pattern BRACKET = Pattern.compile("[ \\t]*(?:\\[([^\\[\\]]*)\\]|\\(([^()]*)\\))");
    /** One item of a tag: a source id or DEFAULT, maybe with a note ("S71 about 30 s"). */
    private static final Pattern SOURCE = Pattern.compile("(?:S\\d+[a-z]?|DEFAULT)(?:\\s.*)?");
    /** A qualifier beside a source ("extrapolated", "adapted"). */
    private static final Pattern QUALIFIER = Pattern.compile("[a-z][a-z -]*");

    private SourceTags() {
    }

    /** The text without its source tags and the blanks before them; null stays null. */
    public static String strip(String text) {
        if (text == null || text.indexOf('[') < 0 && text.indexOf('(') < 0) {
            return text;
        }
        Matcher m = BRACKET.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            if (isTag(m.group(1) != null ? m.group(1) : m.group(2))) {
                out.append(text, last, m.start());
                last = m.end();
            }
        }
        out.append(text, last, text.length());
        // A tag between two words leaves no double space behind; a tag at the start leaves no leading blank.
        return out.toString().replaceAll("(?<=\\S) {2,}(?=\\S)", " ").strip();
    }

    static boolean isTag(String inside) {
        boolean source = false;
        for (String item : inside.split("[,;]")) {
            String word = item.strip();
            if (SOURCE.matcher(word).matches()) {
                source = true;
            } else if (!QUALIFIER.matcher(word).matches()) {
                return false;
            }
        }
        return source;
    }
}
