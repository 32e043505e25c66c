package app.holdpoint.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.time.ZoneId;
import java.util.OptionalInt;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import app.holdpoint.protocol.Durations;
import app.holdpoint.protocol.Side;
import app.holdpoint.store.AuditRow;
import app.holdpoint.store.SealedTotals;
import app.holdpoint.store.SessionStatus;

/**
 * Writes an audit list one row at a time, so a million sessions stream through without being held in memory.
 * CSV follows RFC 4180 (CRLF, quotes doubled) with ISO-8601 UTC times; JSON is an array of flat objects with the
 * same fields; the table shows local times and human durations. CSV and JSON reach the output only when the list
 * is complete ({@link #close()}): a read that fails half-way leaves valid output or none, never a lone {@code [}.
 */
public abstract class SessionListWriter implements AutoCloseable {
    static final String[] FIELDS = {"id", "started", "ended", "therapist", "protocol", "version", "client", "side",
        "status", "planned_ms", "actual_ms", "skipped", "shortened", "extended", "capped", "deviations",
        "pain_before", "pain_after", "sealed", "kiosk"};

    protected final Writer out;

    protected SessionListWriter(Writer out) {
        this.out = out;
    }

    public static SessionListWriter of(ListFormat format, Writer out, ZoneId zone) {
        return of(format, out, zone, false);
    }

    /** {@code excel}: the CSV starts with a byte-order mark so Excel's double-click reads it as UTF-8. */
    public static SessionListWriter of(ListFormat format, Writer out, ZoneId zone, boolean excel) {
        return of(format, out, zone, excel, ReportText.ENGLISH);
    }

    /**
     * @param words the table's language (its headers, statuses, sides and count line); CSV and JSON are data, with
     *              the same field names and values in every language
     */
    public static SessionListWriter of(ListFormat format, Writer out, ZoneId zone, boolean excel, ReportText words) {
        return switch (format) {
            case TABLE -> new Table(out, zone, words);
            case CSV -> new Csv(out, excel);
            case JSON -> new Json(out);
        };
    }

    /** Writes one session. I/O failures are unchecked, since rows arrive from a store callback. */
    public abstract void row(AuditRow row);

    /** Ends the list (closing brackets, a count line) and flushes; does not close the underlying writer. */
    @Override
    public abstract void close();

    static String pain(OptionalInt value) {
        return value.isPresent() ? Integer.toString(value.getAsInt()) : "";
    }

    private static final class Table extends SessionListWriter {
        private final ZoneId zone;
        private final ReportText words;
        private final String line;
        private boolean headed;
        private long rows;

        Table(Writer out, ZoneId zone, ReportText words) {
            super(out);
            this.zone = zone;
            this.words = words;
            // A column is as wide as its header and its longest word in this language (English: as it always was).
            this.line = "%7s  %-16s  %-16s  %-34s  %-" + width(8, "list.column.client") + "s  %-"
                    + width(Math.max(6, widest("side.", Side.values())), "list.column.side") + "s  %-"
                    + width(Math.max(11, widest("status.", SessionStatus.values())), "list.column.status")
                    + "s  %8s  %8s  %" + width(4, "list.column.skipped") + "s %" + width(5, "list.column.shortened")
                    + "s %" + width(4, "list.column.extended") + "s %" + width(4, "list.column.capped")
                    + "s  %-7s  %s%n";
        }

        private int width(int least, String header) {
            return Math.max(least, words.get(header).length());
        }

        private int widest(String prefix, Enum<?>[] values) {
            return Stream.of(values).mapToInt(v -> words.get(prefix + v.name()).length()).max().orElse(0);
        }

        /** The header goes out with the first row (or the count), so a read that fails first prints nothing. */
        private void header() {
            if (!headed) {
                headed = true;
                write(String.format(line, words.get("list.column.id"), words.get("list.column.started"),
                        words.get("list.column.therapist"), words.get("list.column.protocol"),
                        words.get("list.column.client"), words.get("list.column.side"),
                        words.get("list.column.status"), words.get("list.column.planned"),
                        words.get("list.column.actual"), words.get("list.column.skipped"),
                        words.get("list.column.shortened"), words.get("list.column.extended"),
                        words.get("list.column.capped"), words.get("list.column.pain"), words.get("list.column.kiosk")));
            }
        }

