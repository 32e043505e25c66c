package app.holdpoint.store;

import java.sql.SQLException;

/** Turns database failures into messages someone can act on, keeping the cause for logs. */
final class Failures {
    private Failures() {
    }

    static RuntimeException translate(Throwable failure) {
        if (failure instanceof StoreException store) {
            return store;
        }
        if (failure instanceof SQLException sql) {
            return new StoreException(describe(sql), sql);
        }
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        return new StoreException("the database write failed: " + failure, failure);
    }

    static String describe(SQLException e) {
        if ("HP001".equals(e.getSQLState())) {
            return "refused by the database: " + firstLine(e.getMessage());
        }
        switch (e.getErrorCode()) {
            case 90097: // DATABASE_IS_READ_ONLY
                return "the database is read-only; nothing was written";
            case 90020: // DATABASE_ALREADY_OPEN_1
                return "the database is in use by another program that opened it exclusively";
            case 90121: // DATABASE_CALLED_AT_SHUTDOWN
                return "the database is shutting down; nothing was written";
            default:
                return "database error: " + firstLine(e.getMessage());
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
