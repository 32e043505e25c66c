package app.holdpoint.cli;

import java.time.Duration;

import app.holdpoint.protocol.Durations;
import app.holdpoint.protocol.Phase;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.session.EventType;
import app.holdpoint.session.SessionEvent;

/** One readable line per session event: offset, sequence, type, phase, and what the event says. */
final class EventLines {
    private EventLines() {
    }

    /** @param words the line's words ("planned", "actual", "ended by"); types, labels and details are as recorded */
    static String line(Timeline timeline, SessionEvent event, CliText words) {
        StringBuilder line = new StringBuilder(String.format("%10s  #%-4d %-21s", offset(event.offsetNanos()),
                event.sequence(), event.type()));
        if (event.phase() >= 0) {
            Phase phase = timeline.phase(event.phase());
            line.append(String.format(" %3d %-11s %s", phase.index(), phase.kind().word(), phase.label()));
            if (phase.cycles() > 1) {
                line.append(" [").append(phase.cycle()).append('/').append(phase.cycles()).append(']');
            }
            phase.side().ifPresent(side -> line.append(" (").append(side.word()).append(')'));
        }
        if (event.type() == EventType.PHASE_ENDED) {
            line.append(" | ").append(words.get("simulate.phaseEnded",
                    Durations.format(Duration.ofMillis(event.plannedMillis())), millis(event.actualMillis()),
                    String.valueOf(event.endedBy())));
        }
        if (!event.detail().isEmpty()) {
            line.append(" | ").append(event.detail());
        }
        return line.toString();
    }

    /** h:mm:ss.mmm, so fast simulations still show sub-second structure. */
    static String offset(long nanos) {
        long millis = nanos / 1_000_000;
        return String.format("%d:%02d:%02d.%03d", millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60,
                millis % 1000);
    }

    /** Like {@code 1m30s}, with milliseconds when there are any: {@code 33m13.488s}. */
    static String millis(long millis) {
        String whole = Durations.format(Duration.ofSeconds(millis / 1000));
        if (millis % 1000 == 0) {
            return whole;
        }
        String fraction = String.format(".%03ds", millis % 1000);
        if (whole.equals("0s")) {
            return "0" + fraction;
        }
        return whole.endsWith("s") ? whole.substring(0, whole.length() - 1) + fraction : whole + "0" + fraction;
    }
}
