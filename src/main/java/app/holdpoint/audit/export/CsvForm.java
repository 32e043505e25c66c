package app.holdpoint.audit.export;

/** Which CSV a person asked for: plain RFC 4180 UTF-8 for tools (the default), or the same with a byte-order mark. */
public enum CsvForm {
    /** RFC 4180, UTF-8 without a byte-order mark: what scripts and databases expect. */
    PLAIN,
    /** UTF-8 with a byte-order mark, so a double-click in Excel shows accented and non-Latin names as written. */
    EXCEL
}
