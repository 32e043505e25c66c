package app.holdpoint.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.holdpoint.session.EventType;
import app.holdpoint.session.SessionEvent;

/**
 * What the machine's clock did to one session, in words for an auditor: each wall-clock step recorded during it
 * ({@link EventType#CLOCK_STEPPED}) and, from the store, a start earlier than the previous session's seal
 * (the clock moved back between sessions). {@code audit show} and the audit workspace's detail show the same
 * lines.
 */
public final class ClockNotes {
    private static final Pattern SIZE = Pattern.compile("([+-])(\\d+)s");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");

    private ClockNotes() {
    }

    /**
     * One line per clock step, in event order, then the between-sessions notice if any: "Clock moved back 2 h 0
     * min 5 s at 10:42 (wall clock step; times after it are computed from the session start)".
     *
     * @param events         the session's events
     * @param betweenSessions the store's notice for this session ("session 12 starts before session 11 was
     *                        sealed (clock moved back?)"), if any
     * @param zone           where the times are shown; a local time that happens twice carries its offset
     */
    public static List<String> lines(List<SessionEvent> events, Optional<String> betweenSessions, ZoneId zone) {
        return lines(events, betweenSessions, zone, ReportText.ENGLISH);
    }

    /** As {@link #lines(List, Optional, ZoneId)}, in the report's language; the notice comes worded in it. */
    public static List<String> lines(List<SessionEvent> events, Optional<String> betweenSessions, ZoneId zone,
                                     ReportText words) {
        List<String> lines = new ArrayList<>();
        for (SessionEvent event : events) {
            if (event.type() == EventType.CLOCK_STEPPED) {
                lines.add(step(event, zone, words));
            }
        }
        betweenSessions.ifPresent(notice -> lines.add(words.get("clock.betweenSessions", notice)));
        return lines;
    }

    static String step(SessionEvent event, ZoneId zone, ReportText words) {
        Matcher size = SIZE.matcher(event.detail());
        String what = size.matches() ? words.get(size.group(1).equals("-") ? "clock.movedBack" : "clock.movedAhead",
                words(Duration.ofSeconds(Long.parseLong(size.group(2))), words))
                : words.get("clock.stepped", event.detail());
        return words.get("clock.step", what, at(event.wallTime(), zone));
    }

    /** {@code 2 h 0 min 5 s}, {@code 3 min 0 s}, {@code 40 s}. */
    static String words(Duration size) {
        return words(size, ReportText.ENGLISH);
    }

    static String words(Duration size, ReportText words) {
        String hours = Long.toString(size.toHours());
        String minutes = Integer.toString(size.toMinutesPart());
        String seconds = Integer.toString(size.toSecondsPart());
        if (size.toHours() > 0) {
            return words.get("clock.hours", hours, minutes, seconds);
        }
        return size.toMinutesPart() > 0 ? words.get("clock.minutes", minutes, seconds)
                : words.get("clock.seconds", seconds);
    }

    private static String at(Instant when, ZoneId zone) {
        var local = when.atZone(zone);
        return MINUTES.format(local) + (WallTimes.twice(local.toLocalDateTime(), zone) ? " " + OFFSET.format(local)
                : "");
    }
}
