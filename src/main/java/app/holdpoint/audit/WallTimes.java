package app.holdpoint.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How a moment is shown to a person: local time in the kiosk's zone. Where the record is read closely
 * ({@code audit show}, the detail screen, PDFs) every time carries its UTC offset, so an autumn night's two
 * 02:30s (+02:00, then +01:00 in Berlin) are told apart and a session never seems to end before it started.
 * Lists and filters, which show minutes in narrow columns, add the offset only to a local time that happens twice
 * that day.
 */
public final class WallTimes {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xxx");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");

    private WallTimes() {
    }

    /** {@code 2026-10-25 02:30:10 +02:00}: to the second, always with the offset. */
    public static DateTimeFormatter withOffset(ZoneId zone) {
        return SECONDS.withZone(zone);
    }

    /** {@code 2026-10-25 02:30}, or {@code 2026-10-25 02:30 +01:00} when that local minute happens twice. */
    public static String minutes(Instant instant, ZoneId zone) {
        var local = instant.atZone(zone);
        String text = MINUTES.format(local);
        return twice(local.toLocalDateTime(), zone) ? text + " " + OFFSET.format(local) : text;
    }

    /** True when this local time happens twice in the zone (the hour the clocks go back). */
    public static boolean twice(LocalDateTime local, ZoneId zone) {
        return zone.getRules().getValidOffsets(local).size() > 1;
    }
}
