package app.holdpoint.store.replication;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Brings the kiosk's copy of the therapist directory up to the central record's, so therapists sign in on the
 * kiosk while the network is down: every central therapist (name, role, PIN hash, disabled) and every credential
 * grant or revocation. A therapist new to the kiosk gets the central record's id when that id is free here, so
 * a fresh kiosk's ids mean the same people as the central ones; where an older local row holds the id, the
 * name decides (replication translates therapist ids by name, which the hashes cover, never by number).
 * Local sign-in state (failed attempts, lock-out) stays the kiosk's own. One local transaction.
 *
 * <p>Ids are given explicitly, which the identity column's generator does not see: harmless, since a kiosk in
 * central mode never creates a therapist itself (see the store's DirectoryGuard).
 */
final class DirectoryPull {
    private DirectoryPull() {
    }

    /** Returns how many local rows were added or changed. */
    static int pull(Connection central, Connection local) throws SQLException {
        List<Map<String, Object>> directory = Rows.all(central, "SELECT id, name, role_name, pin_hash, pin_salt,"
                + " pin_iterations, disabled, created_at FROM therapist ORDER BY id");
        List<Map<String, Object>> credentials = Rows.all(central, "SELECT t.name AS therapist, c.credential,"
                + " c.action, c.jurisdiction, c.expires_on, r.name AS recorder, c.recorded_at"
                + " FROM therapist_credential c JOIN therapist t ON t.id = c.therapist_id"
                + " JOIN therapist r ON r.id = c.recorded_by ORDER BY c.id");
        if (!central.getAutoCommit()) {
            central.rollback();
        }
        boolean autoCommit = local.getAutoCommit();
        local.setAutoCommit(false);
        try {
            int changed = therapists(directory, local) + credentials(credentials, local);
            local.commit();
            return changed;
        } catch (SQLException | RuntimeException e) {
            local.rollback();
            throw e;
        } finally {
            local.setAutoCommit(autoCommit);
        }
    }

    private static int therapists(List<Map<String, Object>> directory, Connection local) throws SQLException {
        Map<String, Map<String, Object>> here = new HashMap<>();
        Set<Long> ids = new HashSet<>();
        for (Map<String, Object> row : Rows.all(local, "SELECT id, name, role_name, pin_hash, pin_salt,"
                + " pin_iterations, disabled FROM therapist")) {
            here.put((String) row.get("name"), row);
            ids.add(((Number) row.get("id")).longValue());
        }
        int changed = 0;
        for (Map<String, Object> t : directory) {
            Map<String, Object> mine = here.get((String) t.get("name"));
            if (mine == null) {
                long wanted = ((Number) t.get("id")).longValue();
                // The central id when it is free here; else one above every id either side has used.
                long id = ids.contains(wanted) ? Math.max(maxId(ids), maxCentralId(directory)) + 1 : wanted;
                try (PreparedStatement insert = local.prepareStatement("INSERT INTO therapist (id, name, role_name,"
                        + " pin_hash, pin_salt, pin_iterations, disabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setLong(1, id);
                    insert.setString(2, (String) t.get("name"));
                    insert.setString(3, (String) t.get("role_name"));
                    insert.setString(4, (String) t.get("pin_hash"));
                    insert.setString(5, (String) t.get("pin_salt"));
                    insert.setInt(6, ((Number) t.get("pin_iterations")).intValue());
                    insert.setBoolean(7, (Boolean) t.get("disabled"));
                    insert.setObject(8, t.get("created_at"));
                    insert.executeUpdate();
                }
                ids.add(id);
                changed++;
            } else if (differs(mine, t)) {
                try (PreparedStatement update = local.prepareStatement("UPDATE therapist SET role_name = ?,"
                        + " pin_hash = ?, pin_salt = ?, pin_iterations = ?, disabled = ? WHERE id = ?")) {
                    update.setString(1, (String) t.get("role_name"));
                    update.setString(2, (String) t.get("pin_hash"));
                    update.setString(3, (String) t.get("pin_salt"));
                    update.setInt(4, ((Number) t.get("pin_iterations")).intValue());
                    update.setBoolean(5, (Boolean) t.get("disabled"));
                    update.setLong(6, ((Number) mine.get("id")).longValue());
                    update.executeUpdate();
                }
                changed++;
            }
        }
        return changed;
    }

    private static long maxId(Set<Long> ids) {
        return ids.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    private static long maxCentralId(List<Map<String, Object>> directory) {
        return directory.stream().mapToLong(t -> ((Number) t.get("id")).longValue()).max().orElse(0);
    }

    private static boolean differs(Map<String, Object> mine, Map<String, Object> central) {
        for (String column : List.of("role_name", "pin_hash", "pin_salt", "disabled")) {
            if (!Objects.equals(mine.get(column), central.get(column))) {
                return true;
            }
        }
        return ((Number) mine.get("pin_iterations")).intValue() != ((Number) central.get("pin_iterations")).intValue();
    }

    /** Central grants and revocations the kiosk lacks, appended in the central record's order. */
    private static int credentials(List<Map<String, Object>> central, Connection local) throws SQLException {
        Set<List<Object>> here = new HashSet<>();
        try (PreparedStatement query = local.prepareStatement("SELECT t.name, c.credential, c.action,"
                + " c.jurisdiction, c.expires_on, r.name, c.recorded_at FROM therapist_credential c"
                + " JOIN therapist t ON t.id = c.therapist_id JOIN therapist r ON r.id = c.recorded_by");
             ResultSet r = query.executeQuery()) {
            while (r.next()) {
                here.add(key(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getObject(5, LocalDate.class), r.getString(6), r.getObject(7, OffsetDateTime.class)));
            }
        }
        Map<String, Long> ids = new HashMap<>();
        for (Map<String, Object> row : Rows.all(local, "SELECT id, name FROM therapist")) {
            ids.put((String) row.get("name"), ((Number) row.get("id")).longValue());
        }
        int added = 0;
        for (Map<String, Object> c : central) {
            LocalDate expires = localDate(c.get("expires_on"));
            OffsetDateTime at = (OffsetDateTime) c.get("recorded_at");
            List<Object> key = key((String) c.get("therapist"), (String) c.get("credential"), (String) c.get("action"),
                    (String) c.get("jurisdiction"), expires, (String) c.get("recorder"), at);
            if (here.contains(key)) {
                continue;
            }
            try (PreparedStatement insert = local.prepareStatement("INSERT INTO therapist_credential (therapist_id,"
                    + " credential, action, jurisdiction, expires_on, recorded_by, recorded_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, ids.get((String) c.get("therapist")));
                insert.setString(2, (String) c.get("credential"));
                insert.setString(3, (String) c.get("action"));
                insert.setString(4, (String) c.get("jurisdiction"));
                insert.setObject(5, expires);
                insert.setLong(6, ids.get((String) c.get("recorder")));
                insert.setObject(7, at);
                insert.executeUpdate();
            }
            here.add(key);
            added++;
        }
        return added;
    }

    private static LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static List<Object> key(String therapist, String credential, String action, String jurisdiction,
                                    LocalDate expires, String recorder, OffsetDateTime at) {
        List<Object> key = new ArrayList<>();
        key.add(therapist);
        key.add(credential);
        key.add(action);
        key.add(jurisdiction);
        key.add(expires);
        key.add(recorder);
        key.add(at == null ? null : at.toInstant());
        return key;
    }
}
