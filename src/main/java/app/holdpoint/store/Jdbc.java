package app.holdpoint.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Small JDBC conversions shared by the store. Wall times are kept to the microsecond, the precision both H2
 * and PostgreSQL store, so what is hashed on write is exactly what is read back on verify.
 */
final class Jdbc {
    private Jdbc() {
    }

    static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static long epochMicros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    static Instant fromEpochMicros(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, OffsetDateTime.ofInstant(micros(instant), ZoneOffset.UTC));
        }
    }

    static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Optional<Instant> optionalInstant(ResultSet rows, int column) throws SQLException {
        return Optional.ofNullable(instant(rows, column));
    }

    /** Epoch microseconds of a nullable timestamp column, as the hashes see it. */
    static Long micros(ResultSet rows, int column) throws SQLException {
        Instant value = instant(rows, column);
        return value == null ? null : epochMicros(value);
    }

    static void setInt(PreparedStatement statement, int index, OptionalInt value) throws SQLException {
        if (value.isPresent()) {
            statement.setInt(index, value.getAsInt());
        } else {
            statement.setNull(index, Types.INTEGER);
        }
    }

    static Integer integer(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }

    static OptionalInt optionalInt(ResultSet rows, int column) throws SQLException {
        Integer value = integer(rows, column);
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    static Long longValue(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    static void setString(PreparedStatement statement, int index, Optional<String> value) throws SQLException {
        statement.setString(index, value.orElse(null));
    }
}
