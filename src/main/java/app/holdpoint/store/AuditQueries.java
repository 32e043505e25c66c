package app.holdpoint.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
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
    private static final String SELECT = "SELECT s.id, s.started_at, s.ended_at, s.therapist_id, s.protocol_id,"
            + " s.protocol_version_id, s.client_ref, s.side, s.status, s.planned_ms, s.actual_ms, s.skipped,"
            + " s.shortened, s.extended, s.capped, s.deviations, s.pain_before, s.pain_after, s.seal_hash,"
            + " s.signed_by FROM therapy_session s";

    private final Connection connection;
    private final Map<Long, String> therapists = new HashMap<>();
    private final Map<Long, Integer> versions = new HashMap<>();

    AuditQueries(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement query = connection.createStatement()) {
            try (ResultSet rows = query.executeQuery("SELECT id, name FROM therapist")) {
                while (rows.next()) {
                    therapists.put(rows.getLong(1), rows.getString(2));
                }
            }
            try (ResultSet rows = query.executeQuery("SELECT id, version FROM protocol_version")) {
                while (rows.next()) {
                    versions.put(rows.getLong(1), rows.getInt(2));
                }
            }
        }
    }

    AuditPage page(AuditFilter filter, Optional<AuditPage.Key> after, int limit) throws SQLException {
        if (limit < 1 || limit > 10_000) {
            throw new StoreException("a page has 1 to 10000 rows, not " + limit);
        }
        Optional<Long> therapistId = therapistId(filter);
        if (filter.therapist().isPresent() && therapistId.isEmpty()) {
            return new AuditPage(List.of(), Optional.empty());
        }
        List<Object> values = new ArrayList<>();
        StringBuilder sql = new StringBuilder(SELECT).append(where(filter, therapistId, values));
        if (after.isPresent()) {
            // The first term is redundant for the logic but lets the index seek to the page instead of walking there.
            sql.append(" AND s.started_at <= ? AND (s.started_at < ? OR s.id < ?)");
            values.add(after.get().startedAt());
            values.add(after.get().startedAt());
            values.add(after.get().id());
        }
        sql.append(order(filter)).append(" FETCH FIRST ").append(limit + 1).append(" ROWS ONLY");
        List<AuditRow> rows = new ArrayList<>();
        try (PreparedStatement query = prepare(sql.toString(), values); ResultSet r = query.executeQuery()) {
            while (r.next()) {
                rows.add(row(r));
            }
        }
        Optional<AuditPage.Key> next = Optional.empty();
        if (rows.size() > limit) {
            rows.remove(limit);
            AuditRow last = rows.get(limit - 1);
            next = Optional.of(new AuditPage.Key(last.startedAt(), last.id()));
        }
        return new AuditPage(rows, next);
    }

    void each(AuditFilter filter, Consumer<AuditRow> sink) throws SQLException {
        Optional<Long> therapistId = therapistId(filter);
        if (filter.therapist().isPresent() && therapistId.isEmpty()) {
            return;
        }
        List<Object> values = new ArrayList<>();
        String sql = SELECT + where(filter, therapistId, values) + order(filter);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        if (connection.getMetaData().getURL().startsWith("jdbc:h2:")) {
            try (Statement lazy = connection.createStatement()) {
                lazy.execute("SET LAZY_QUERY_EXECUTION TRUE");
            }
        }
        try (PreparedStatement query = prepare(sql, values)) {
            query.setFetchSize(5_000);
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    sink.accept(row(r));
                }
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Newest first, led by the column of the filter whose index should drive the query. */
    private static String order(AuditFilter filter) {
        String lead = filter.therapist().isPresent() ? "s.therapist_id, "
                : filter.protocolId().isPresent() ? "s.protocol_id, "
                : filter.status().isPresent() ? "s.status, " : "";
        return " ORDER BY " + lead + "s.started_at DESC, s.id DESC";
    }

    Optional<Long> therapistId(AuditFilter filter) throws SQLException {
        if (filter.therapist().isEmpty()) {
            return Optional.empty();
        }
        try (Sql sql = new Sql(connection)) {
            return new Reads(sql).therapist(filter.therapist().get()).map(Therapist::id);
        }
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
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof java.time.Instant instant) {
                Jdbc.setInstant(statement, i + 1, instant);
            } else {
                statement.setObject(i + 1, value);
            }
        }
        return statement;
    }

    /** A therapist's name by id, as lists show it. */
    String therapistName(long id) {
        return therapists.getOrDefault(id, "(missing therapist)");
    }

    private AuditRow row(ResultSet r) throws SQLException {
        Long planned = Jdbc.longValue(r, 10);
        Optional<Summary> summary = planned == null ? Optional.empty() : Optional.of(new Summary(planned,
                r.getLong(11), r.getInt(12), r.getInt(13), r.getInt(14), r.getInt(15), r.getInt(16)));
        return new AuditRow(r.getLong(1), Jdbc.instant(r, 2), Jdbc.optionalInstant(r, 3),
                therapists.getOrDefault(r.getLong(4), "(missing therapist)"), r.getString(5),
                versions.getOrDefault(r.getLong(6), 0), r.getString(7), r.getString(8) == null ? "" : r.getString(8),
                SessionRows.status(r.getString(9)), summary, Jdbc.optionalInt(r, 17), Jdbc.optionalInt(r, 18),
                r.getString(19) != null, Optional.ofNullable(Jdbc.longValue(r, 20)).map(this::therapistName),
                Optional.ofNullable(r.getString(19)));
    }
}
