package app.holdpoint.audit;

/**
 * The one place every CSV the product writes makes its text cells safe: RFC 4180 quoting, and a cell a
 * spreadsheet would run as a formula (starting with {@code = + - @}, tab or CR) gets a leading apostrophe
 * (OWASP "CSV injection"). Numbers are written by the callers as numbers and never pass through here.
 */
public final class CsvText {
    /** Written first in the spreadsheet form, so Excel's double-click reads the file as UTF-8 ("Zoé", not "ZoÃ©"). */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    private CsvText() {
    }

    /** A text cell as it goes into the file: defused, then quoted if it needs to be. */
    public static String cell(String value) {
        return quote(defuse(value == null ? "" : value));
    }

    /** {@code =1+1} becomes {@code '=1+1}; anything else is unchanged. */
    public static String defuse(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }

    /** Quotes a field holding a comma, quote, CR or LF, doubling its quotes (RFC 4180). */
    public static String quote(String value) {
        boolean needs = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
