package app.holdpoint.audit.export;

import java.util.stream.Stream;

/**
 * The column names of the CSV exports, the one place they are written. They are the same in every language, the
 * Excel form included: clinics' spreadsheets and scripts find a column by its name, and a file's columns should not
 * change with the language of the machine that wrote it (docs/architecture.md, "Decisions"). What a person reads
 * about an export (no session matches, why a file cannot be written) is in the reports bundle instead.
 */
enum CsvColumns {
    SESSION_ID("session id"),
    STARTED("started"),
    ENDED("ended"),
    THERAPIST("therapist"),
    PROTOCOL("protocol"),
    VERSION("version"),
    CLIENT_REF("client ref"),
    SIDE("side"),
    STATUS("status"),
    PLANNED_S("planned s"),
    ACTUAL_S("actual s"),
    SKIPPED("skipped"),
    SHORTENED("shortened"),
    EXTENDED("extended"),
    CAPPED("capped"),
    DEVIATIONS("deviations"),
    PAIN_BEFORE("pain before"),
    PAIN_AFTER("pain after"),
    SIGNED_BY("signed by"),
    SEAL_HASH("seal hash"),
    KIOSK("kiosk"),
    INDEX("index"),
    KIND("kind"),
    LABEL("label"),
    MUSCLE("muscle"),
    CYCLE("cycle"),
    RUN("run"),
    ENDED_BY("ended by");

    /** The sessions export: one row per session. */
    static final String[] SESSIONS = header(SESSION_ID, STARTED, ENDED, THERAPIST, PROTOCOL, VERSION, CLIENT_REF, SIDE,
            STATUS, PLANNED_S, ACTUAL_S, SKIPPED, SHORTENED, EXTENDED, CAPPED, DEVIATIONS, PAIN_BEFORE, PAIN_AFTER,
            SIGNED_BY, SEAL_HASH, KIOSK);

    /** The phases export: one row per run of each phase. */
    static final String[] PHASES = header(SESSION_ID, INDEX, KIND, LABEL, MUSCLE, SIDE, CYCLE, RUN, PLANNED_S,
            ACTUAL_S, ENDED_BY, DEVIATIONS);

    private final String text;

    CsvColumns(String text) {
        this.text = text;
    }

    /**
     * The phases export's one cell for a session whose report cannot be rebuilt, in the label column: part of the
     * file's format like the names above, so in English whatever the language.
     */
    static String noPhaseReport(String problem) {
        return "(no phase report: " + problem + ")";
    }

    private static String[] header(CsvColumns... columns) {
        return Stream.of(columns).map(column -> column.text).toArray(String[]::new);
    }
}
