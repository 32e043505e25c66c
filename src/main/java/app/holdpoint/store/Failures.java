package app.holdpoint.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

/** Turns database failures into messages someone can act on, keeping the cause for logs. */
final class Failures {
    private Failures() {
    }

    static RuntimeException translate(Throwable failure) {
        if (failure instanceof StoreException store) {
            return store;
        }
        if (diskFull(failure)) {
            return new DiskFull(failure);
        }
        if (failure instanceof SQLException sql) {
            return new StoreException(describe(sql), sql);
        }
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        return new StoreException("the database write failed: " + plain(firstLine(String.valueOf(
                failure.getMessage()))), failure);
    }

    static String describe(SQLException e) {
        if ("HP001".equals(e.getSQLState())) {
            return "refused by the database: " + firstLine(e.getMessage());
        }
        if (diskFull(e)) {
            return DISK_FULL;
        }
        switch (e.getErrorCode()) {
            case 90097: // DATABASE_IS_READ_ONLY
                return "the database is read-only; nothing was written";
            case 90020: // DATABASE_ALREADY_OPEN_1
                return "the database is in use by another program that opened it exclusively";
            case 90121: // DATABASE_CALLED_AT_SHUTDOWN
                return "the database is shutting down; nothing was written";
            case 90030: // FILE_CORRUPTED_1
            case 42102: // TABLE_OR_VIEW_NOT_FOUND_WITH_CANDIDATES: a migrated record's table gone = damage
            case 42103:
            case 42104:
                return DAMAGED;
            default:
                // H2's "internal error" while reading a file it wrote itself: a page holds what no page can.
                if (mentions(e, "corrupt") || mentions(e, "Unexpected code path")) {
                    return DAMAGED;
                }
                return "database error " + e.getErrorCode() + ": " + plain(firstLine(e.getMessage()));
        }
    }

    /** Said for a full disk, during a session too: what happened in words, and what to do. */
    static final String DISK_FULL = "the disk is full, so the record could not be written; free space on the disk"
            + " that holds the data folder (old exports, backups, downloads), then try again";

    /** Said for a record the database cannot read as written, when where it lives is not known here. */
    static final String DAMAGED = damaged(Optional.empty());

    /**
     * Said for a record the database cannot read as written: that it is damaged, where, and what to do, once.
     *
     * @param file the damaged file; empty: "holdpoint.mv.db in the data folder"
     */
    static String damaged(Optional<Path> file) {
        return "the record is damaged: its file " + file.map(Path::toString).orElse("(holdpoint.mv.db in the data"
                + " folder)") + " cannot be read as it was written. Restore the data folder from your latest backup"
                + " or ask your administrator; keep the damaged file for support, do not delete it";
    }

    /** As {@link #translate(Throwable)}, naming the damaged file when the failure is damage. */
    static RuntimeException translate(Throwable failure, Optional<Path> dataDirectory) {
        RuntimeException translated = translate(failure);
        if (dataDirectory.isPresent() && DAMAGED.equals(translated.getMessage())) {
            return new StoreException(damaged(dataDirectory.map(d -> d.resolve("holdpoint.mv.db"))), failure);
        }
        return translated;
    }

    private static boolean diskFull(Throwable e) {
        return mentions(e, "No space left on device") || mentions(e, "not enough space on the disk")
                || mentions(e, "Disk quota exceeded");
    }

    private static boolean mentions(Throwable e, String text) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT)
                    .contains(text.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** H2's first line without the statement it was running and without Java class names. */
    static String plain(String message) {
        String text = message.replaceAll(";? *SQL statement:.*$", "");
        text = text.replaceAll("\\b(?:org|com|java|sun)\\.[\\w.$]+(?:@[0-9a-f]+)?:? ?", "");
        text = text.replaceAll(" ?\\[[0-9.]+/[0-9]+]", "").replace("\"", "").strip();
        return text.isEmpty() ? "(no message)" : text;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
