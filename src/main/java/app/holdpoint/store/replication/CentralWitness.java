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
import app.holdpoint.store.VerifyFinding;

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
     * @param findings     one per session or addendum whose local rows no longer match the central copy, typed so
     *                     the command line words it in its language
     */
    public record Report(String kiosk, long compared, long notCopiedYet, List<VerifyFinding> findings) {
        public Report {
            findings = List.copyOf(findings);
        }

        public boolean ok() {
            return findings.isEmpty();
        }

        /** The findings in English, one line each. */
        public List<String> mismatches() {
            return findings.stream().map(VerifyFinding::english).toList();
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
        List<VerifyFinding> mismatches = new ArrayList<>();
        long compared = 0;
        for (var copy : Rows.all(there, "SELECT origin_id, " + columns + " FROM therapy_session WHERE origin = ?"
                + " ORDER BY seal_seq", kiosk)) {
            long id = ((Number) copy.get("origin_id")).longValue();
            Map<String, Object> local = mine.remove(id);
            if (local == null) {
                mismatches.add(VerifyFinding.of(VerifyFinding.Kind.CENTRAL_NOT_SEALED_HERE, id, copy.get("seal_seq")));
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
                mismatches.add(VerifyFinding.of(VerifyFinding.Kind.CENTRAL_DIFFERS, id, words(differ)));
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
                mismatches.add(VerifyFinding.of(local == null ? VerifyFinding.Kind.CENTRAL_ADDENDUM_MISSING
                        : VerifyFinding.Kind.CENTRAL_ADDENDUM_DIFFERS, seq));
            }
        }
        return new Report(kiosk, compared, mine.size(), mismatches);
    }

    private static Object number(Object value) {
        return value instanceof Number n ? (Object) n.longValue() : value;
    }

    /** The columns that differ as parts of the finding, each worded on its own. */
    private static List<VerifyFinding> words(List<String> columns) {
        List<VerifyFinding> words = new ArrayList<>();
        for (String column : columns) {
            words.add(VerifyFinding.of(switch (column) {
                case "seal_seq" -> VerifyFinding.Kind.COLUMN_SEAL_NUMBER;
                case "header_hash" -> VerifyFinding.Kind.COLUMN_HEADER;
                case "seal_hash" -> VerifyFinding.Kind.COLUMN_SEAL;
                case "last_event_hash" -> VerifyFinding.Kind.COLUMN_EVENTS;
                default -> VerifyFinding.Kind.COLUMN_EVENT_COUNT;
            }));
        }
        return words;
    }
}
