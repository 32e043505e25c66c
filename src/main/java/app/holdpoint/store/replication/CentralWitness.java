package app.holdpoint.store.replication;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import app.holdpoint.store.Database;
import app.holdpoint.store.StoreException;

/**
 * The central record as a witness: compares every session and addendum this kiosk has copied there with the
 * kiosk's own rows now. Someone who rewrites a kiosk's chain (and recomputes every hash after the change, so the
 * local verify passes) cannot rewrite the copies the central record already holds: the header, seal and
 * last-event hashes of the session then differ, and so does every later seal.
 */
public final class CentralWitness {
    private CentralWitness() {
    }

    /**
     * @param kiosk        this kiosk's name in the central record
     * @param compared     sessions found in both and compared
     * @param notCopiedYet sealed sessions here that the central record does not hold yet (not a failure)
     * @param mismatches   one line per session or addendum whose local rows no longer match the central copy
     */
    public record Report(String kiosk, long compared, long notCopiedYet, List<String> mismatches) {
        public boolean ok() {
            return mismatches.isEmpty();
        }
    }

    /** Fails with a {@link StoreException} when this record was never in central mode or the central is out of reach. */
    public static Report compare(Database local, CentralRecord central) {
        try (Connection here = local.connect()) {
            Optional<Position.Note> note = Position.read(here);
            if (note.isEmpty()) {
                throw new StoreException("this record has never been copied to a central record (no kiosk name is"
                        + " noted in it), so there is nothing to compare; start the kiosk with --central first");
            }
            String kiosk = note.get().origin();
            try (Connection there = central.connect()) {
                return compare(here, there, kiosk);
            } catch (SQLException e) {
                throw new StoreException("cannot read the central record: " + e.getMessage(), e);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read this kiosk's record: " + e.getMessage(), e);
        }
    }

    private static Report compare(Connection here, Connection there, String kiosk) throws SQLException {
        String columns = "seal_seq, header_hash, seal_hash, last_event_hash, event_count";
        Map<Long, Map<String, Object>> mine = new HashMap<>();
        for (var row : Rows.all(here, "SELECT id, " + columns + " FROM therapy_session WHERE origin = ''"
                + " AND seal_seq IS NOT NULL")) {
            mine.put(((Number) row.get("id")).longValue(), row);
        }
        List<String> mismatches = new ArrayList<>();
        long compared = 0;
        for (var copy : Rows.all(there, "SELECT origin_id, " + columns + " FROM therapy_session WHERE origin = ?"
                + " ORDER BY seal_seq", kiosk)) {
            long id = ((Number) copy.get("origin_id")).longValue();
            Map<String, Object> local = mine.remove(id);
            if (local == null) {
                mismatches.add("session " + id + " (seal #" + copy.get("seal_seq") + ") was copied to the central"
                        + " record but is no longer sealed in this kiosk's record (deleted or reopened?)");
                continue;
            }
            compared++;
            List<String> differ = new ArrayList<>();
            for (String column : List.of("seal_seq", "header_hash", "seal_hash", "last_event_hash", "event_count")) {
                if (!Objects.equals(number(local.get(column)), number(copy.get(column)))) {
                    differ.add(column);
                }
            }
            if (!differ.isEmpty()) {
                mismatches.add("session " + id + ": its record here no longer matches the copy in the central record ("
                        + words(differ) + " differ): it was changed after it was copied");
            }
        }
        Map<Long, Object> addenda = new HashMap<>();
        for (var row : Rows.all(here, "SELECT chain_seq, hash FROM addendum WHERE origin = ''")) {
            addenda.put(((Number) row.get("chain_seq")).longValue(), row.get("hash"));
        }
        for (var copy : Rows.all(there, "SELECT chain_seq, hash FROM addendum WHERE origin = ? ORDER BY chain_seq",
                kiosk)) {
            long seq = ((Number) copy.get("chain_seq")).longValue();
            Object local = addenda.get(seq);
            if (!Objects.equals(local, copy.get("hash"))) {
                mismatches.add("addendum #" + seq + ": " + (local == null ? "copied to the central record but missing"
                        + " here" : "its record here no longer matches the copy in the central record"));
            }
        }
        return new Report(kiosk, compared, mine.size(), mismatches);
    }

    private static Object number(Object value) {
        return value instanceof Number n ? (Object) n.longValue() : value;
    }

    private static String words(List<String> columns) {
        List<String> words = new ArrayList<>();
        for (String column : columns) {
            words.add(switch (column) {
                case "seal_seq" -> "seal number";
                case "header_hash" -> "header";
                case "seal_hash" -> "seal";
                case "last_event_hash" -> "events";
                default -> "event count";
            });
        }
        return String.join(", ", words);
    }
}
