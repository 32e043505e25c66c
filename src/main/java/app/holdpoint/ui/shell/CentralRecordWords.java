package app.holdpoint.ui.shell;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import app.holdpoint.store.replication.ReplicationStatus;
import app.holdpoint.ui.Text;

/**
 * What the status strip says about the central record, in words a therapist can act on: that nothing is lost
 * while the central record is away, and since when. Pure, so the wording is tested without a screen.
 */
final class CentralRecordWords {
    private CentralRecordWords() {
    }

    /** Empty for a kiosk without a central record. */
    static Optional<String> of(Optional<ReplicationStatus> status, Text text, ZoneId zone, Instant now) {
        if (status.isEmpty()) {
            return Optional.empty();
        }
        ReplicationStatus s = status.get();
        return Optional.of(switch (s.state()) {
            case UP_TO_DATE -> text.get("status.central.upToDate");
            case STARTING, WAITING -> waiting(s, text);
            case UNREACHABLE -> text.get("status.central.unreachable", since(s.unreachableSince().orElse(now), zone,
                    now, text.locale()));
            case REFUSED -> text.get("status.central.refused");
            case BEHIND -> text.get("status.central.behind");
        });
    }

    private static String waiting(ReplicationStatus s, Text text) {
        if (s.sessionsWaiting() > 0) {
            return text.get("status.central.waiting", s.sessionsWaiting());
        }
        if (s.addendaWaiting() > 0) {
            return text.get("status.central.addenda", s.addendaWaiting());
        }
        return text.get(s.state() == ReplicationStatus.State.STARTING ? "status.central.checking"
                : "status.central.upToDate");
    }

    /** "10:42" today, "29 Nov 10:42" before. */
    private static String since(Instant since, ZoneId zone, Instant now, Locale locale) {
        ZonedDateTime at = since.atZone(zone);
        boolean today = at.toLocalDate().equals(LocalDate.ofInstant(now, zone));
        return DateTimeFormatter.ofPattern(today ? "HH:mm" : "d MMM HH:mm", locale).format(at);
    }
}
