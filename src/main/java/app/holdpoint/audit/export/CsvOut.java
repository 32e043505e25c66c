package app.holdpoint.audit.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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
    private final StringBuilder line = new StringBuilder(256);
    private boolean first = true;

    CsvOut(OutputStream out, ZoneId zone, CsvForm form) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.zone = zone;
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
        return field(Long.toString(value));
    }

    /** Milliseconds as seconds, exact: 87500 → 87.5. */
    CsvOut seconds(long millis) {
        return field(BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString());
    }

    CsvOut empty() {
        return field("");
    }

    /** ISO-8601 with the offset of the zone, to the second: 2026-03-02T10:00:00+01:00. */
    CsvOut time(Optional<Instant> value) {
        return field(value.map(v -> TIME.format(v.truncatedTo(ChronoUnit.SECONDS).atZone(zone))).orElse(""));
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
            out.write(line.toString());
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
        if (!first) {
            line.append(',');
        }
        first = false;
        line.append(text);
        return this;
    }
}
