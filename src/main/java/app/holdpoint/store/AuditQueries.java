package app.holdpoint.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The audit list: sessions filtered and newest first. Every filter value is a bound parameter; the SQL text
 * only varies by which filters are present. Each filter has an index ending in (started_at DESC, id DESC) and
 * the query orders by the filter's column first (a constant, so the order is the same), which lets H2 read that
 * index in order: a page reads about as many index entries as it shows, at any depth (keyset paging, never
 * OFFSET). Therapist names and protocol versions are few: they are looked up in maps, not joined per row.
 */
final class AuditQueries {
    /** The columns a row is read from, by name: {@link #at} gives each one's place in {@link #SELECT}. */
    private static final List<String> COLUMNS = List.of("id", "started_at", "ended_at", "therapist_id",
            "protocol_id", "protocol_version_id", "client_ref", "side", "status", "planned_ms", "actual_ms", "skipped",
            "shortened", "extended", "capped", "deviations", "pain_before", "pain_after", "seal_hash", "signed_by",
            "kiosk_id", "origin", "origin_id");
    private static final String SELECT = "SELECT " + String.join(", ", COLUMNS.stream().map(c -> "s." + c).toList())
            + " FROM therapy_session s";
    private static final Map<String, Integer> PLACES = places();
    private static final String MISSING_THERAPIST = "(missing therapist)";

    private final Connection connection;
    private final Vendor vendor;
    private final Map<Long, String> therapists = new HashMap<>();
    private final Map<Long, Integer> versions = new HashMap<>();

