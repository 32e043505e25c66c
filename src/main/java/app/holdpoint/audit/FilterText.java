package app.holdpoint.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import app.holdpoint.store.AuditFilter;
import java.time.LocalTime;

/** An audit filter in words, for messages and report headers: "from 2026-03-01 to 2026-03-31, therapist Ana". */
public final class FilterText {
    private FilterText() {
    }

    /** The filter in English. */
    public static String describe(AuditFilter filter, ZoneId zone) {
        return describe(filter, zone, ReportText.ENGLISH);
    }

    /** @param words the language of the description (names, ids and dates as recorded) */
    public static String describe(AuditFilter filter, ZoneId zone, ReportText words) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withZone(zone);
        List<String> parts = new ArrayList<>();
        String period = (filter.from().map(from -> words.get("filter.from", moment(from, time, zone, false)) + " ")
                .orElse("") + filter.to().map(to -> words.get("filter.to", moment(to, time, zone, true))).orElse(""))
                .strip();
        if (!period.isEmpty()) {
            parts.add(period);
        }
        filter.therapist().ifPresent(name -> parts.add(words.get("filter.therapist", name)));
        filter.protocolId().ifPresent(id -> parts.add(words.get("filter.protocol", id)));
        filter.status().ifPresent(status -> parts.add(words.get("filter.status",
                words.get("status." + status.name()))));
        if (filter.deviationsOnly()) {
            parts.add(words.get("filter.deviationsOnly"));
        }
        return parts.isEmpty() ? words.get("filter.all") : String.join(", ", parts);
    }

    /** A midnight boundary reads as a day; an exclusive end at midnight as the day before (inclusive). */
    private static String moment(Instant instant, DateTimeFormatter time, ZoneId zone, boolean exclusiveEnd) {
        var local = instant.atZone(zone);
        if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return (exclusiveEnd ? local.toLocalDate().minusDays(1) : local.toLocalDate()).toString();
        }
        return WallTimes.minutes(instant, zone);
    }
}
