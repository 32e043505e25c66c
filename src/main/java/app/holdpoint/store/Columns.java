package app.holdpoint.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The column values of one INSERT or UPDATE, each named where it is given: the SQL's column list and its
 * parameters come from this one list, so they cannot disagree by position. Not thread-safe.
 */
final class Columns {
    private interface Binder {
        void bind(PreparedStatement statement, int index) throws SQLException;
    }

    private final List<String> names = new ArrayList<>();
    private final List<Binder> binders = new ArrayList<>();

    Columns text(String column, String value) {
        return add(column, (s, i) -> s.setString(i, value));
    }

    /** A nullable INTEGER column. */
    Columns integer(String column, OptionalInt value) {
        return add(column, (s, i) -> Jdbc.setInt(s, i, value));
    }

    Columns integer(String column, int value) {
        return add(column, (s, i) -> s.setInt(i, value));
    }

    /** A BIGINT column; {@code null} stores NULL. */
    Columns bigint(String column, Long value) {
        return add(column, (s, i) -> {
            if (value == null) {
                s.setNull(i, Types.BIGINT);
            } else {
                s.setLong(i, value);
            }
        });
    }

    /** A timestamp column, to the microsecond; {@code null} stores NULL. */
    Columns instant(String column, Instant value) {
        return add(column, (s, i) -> Jdbc.setInstant(s, i, value));
    }

    Columns bool(String column, boolean value) {
        return add(column, (s, i) -> s.setBoolean(i, value));
    }

    /** {@code a = ?, b = ?}: the SET list of an UPDATE. */
    String assignments() {
        return String.join(" = ?, ", names) + " = ?";
    }

    /** {@code (a, b) VALUES (?, ?)}: the rest of an INSERT after the table name. */
    String values() {
        return "(" + String.join(", ", names) + ") VALUES (" + "?, ".repeat(names.size() - 1) + "?)";
    }

    /** Binds the values from parameter 1 on; returns the index of the next parameter (a WHERE clause's). */
    int bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < binders.size(); i++) {
            binders.get(i).bind(statement, i + 1);
        }
        return binders.size() + 1;
    }

    private Columns add(String column, Binder binder) {
        names.add(column);
        binders.add(binder);
        return this;
    }
}
