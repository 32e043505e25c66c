package app.holdpoint.store;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLException;

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
            String described = describe(sql);
            if (described.equals(DAMAGED)) {
                return new StoreException(sql, StoreProblem.DAMAGED_UNNAMED);
            }
            return described.equals(READ_ONLY) ? new StoreException(sql, StoreProblem.READ_ONLY)
                    : new StoreException(described, sql);
        }
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        return new StoreException("the database write failed: " + plain(firstLine(String.valueOf(
                failure.getMessage()))), failure);
    }

    static String describe(SQLException e) {
        if (e instanceof BatchUpdateException && e.getNextException() != null) {
            return describe(e.getNextException()); // PostgreSQL puts the row's own error there
        }
        if ("HP001".equals(e.getSQLState())) {
            return "refused by the database: " + firstLine(e.getMessage()).replaceFirst("^ERROR: ", "");
        }
        if (diskFull(e)) {
            return DISK_FULL;
        }
        if (fromServer(e)) {
            return server(e);
        }
        switch (e.getErrorCode()) {
            case 90097: // DATABASE_IS_READ_ONLY
                return READ_ONLY;
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

    /**
     * Why a connection to (or a migration on) a database server at {@code address} ("host:port") failed, in words
     * an administrator can act on; never the driver's text, never the password.
     */
    static String describeServer(SQLException e, String address, String user) {
        if (causedBy(e, SSLException.class) || mentions(e, "SSL")) {
            return "the secure connection to the database server at " + address + " failed: the server's"
                    + " certificate was not accepted or the server does not offer TLS; check sslmode, sslrootcert"
                    + " and that the certificate names this address (see docs/postgresql.md)";
        }
        if (causedBy(e, UnknownHostException.class)) {
            return "cannot find the database server " + address + ": this machine does not know that name;"
                    + " check the address";
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08") || causedBy(e, ConnectException.class)
                || causedBy(e, SocketTimeoutException.class)) {
            return "cannot reach the database server at " + address + " — check it is running and the address";
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return "the database server at " + address + " refused to let user '" + user + "' in: check the user"
                    + " name and password (credentials file or " + ServerLogin.USER_ENV + " / "
                    + ServerLogin.PASSWORD_ENV + "), and that the server allows this machine (pg_hba.conf)";
        }
        if (state.equals("3D000")) {
            return "the database server at " + address + " has no database of the name in the address;"
                    + " create it (see docs/postgresql.md) or correct the address";
        }
        return describe(e);
    }

    /** A PostgreSQL error, by its SQLSTATE: the server's message text is SQL talk, so it is not shown. */
    private static String server(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08")) {
            return "the connection to the database server was lost; nothing more was written, try again when the"
                    + " server is back";
        }
        switch (state) {
            case "42501":
                return "the database refused: this database user is not allowed to do that (the kiosk's user may"
                        + " only add records, an auditor's only read them; see docs/postgresql.md)";
            case "25006":
                return "the database is read-only (a standby server?); nothing was written";
            case "53100":
                return DISK_FULL;
            case "53300":
                return "the database server has too many connections open; try again in a moment";
            case "57P01":
            case "57P02":
            case "57P03":
                return "the database server is shutting down or starting up; nothing was written, try again"
                        + " shortly";
            case "40001":
            case "40P01":
                return "the database was busy with another write at the same moment; nothing was written, try again";
            case "23505":
                return "the record already holds this entry; nothing was written";
            case "42P01":
            case "42703":
                return DAMAGED_SERVER;
            default:
                return "the database server refused the request (code " + (state.isEmpty() ? "unknown" : state)
                        + "); nothing was written";
        }
    }

    /** Said for a central record whose tables are not what this version expects. */
    static final String DAMAGED_SERVER = "the record on the database server lacks a table or column this version"
            + " of Holdpoint needs (changed by hand, or the wrong database?); ask the administrator, and keep the"
            + " database as it is";

    private static boolean fromServer(SQLException e) {
        return e.getClass().getName().startsWith("org.postgresql.");
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Said for a full disk, during a session too: what happened in words, and what to do. */
    static final String DISK_FULL = StoreProblem.DISK_FULL.english();

    static final String READ_ONLY = StoreProblem.READ_ONLY.english();

    /** Said for a record the database cannot read as written, when where it lives is not known here. */
    static final String DAMAGED = StoreProblem.DAMAGED_UNNAMED.english();

    /**
     * Said for a record the database cannot read as written: that it is damaged, where, and what to do, once.
     *
     * @param file the damaged file; empty: "holdpoint.mv.db in the data folder"
     */
    static StoreException damaged(Optional<Path> file, Throwable cause) {
        return file.map(f -> new StoreException(cause, StoreProblem.DAMAGED, f))
                .orElseGet(() -> new StoreException(cause, StoreProblem.DAMAGED_UNNAMED));
    }

    /** As {@link #translate(Throwable)}, naming the damaged file when the failure is damage. */
    static RuntimeException translate(Throwable failure, Optional<Path> dataDirectory) {
        RuntimeException translated = translate(failure);
        if (dataDirectory.isPresent() && DAMAGED.equals(translated.getMessage())) {
            return damaged(dataDirectory.map(d -> d.resolve("holdpoint.mv.db")), failure);
        }
        return translated;
    }

    private static boolean diskFull(Throwable e) {
        return mentions(e, "No space left on device") || mentions(e, "not enough space on the disk")
                || mentions(e, "Disk quota exceeded");
    }

    private static boolean mentions(Throwable e, String text) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT)
                    .contains(text.toLowerCase(Locale.ROOT))) {
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