    AuditQueries(Connection connection) throws SQLException {
        this.connection = connection;
        this.vendor = Vendor.of(connection);
        // Both small tables in one round trip: a page is otherwise only its own query.
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT 1, id, name, 0 FROM therapist"
                     + " UNION ALL SELECT 2, id, NULL, version FROM protocol_version")) {
            while (rows.next()) {
                if (rows.getInt(1) == 1) {
                    therapists.put(rows.getLong(2), rows.getString(3));
                } else {
                    versions.put(rows.getLong(2), rows.getInt(4));
                }
            }
        }
    }

    AuditPage page(AuditFilter filter, AuditSort sort, Optional<AuditPage.Key> after, int limit)
            throws SQLException {
        if (limit < 1 || limit > 10_000) {
            throw new StoreException("a page has 1 to 10000 rows, not " + limit);
        }
        Optional<Long> therapistId = therapistId(filter);
        if (filter.therapist().isPresent() && therapistId.isEmpty()) {
            return new AuditPage(List.of(), Optional.empty());
        }
        List<AuditRow> rows = new ArrayList<>();
        switch (sort.column()) {
            case THERAPIST:
            case PROTOCOL:
            case STATUS:
                segments(filter, therapistId, sort, after, limit + 1, rows);
                break;
            case CLIENT:
                clients(filter, therapistId, sort, after, limit + 1, rows);
                break;
            case STARTED:
            default:
                byStart(filter, therapistId, sort.reversed(), after, limit + 1, rows);
                break;
        }
        Optional<AuditPage.Key> next = Optional.empty();
        if (rows.size() > limit) {
            rows.subList(limit, rows.size()).clear();
            AuditRow last = rows.get(limit - 1);
            next = Optional.of(new AuditPage.Key(last.startedAt(), last.id(), lead(last, sort.column())));
        }
        return new AuditPage(rows, next);
    }

    /** How many kiosks the sessions come from: copied ones by their origin, others by their kiosk id. */
    int kiosks() throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(DISTINCT CASE WHEN origin IS NULL"
                + " OR origin = '' THEN kiosk_id ELSE origin END) FROM therapy_session");
             ResultSet r = query.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }

    /** How many sessions match: an index range count, but a whole-range read on a large history. */
    long count(AuditFilter filter) throws SQLException {
        Optional<Long> therapistId = therapistId(filter);
        if (filter.therapist().isPresent() && therapistId.isEmpty()) {
            return 0;
        }
        List<Object> values = new ArrayList<>();
        String sql = "SELECT COUNT(*) FROM therapy_session s" + where(filter, therapistId, values);
        try (PreparedStatement query = prepare(sql, values); ResultSet r = query.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private void byStart(AuditFilter filter, Optional<Long> therapistId, boolean reversed,
                         Optional<AuditPage.Key> after, int wanted, List<AuditRow> rows) throws SQLException {
        List<Object> values = new ArrayList<>();
        StringBuilder sql = new StringBuilder(SELECT).append(where(filter, therapistId, values));
        after.ifPresent(key -> keyset(key, reversed, sql, values));
        sql.append(order(filter, reversed)).append(" FETCH FIRST ").append(wanted).append(" ROWS ONLY");
        read(sql.toString(), values, rows);
    }

    /**
     * A sort by a column of few values: one query per value, in order, each reading that value's index in page
     * order; the first resumes after the key, the others start at their top, until the page is full.
     */
    private void segments(AuditFilter filter, Optional<Long> therapistId, AuditSort sort,
                          Optional<AuditPage.Key> after, int wanted, List<AuditRow> rows) throws SQLException {
        List<Segment> all = segmentsOf(sort.column(), filter, therapistId);
        if (sort.reversed()) {
            Collections.reverse(all);
        }
        boolean resuming = after.isPresent();
        for (Segment segment : all) {
            if (resuming && !segment.label().equals(after.get().lead())) {
                continue; // before the key's segment
            }
            List<Object> values = new ArrayList<>();
            StringBuilder sql = new StringBuilder(SELECT).append(hint(segment.index()))
                    .append(where(filter, therapistId, values)).append(" AND s.").append(segment.column())
                    .append(" = ?");
            values.add(segment.value());
            if (resuming) {
                keyset(after.get(), sort.reversed(), sql, values);
                resuming = false;
            }
            sql.append(" ORDER BY s.").append(segment.column()).append(sort.reversed() ? " DESC" : "")
                    .append(direction(sort.reversed())).append(" FETCH FIRST ").append(wanted - rows.size())
                    .append(" ROWS ONLY");
            read(sql.toString(), values, rows);
            if (rows.size() >= wanted) {
                return;
            }
        }
    }

    /** One value of a segmented sort: its label in the key, the column and value it matches, its index. */
    private record Segment(String label, String column, Object value, String index) {
    }

    private List<Segment> segmentsOf(AuditSort.Column column, AuditFilter filter, Optional<Long> therapistId)
            throws SQLException {
        List<Segment> all = new ArrayList<>();
        switch (column) {
            case THERAPIST:
                therapists.entrySet().stream()
                        .filter(t -> therapistId.isEmpty() || therapistId.get().equals(t.getKey()))
                        .sorted(Map.Entry.comparingByValue())
                        .forEach(t -> all.add(new Segment(t.getValue(), "therapist_id", t.getKey(),
                                "session_therapist_started")));
                break;
            case PROTOCOL:
                for (String id : protocolIds()) {
                    if (filter.protocolId().isEmpty() || filter.protocolId().get().equals(id)) {
                        all.add(new Segment(id, "protocol_id", id, "session_protocol_started"));
                    }
                }
                break;
            case STATUS:
            default:
                Arrays.stream(SessionStatus.values()).map(SessionStatus::word).sorted()
                        .filter(word -> filter.status().isEmpty() || filter.status().get().word().equals(word))
                        .forEach(word -> all.add(new Segment(word, "status", word, "session_status_started")));
                break;
        }
        return all;
    }

    /**
     * By client reference (thousands of values): the rest of the key's client, then the clients after it, both
     * seeking in the (client_ref, started_at DESC, id DESC) index.
     */
    private void clients(AuditFilter filter, Optional<Long> therapistId, AuditSort sort,
                         Optional<AuditPage.Key> after, int wanted, List<AuditRow> rows) throws SQLException {
        String order = " ORDER BY s.client_ref" + (sort.reversed() ? " DESC" : "") + direction(sort.reversed());
        if (after.isPresent()) {
            List<Object> values = new ArrayList<>();
            StringBuilder sql = new StringBuilder(SELECT).append(hint("session_client_started"))
                    .append(where(filter, therapistId, values)).append(" AND s.client_ref = ?");
            values.add(after.get().lead());
            keyset(after.get(), sort.reversed(), sql, values);
            sql.append(order).append(" FETCH FIRST ").append(wanted).append(" ROWS ONLY");
            read(sql.toString(), values, rows);
            if (rows.size() >= wanted) {
                return;
            }
        }
        List<Object> values = new ArrayList<>();
        StringBuilder sql = new StringBuilder(SELECT).append(hint("session_client_started"))
                .append(where(filter, therapistId, values));
        if (after.isPresent()) {
            sql.append(sort.reversed() ? " AND s.client_ref < ?" : " AND s.client_ref > ?");
            values.add(after.get().lead());
        }
        sql.append(order).append(" FETCH FIRST ").append(wanted - rows.size()).append(" ROWS ONLY");
        read(sql.toString(), values, rows);
    }

    /**
     * H2's index hint: H2 otherwise may pick the filter's index over the sort's. PostgreSQL has no hints and
     * needs none: its planner costs both and reads the sort's index in order for a small LIMIT.
     */
    private String hint(String index) {
        return vendor == Vendor.H2 ? " USE INDEX (" + index + ")" : "";
    }

    /** Rows after the key in page order; the first term is redundant but lets the index seek to the page. */
    private static void keyset(AuditPage.Key key, boolean reversed, StringBuilder sql, List<Object> values) {
        sql.append(reversed ? " AND s.started_at >= ? AND (s.started_at > ? OR s.id > ?)"
                : " AND s.started_at <= ? AND (s.started_at < ? OR s.id < ?)");
        values.add(key.startedAt());
        values.add(key.startedAt());
        values.add(key.id());
    }

    private static String direction(boolean reversed) {
        return reversed ? ", s.started_at, s.id" : ", s.started_at DESC, s.id DESC";
    }

    private static String lead(AuditRow row, AuditSort.Column column) {
        switch (column) {
            case THERAPIST:
                return row.therapist();
            case PROTOCOL:
                return row.protocolId();
            case CLIENT:
                return row.clientRef();
            case STATUS:
                return row.status().word();
            case STARTED:
            default:
                return "";
        }
    }

    private List<String> protocolIds() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement query = connection.createStatement();
             ResultSet r = query.executeQuery("SELECT DISTINCT protocol_id FROM protocol_version ORDER BY 1")) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        return ids;
    }

    private void read(String sql, List<Object> values, List<AuditRow> rows) throws SQLException {
        try (PreparedStatement query = prepare(sql, values); ResultSet r = query.executeQuery()) {
            while (r.next()) {
                rows.add(row(r));
            }
        }
    }

    void each(AuditFilter filter, Consumer<AuditRow> sink) throws SQLException {
        Optional<Long> therapistId = therapistId(filter);
        if (filter.therapist().isPresent() && therapistId.isEmpty()) {
            return;
        }
        List<Object> values = new ArrayList<>();
        String sql = SELECT + where(filter, therapistId, values) + order(filter, false);
        try (Streaming streaming = Streaming.open(connection, vendor);
             PreparedStatement query = streaming.prepare(sql, 5_000)) {
            bind(query, values);
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    sink.accept(row(r));
                }
            }
        }
    }

    /**
     * Newest (or oldest) first, led by the column of the filter whose index should drive the query; oldest first
     * reverses every column, so H2 reads the same index backwards.
     */
    private static String order(AuditFilter filter, boolean reversed) {
        String lead = filter.therapist().isPresent() ? "s.therapist_id"
                : filter.protocolId().isPresent() ? "s.protocol_id"
                : filter.status().isPresent() ? "s.status" : "";
        return " ORDER BY " + (lead.isEmpty() ? "" : lead + (reversed ? " DESC" : "")) + (lead.isEmpty()
                ? direction(reversed).substring(2) : direction(reversed));
    }

    /** The filter's therapist by name, exactly as the therapist table's {@code name = ?} would find it. */
    Optional<Long> therapistId(AuditFilter filter) {
        if (filter.therapist().isEmpty()) {
            return Optional.empty();
        }
        String name = PersonText.lookup(filter.therapist().get());
        return therapists.entrySet().stream().filter(t -> t.getValue().equals(name)).map(Map.Entry::getKey)
                .findFirst();
    }

    static String where(AuditFilter filter, Optional<Long> therapistId, List<Object> values) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        filter.from().ifPresent(from -> {
            where.append(" AND s.started_at >= ?");
            values.add(from);
        });
        filter.to().ifPresent(to -> {
            where.append(" AND s.started_at < ?");
            values.add(to);
        });
        therapistId.ifPresent(id -> {
            where.append(" AND s.therapist_id = ?");
            values.add(id);
        });
        filter.protocolId().ifPresent(id -> {
            where.append(" AND s.protocol_id = ?");
            values.add(id);
        });
        filter.status().ifPresent(status -> {
            where.append(" AND s.status = ?");
            values.add(status.word());
        });
        if (filter.deviationsOnly()) {
            where.append(" AND s.deviations > 0");
        }
        return where.toString();
    }

    PreparedStatement prepare(String sql, List<Object> values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        bind(statement, values);
        return statement;
    }

    private static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof Instant instant) {
                Jdbc.setInstant(statement, i + 1, instant);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    Vendor vendor() {
        return vendor;
    }

    /** A therapist's name by id, as lists show it. */
    String therapistName(long id) {
        return therapists.getOrDefault(id, MISSING_THERAPIST);
    }

    private AuditRow row(ResultSet r) throws SQLException {
        Long planned = Jdbc.longValue(r, at("planned_ms"));
        Optional<SealedTotals> summary = planned == null ? Optional.empty() : Optional.of(new SealedTotals(planned,
                r.getLong(at("actual_ms")), r.getInt(at("skipped")), r.getInt(at("shortened")),
                r.getInt(at("extended")), r.getInt(at("capped")), r.getInt(at("deviations"))));
        String sealHash = r.getString(at("seal_hash"));
        String side = r.getString(at("side"));
        return new AuditRow(r.getLong(at("id")), Jdbc.instant(r, at("started_at")),
                Jdbc.optionalInstant(r, at("ended_at")), therapistName(r.getLong(at("therapist_id"))),
                r.getString(at("protocol_id")), versions.getOrDefault(r.getLong(at("protocol_version_id")), 0),
                r.getString(at("client_ref")), side == null ? "" : side, SessionRows.status(r.getString(at("status"))),
                summary, Jdbc.optionalInt(r, at("pain_before")), Jdbc.optionalInt(r, at("pain_after")),
                sealHash != null, Optional.ofNullable(Jdbc.longValue(r, at("signed_by"))).map(this::therapistName),
                Optional.ofNullable(sealHash), kiosk(r));
    }

    /** A replicated session names the kiosk it came from and its number there; a local one its kiosk id. */
    private static String kiosk(ResultSet r) throws SQLException {
        String origin = r.getString(at("origin"));
        return origin == null || origin.isEmpty() ? r.getString(at("kiosk_id"))
                : origin + " #" + r.getLong(at("origin_id"));
    }

    /** The place of a column in {@link #SELECT} (1-based, as JDBC counts); cheaper than the driver's by-name search. */
    private static int at(String column) {
        return PLACES.get(column);
    }

    private static Map<String, Integer> places() {
        Map<String, Integer> places = new HashMap<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            places.put(COLUMNS.get(i), i + 1);
        }
        return Map.copyOf(places);
    }
}
