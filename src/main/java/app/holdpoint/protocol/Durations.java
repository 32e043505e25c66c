package app.holdpoint.protocol;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them: {@code 45s}, {@code 1m30s}, {@code 10m}, {@code 1h}. */
public final class Durations {
    /** Nothing in a treatment session is held, stretched or timed for longer than this. */
    public static final Duration LONGEST = Duration.ofHours(2);

    private static final Pattern FORM =
            Pattern.compile("(?:([0-9]{1,4})h)?(?:([0-9]{1,6})m)?(?:([0-9]{1,7})s)?");

    private Durations() {
    }

    /** The duration, or empty when the text is not of the form {@code 1h2m3s} (each part optional, at least one). */
    public static Optional<Duration> parse(String text) {
        String trimmed = text.strip();
        Matcher m = FORM.matcher(trimmed);
        if (trimmed.isEmpty() || !m.matches()) {
            return Optional.empty();
        }
        long hours = group(m, 1);
        long minutes = group(m, 2);
        long seconds = group(m, 3);
        return Optional.of(Duration.ofSeconds(hours * 3600 + minutes * 60 + seconds));
    }

    private static final Pattern CLOCK = Pattern.compile("(?:([0-9]{1,2}):)?([0-9]{1,3}):([0-9]{2})");

    /**
     * Why text that is not a duration was refused, for the message after "got '...'": a clock face like
     * {@code 1:30} gets its duration ({@code 1m30s}), a digit outside 0-9 is named. Empty when nothing helps.
     */
    public static String hint(String text) {
        String digits = digitsHint(text);
        if (!digits.isEmpty()) {
            return digits;
        }
        Matcher clock = CLOCK.matcher(text.strip());
        if (clock.matches()) {
            long hours = clock.group(1) == null ? 0 : Long.parseLong(clock.group(1));
            long seconds = hours * 3600 + Long.parseLong(clock.group(2)) * 60 + Long.parseLong(clock.group(3));
            return "; write " + format(Duration.ofSeconds(seconds)) + " for " + clock.group() + " (h, m, s)";
        }
        return "";
    }

    /** "; write digits as 0-9, '３' is not one" when the text holds a digit of another script, else empty. */
    public static String digitsHint(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isDigit(c) && (c < '0' || c > '9')) {
                return "; write digits as 0-9 ('" + Character.toString(c) + "' is not one)";
            }
            i += Character.charCount(c);
        }
        return "";
    }

    private static long group(Matcher m, int index) {
        String value = m.group(index);
        return value == null ? 0 : Long.parseLong(value);
    }

    /** The shortest way a person would write it: 90 s is {@code 1m30s}, 600 s is {@code 10m}. */
    public static String format(Duration duration) {
        long total = duration.toSeconds();
        if (total == 0) {
            return "0s";
        }
        StringBuilder text = new StringBuilder();
        if (total < 0) {
            text.append('-');
            total = -total;
        }
        long hours = total / 3600;
        long minutes = total % 3600 / 60;
        long seconds = total % 60;
        if (hours > 0) {
            text.append(hours).append('h');
        }
        if (minutes > 0) {
            text.append(minutes).append('m');
        }
        if (seconds > 0) {
            text.append(seconds).append('s');
        }
        return text.toString();
    }

    /** A clock face for countdowns: {@code 1:30}, {@code 0:05}, {@code 1:02:03}. */
    public static String clock(Duration duration) {
        long total = Math.max(0, duration.toSeconds());
        long hours = total / 3600;
        long minutes = total % 3600 / 60;
        long seconds = total % 60;
        return hours > 0
                ? String.format("%d:%02d:%02d", hours, minutes, seconds)
                : String.format("%d:%02d", minutes, seconds);
    }
}
