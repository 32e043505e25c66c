package app.holdpoint.ui.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import app.holdpoint.store.PinCheck;
import app.holdpoint.ui.Text;

/** What a PIN check means to the person at the keypad, in their language. */
public final class PinMessages {
    private PinMessages() {
    }

    public static String of(PinCheck check, Text text, Clock clock) {
        switch (check.outcome()) {
            case ACCEPTED:
                return text.get("pin.accepted");
            case WRONG_PIN:
                return check.attemptsLeft() > 0 ? text.get("pin.wrong.left", check.attemptsLeft())
                        : text.get("pin.wrong");
            case LOCKED:
                return check.lockedUntil().map(until -> text.get("pin.locked", time(until, text, clock),
                        minutesLeft(until, clock))).orElse(text.get("pin.locked.later"));
            case DISABLED:
                return text.get("pin.disabled");
            case UNKNOWN_THERAPIST:
            default:
                return text.get("pin.unknown");
        }
    }

    private static String time(Instant instant, Text text, Clock clock) {
        ZoneId zone = clock.getZone();
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(text.locale()).withZone(zone)
                .format(instant);
    }

    private static long minutesLeft(Instant until, Clock clock) {
        long seconds = Duration.between(clock.instant(), until).getSeconds();
        return Math.max(1, (seconds + 59) / 60);
    }
}
