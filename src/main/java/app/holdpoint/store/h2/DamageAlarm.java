package app.holdpoint.store.h2;

import java.sql.SQLException;

import org.h2.api.DatabaseEventListener;

/**
 * Makes opening a damaged H2 file fail instead of half-succeed. While opening, H2 rebuilds every table, index
 * and trigger from the file's own list of them; one it cannot read (a damaged page) is written to the trace and
 * skipped, and the database opens without it ("Table PROTOCOL_VERSION not found" later, and a writable open
 * then saves the damaged state over the file). Named in a read-only URL
 * ({@code DATABASE_EVENT_LISTENER=...}), this listener turns the first such failure during the open into
 * {@link Damaged}, so the open fails and nothing reads a record with parts missing. Failures after the open
 * (an ordinary statement's error) are left to the caller, as always.
 */
public final class DamageAlarm implements DatabaseEventListener {
    private volatile boolean opened;

    @Override
    public void opened() {
        opened = true;
    }

    @Override
    public void exceptionThrown(SQLException e, String sql) {
        if (!opened) {
            throw new Damaged(e);
        }
    }

    /** What part of the record could not be read while opening it; its cause is H2's own failure. */
    public static final class Damaged extends RuntimeException {
        Damaged(SQLException cause) {
            super("part of the record could not be read while opening it", cause);
        }
    }
}
