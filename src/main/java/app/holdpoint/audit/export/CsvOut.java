package app.holdpoint.audit.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneRules;
import java.util.Optional;

import app.holdpoint.audit.CsvText;

/**
 * RFC 4180 CSV for spreadsheets: UTF-8, CRLF after every record, a field quoted when it holds a comma, quote, CR or
 * LF (quotes doubled). Text cells go through {@link CsvText} (formulas defused); numbers are written as numbers and
 * never altered. The {@link CsvForm#EXCEL} form starts with a byte-order mark.
 */
final class CsvOut {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private final Writer out;
    private final ZoneId zone;
    private final ZoneRules rules;
    private final StringBuilder line = new StringBuilder(256);
    private boolean first = true;

    CsvOut(OutputStream out, ZoneId zone, CsvForm form) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.zone = zone;
        this.rules = zone.getRules();
        if (form == CsvForm.EXCEL) {
            line.append(CsvText.BYTE_ORDER_MARK);
        }
    }

    CsvOut text(String value) {
        return field(CsvText.cell(value));
    }

    CsvOut text(Optional<String> value) {
        return text(value.orElse(""));
    }

    CsvOut number(long value) {
        separator();
        line.append(value);
        return this;
    }

    /** Milliseconds as seconds, exact: 87500 → 87.5. */
    CsvOut seconds(long millis) {
        if (millis < 0) {
            return field(BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString());
        }
        // The same text as the BigDecimal form, without its objects (a cell per session in large exports).
        separator();
        line.append(millis / 1000);
        int fraction = (int) (millis % 1000);
        if (fraction != 0) {
            line.append('.').append((char) ('0' + fraction / 100));
            if (fraction % 100 != 0) {
                line.append((char) ('0' + fraction / 10 % 10));
                if (fraction % 10 != 0) {
                    line.append((char) ('0' + fraction % 10));
                }
            }
        }
        return this;
    }

    CsvOut empty() {
        return field("");
    }

    /** ISO-8601 with the offset of the zone, to the second: 2026-03-02T10:00:00+01:00. */
    CsvOut time(Optional<Instant> value) {
        if (value.isEmpty()) {
            return field("");
        }
        Instant at = value.get();
        ZoneOffset offset = rules.getOffset(at);
        LocalDateTime local = LocalDateTime.ofEpochSecond(at.getEpochSecond(), 0, offset);
        if (local.getYear() < 1000 || local.getYear() > 9999 || offset.getTotalSeconds() % 60 != 0) {
            return field(TIME.format(at.truncatedTo(ChronoUnit.SECONDS).atZone(zone)));
        }
        // The pattern's text written digit by digit: the formatter costs more than the rest of a row.
        separator();
        line.append(local.getYear()).append('-');
        two(local.getMonthValue()).append('-');
        two(local.getDayOfMonth()).append('T');
        two(local.getHour()).append(':');
        two(local.getMinute()).append(':');
        two(local.getSecond());
        int minutes = offset.getTotalSeconds() / 60;
        line.append(minutes < 0 ? '-' : '+');
        two(Math.abs(minutes) / 60).append(':');
        two(Math.abs(minutes) % 60);
        return this;
    }

    private StringBuilder two(int value) {
        return line.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    void header(String... names) {
        for (String name : names) {
            text(name);
        }
        end();
    }

    void end() {
        line.append("\r\n");
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        line.setLength(0);
        first = true;
    }

    void flush() throws IOException {
        out.flush();
    }

    private CsvOut field(String text) {
        separator();
        line.append(text);
        return this;
    }

    private void separator() {
        if (!first) {
            line.append(',');
        }
        first = false;
    }
}
