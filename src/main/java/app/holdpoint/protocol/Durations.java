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
     * The duration a clock face like {@code 1:30} (m:ss) or {@code 1:02:30} (h:mm:ss) stands for, to suggest when
     * such text was refused as a duration ({@code 1m30s}); empty for other text.
     */
    public static Optional<Duration> clockFace(String text) {
        Matcher clock = CLOCK.matcher(text.strip());
        if (!clock.matches()) {
            return Optional.empty();
        }
        long hours = clock.group(1) == null ? 0 : Long.parseLong(clock.group(1));
        return Optional.of(Duration.ofSeconds(hours * 3600 + Long.parseLong(clock.group(2)) * 60
                + Long.parseLong(clock.group(3))));
    }

    /** The first digit of another script than 0-9 in the text ({@code '３'}), to name when a number was refused. */
    public static Optional<String> foreignDigit(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isDigit(c) && (c < '0' || c > '9')) {
                return Optional.of(Character.toString(c));
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
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
