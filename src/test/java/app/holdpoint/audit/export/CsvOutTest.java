package app.holdpoint.audit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The digit-by-digit times and seconds write exactly what the formatter and BigDecimal forms write. */
class CsvOutTest {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    @Test
    void timesMatchTheFormatterInEveryKindOfZone() throws IOException {
        SplittableRandom random = new SplittableRandom(12);
        for (String id : new String[] {"UTC", "Europe/Berlin", "America/St_Johns", "Asia/Kolkata",
                "Pacific/Chatham", "America/Sao_Paulo", "Africa/Monrovia"}) {
            ZoneId zone = ZoneId.of(id);
            for (int i = 0; i < 2_000; i++) {
                // 1900 to 2100, with nanoseconds: whole seconds are written
                Instant at = Instant.ofEpochSecond(random.nextLong(-2_208_988_800L, 4_102_444_800L),
                        random.nextInt(1_000_000_000));
                assertThat(line(zone, csv -> csv.time(Optional.of(at))))
                        .isEqualTo(TIME.format(at.truncatedTo(ChronoUnit.SECONDS).atZone(zone)));
            }
        }
        assertThat(line(ZoneId.of("UTC"), csv -> csv.time(Optional.empty()))).isEmpty();
    }

    @Test
    void secondsMatchTheExactDecimalForm() throws IOException {
        SplittableRandom random = new SplittableRandom(3);
        long[] fixed = {0, 1, 10, 100, 999, 1000, 1001, 1010, 1100, 87_500, 120_000, 3_600_000, -1, -1500,
            Long.MAX_VALUE};
        for (long millis : fixed) {
            assertSeconds(millis);
        }
        for (int i = 0; i < 20_000; i++) {
            assertSeconds(random.nextLong(0, 10_000_000));
        }
    }

    private static void assertSeconds(long millis) throws IOException {
        assertThat(line(ZoneId.of("UTC"), csv -> csv.seconds(millis)))
                .isEqualTo(BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString());
    }

    private interface Cell {
        void write(CsvOut csv);
    }

    /** One cell after a first one, as a row writes it; returns the cell's text. */
    private static String line(ZoneId zone, Cell cell) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvOut csv = new CsvOut(bytes, zone, CsvForm.PLAIN);
        csv.number(7);
        cell.write(csv);
        csv.end();
        csv.flush();
        String text = bytes.toString(StandardCharsets.UTF_8);
        return text.substring("7,".length(), text.length() - 2);
    }
}
