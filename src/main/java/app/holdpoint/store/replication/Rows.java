package app.holdpoint.store.replication;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rows copied column by column, by name, between two databases of the same schema (H2 and PostgreSQL alike).
 * Copying whatever columns both sides have means a column a later migration adds (a signature, say) travels
 * without this code knowing it; the columns that hold ids of the other database are replaced by the caller.
 */
final class Rows {
    private Rows() {
    }

    /**
     * One row as column name (lower case) to value, in the table's column order. Times with a zone are read as
     * {@link OffsetDateTime} and dates as {@link LocalDate} whatever the driver's default (PostgreSQL's is
     * {@code java.sql.Timestamp}), so values compare and bind alike on both databases.
     */
    static Map<String, Object> read(ResultSet r) throws SQLException {
        ResultSetMetaData meta = r.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String type = meta.getColumnTypeName(i).toLowerCase(Locale.ROOT);
            Object value;
            if (meta.getColumnType(i) == Types.TIMESTAMP_WITH_TIMEZONE || type.contains("timestamptz")
                    || type.contains("time zone")) {
                value = r.getObject(i, OffsetDateTime.class);
            } else if (meta.getColumnType(i) == Types.DATE) {
                value = r.getObject(i, LocalDate.class);
            } else {
                value = r.getObject(i);
            }
            row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), value);
        }
        return row;
    }

    /** Every row of a query with one bound value, in its order. */
    static List<Map<String, Object>> all(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                query.setObject(i + 1, values[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    rows.add(read(r));
                }
            }
            return rows;
        }
    }

    /** The first column of the first row, or null. */
    static Object value(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                query.setObject(i + 1, values[i]);
            }
            try (ResultSet r = query.executeQuery()) {
                return r.next() ? r.getObject(1) : null;
            }
        }
    }

    static Long longValue(Connection c, String sql, Object... values) throws SQLException {
        Object value = value(c, sql, values);
        return value == null ? null : ((Number) value).longValue();
    }

    /** The table's column names (lower case) on this connection. */
    static Set<String> columns(Connection c, String table) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        DatabaseMetaData meta = c.getMetaData();
        for (String spelled : new String[] {table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)}) {
            try (ResultSet r = meta.getColumns(null, null, spelled, null)) {
                while (r.next()) {
                    String schema = r.getString("TABLE_SCHEM");
                    if (schema == null || schema.equalsIgnoreCase("public")) {
                        names.add(r.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return names;
    }

    /**
     * An INSERT of {@code row}'s columns that {@code target} also has, in row order.
     * Returns the statement's column list, so batches can bind the next rows the same way.
     */
    static List<String> insertable(Map<String, Object> row, Set<String> target) {
        List<String> names = new ArrayList<>();
        for (String name : row.keySet()) {
            if (target.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    static String insertSql(String table, List<String> names) {
        return "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
    }

    static void bind(PreparedStatement insert, List<String> names, Map<String, Object> row) throws SQLException {
        for (int i = 0; i < names.size(); i++) {
            insert.setObject(i + 1, row.get(names.get(i)));
        }
    }

    /** Inserts one row's shared columns into {@code table}. */
    static void insert(Connection c, String table, Map<String, Object> row, Set<String> target) throws SQLException {
        List<String> names = insertable(row, target);
        try (PreparedStatement insert = c.prepareStatement(insertSql(table, names))) {
            bind(insert, names, row);
            insert.executeUpdate();
        }
    }

    /** SQLState of a unique-key violation, the same in H2 and PostgreSQL. */
    static boolean duplicate(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if ("23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return e.getCause() instanceof SQLException cause && cause != e && duplicate(cause);
    }
}