        @Override
        public void row(AuditRow r) {
            header();
            String planned = r.summary().map(s -> Durations.format(Duration.ofMillis(s.plannedMillis()))).orElse("-");
            String actual = r.summary().map(s -> Durations.format(Duration.ofMillis(s.actualMillis()))).orElse("-");
            String pain = r.painBefore().isPresent() ? pain(r.painBefore()) + (r.painAfter().isPresent()
                    ? " -> " + pain(r.painAfter()) : "") : "";
            String side = Side.parse(r.side()).map(known -> words.get("side." + known.name())).orElse(r.side());
            write(String.format(line, r.id(), WallTimes.minutes(r.startedAt(), zone), cut(r.therapist(), 16),
                    cut(r.protocolId() + " v" + r.protocolVersion(), 34), cut(r.clientRef(), 8), side,
                    words.get("status." + r.status().name()), planned, actual, count(r, 0), count(r, 1), count(r, 2), count(r, 3), pain,
                    r.kiosk()));
            rows++;
        }

        private static String count(AuditRow r, int which) {
            if (r.summary().isEmpty()) {
                return "-";
            }
            SealedTotals s = r.summary().get();
            int[] counts = {s.skipped(), s.shortened(), s.extended(), s.capped()};
            return Integer.toString(counts[which]);
        }

        private static String cut(String text, int width) {
            return text.length() <= width ? text : text.substring(0, width - 1) + "~";
        }

        @Override
        public void close() {
            header();
            write(words.get(rows == 1 ? "list.count.one" : "list.count.many", Long.toString(rows))
                    + System.lineSeparator());
            flush();
        }
    }

    /** CSV and JSON: held in a {@link Spool} until {@link #close()}, so a failed read writes nothing. */
    private static final class Csv extends SessionListWriter {
        private final Writer target;

        Csv(Writer target, boolean excel) {
            super(new Spool());
            this.target = target;
            write((excel ? CsvText.BYTE_ORDER_MARK : "") + String.join(",", FIELDS) + "\r\n");
        }

        @Override
        public void row(AuditRow r) {
            StringBuilder line = new StringBuilder(160);
            Object[] values = values(r);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    line.append(',');
                }
                Object value = values[i];
                // Text through the one defuse; numbers (a negative one too) are written as they are.
                line.append(value instanceof Number ? value.toString()
                        : CsvText.cell(value == null ? "" : value.toString()));
            }
            write(line.append("\r\n").toString());
        }

        @Override
        public void close() {
            ((Spool) out).copyTo(target);
        }
    }

    private static final class Json extends SessionListWriter {
        private final JsonGenerator json;
        private final Writer target;

        Json(Writer target) {
            super(new Spool());
            this.target = target;
            try {
                json = new JsonFactory().createGenerator(out);
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                json.writeStartArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void row(AuditRow r) {
            try {
                Object[] values = values(r);
                json.writeStartObject();
                for (int i = 0; i < FIELDS.length; i++) {
                    Object value = values[i];
                    if (value == null) {
                        json.writeNullField(FIELDS[i]);
                    } else if (value instanceof Number number) {
                        json.writeNumberField(FIELDS[i], number.longValue());
                    } else if (value instanceof Boolean bool) {
                        json.writeBooleanField(FIELDS[i], bool);
                    } else {
                        json.writeStringField(FIELDS[i], value.toString());
                    }
                }
                json.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                json.writeEndArray();
                json.writeRaw(System.lineSeparator());
                json.flush();
                ((Spool) out).copyTo(target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The row's values in {@link #FIELDS} order; null where there is nothing (a running session's totals). */
    static Object[] values(AuditRow r) {
        SealedTotals s = r.summary().orElse(null);
        return new Object[] {r.id(), r.startedAt().toString(), r.endedAt().map(Object::toString).orElse(null),
            r.therapist(), r.protocolId(), r.protocolVersion(), r.clientRef(), r.side().isEmpty() ? null : r.side(),
            r.status().word(), s == null ? null : s.plannedMillis(), s == null ? null : s.actualMillis(),
            s == null ? null : s.skipped(), s == null ? null : s.shortened(), s == null ? null : s.extended(),
            s == null ? null : s.capped(), s == null ? null : s.deviations(),
            r.painBefore().isPresent() ? r.painBefore().getAsInt() : null,
            r.painAfter().isPresent() ? r.painAfter().getAsInt() : null, r.sealed(),
            r.kiosk().isEmpty() ? null : r.kiosk()};
    }

    protected void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
