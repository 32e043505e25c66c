package app.holdpoint.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import app.holdpoint.session.SessionEvent;

/**
 * The recovery transitions of an open session: running → interrupted when the process that ran it died, and
 * interrupted → running again when a therapist resumes it. Closing one as interrupted is a seal
 * ({@link SealWrites}). Confined to the writer thread.
 */
final class RecoveryWrites {
    private final Sql sql;

    RecoveryWrites(Sql sql) {
        this.sql = sql;
    }

    /** Marks an interrupted session running again; returns its events, for the engine to restore from. */
    List<SessionEvent> resume(long sessionId) throws SQLException {
        PreparedStatement update = sql.prepare("UPDATE therapy_session SET status = ?"
                + " WHERE id = ? AND status = ? AND seal_hash IS NULL");
        update.setString(1, SessionStatus.RUNNING.word());
        update.setLong(2, sessionId);
        update.setString(3, SessionStatus.INTERRUPTED.word());
        if (update.executeUpdate() != 1) {
            throw new StoreException("session " + sessionId + " is not an open interrupted session");
        }
        return new Reads(sql).events(sessionId);
    }

    /**
     * Marks sessions left running by a process that died as interrupted. Only call while holding the kiosk lock
     * (no one else can be running them): {@code kioskId} empty means every kiosk's, as on an embedded database.
     */
    int markOrphansInterrupted(Optional<String> kioskId) throws SQLException {
        PreparedStatement update = sql.prepare("UPDATE therapy_session SET status = ?"
                + " WHERE status = ? AND seal_hash IS NULL" + (kioskId.isPresent() ? " AND kiosk_id = ?" : ""));
        update.setString(1, SessionStatus.INTERRUPTED.word());
        update.setString(2, SessionStatus.RUNNING.word());
        if (kioskId.isPresent()) {
            update.setString(3, kioskId.get());
        }
        return update.executeUpdate();
    }
}
