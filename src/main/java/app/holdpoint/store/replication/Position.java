package app.holdpoint.store.replication;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * The kiosk's own note of its replication (replication_position, V9): its name in the central record and how
 * far its chains were copied when last noted. The note may lag the central record by one copy (a crash between
 * the central commit and the note); the replicator always starts from what the central record holds, so a lag
 * re-sends nothing twice, and the note is only what the kiosk says while it cannot reach the central record.
 */
final class Position {
    static final String KEY = "central";

    /** @param origin this kiosk's name in the central record */
    record Note(String origin, long sessionsThrough, long addendaThrough) {
    }

    private Position() {
    }

    static Optional<Note> read(Connection local) throws SQLException {
        var rows = Rows.all(local, "SELECT origin, sessions_through, addenda_through FROM replication_position"
                + " WHERE central = ?", KEY);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> row = rows.get(0);
        return Optional.of(new Note((String) row.get("origin"), ((Number) row.get("sessions_through")).longValue(),
                ((Number) row.get("addenda_through")).longValue()));
    }

    /** The note, written with {@code origin} when there is none yet: a kiosk's name is fixed when it first joins. */
    static Note ensure(Connection local, String origin, Instant now) throws SQLException {
        Optional<Note> existing = read(local);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (origin.isBlank() || origin.length() > 64) {
            throw new IllegalArgumentException("a kiosk's name in the central record has 1 to 64 characters");
        }
        try (PreparedStatement insert = local.prepareStatement("INSERT INTO replication_position (central, origin,"
                + " sessions_through, addenda_through, noted_at) VALUES (?, ?, 0, 0, ?)")) {
            insert.setString(1, KEY);
            insert.setString(2, origin);
            insert.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.executeUpdate();
        }
        if (!local.getAutoCommit()) {
            local.commit();
        }
        return read(local).orElseThrow();
    }

    static void note(Connection local, long sessionsThrough, long addendaThrough, Instant now) throws SQLException {
        try (PreparedStatement update = local.prepareStatement("UPDATE replication_position SET sessions_through = ?,"
                + " addenda_through = ?, noted_at = ? WHERE central = ?")) {
            update.setLong(1, sessionsThrough);
            update.setLong(2, addendaThrough);
            update.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            update.setString(4, KEY);
            update.executeUpdate();
        }
        if (!local.getAutoCommit()) {
            local.commit();
        }
    }

    /** This kiosk's own sealed sessions after seal #{@code through}. */
    static long sessionsWaiting(Connection local, long through) throws SQLException {
        return Rows.longValue(local, "SELECT COUNT(*) FROM therapy_session WHERE origin = '' AND seal_seq > ?",
                through);
    }

    static long addendaWaiting(Connection local, long through) throws SQLException {
        return Rows.longValue(local, "SELECT COUNT(*) FROM addendum WHERE origin = '' AND chain_seq > ?", through);
    }
}
