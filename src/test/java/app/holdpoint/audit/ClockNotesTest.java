package app.holdpoint.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import app.holdpoint.session.EventType;
import app.holdpoint.session.SessionEvent;

/** A wall-clock step in words, with its size and local time; a time that happens twice carries its offset. */
class ClockNotesTest {
    private static SessionEvent step(Instant at, String size) {
        return new SessionEvent(3, EventType.CLOCK_STEPPED, 5_000_000_000L, at, 1, 0, 0, null, size);
    }

    @Test
    void aStepBackAndAStepAheadInWords() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant at = Instant.parse("2026-06-02T08:42:30Z"); // 10:42 in Berlin (summer time)
        assertThat(ClockNotes.lines(List.of(step(at, "-7205s"), step(at.plusSeconds(60), "+185s"),
                step(at.plusSeconds(120), "+40s")), Optional.empty(), berlin)).containsExactly(
                "Clock moved back 2 h 0 min 5 s at 10:42 (wall clock step; times after it are computed from the"
                        + " session start)",
                "Clock moved ahead 3 min 5 s at 10:43 (wall clock step; times after it are computed from the session"
                        + " start)",
                "Clock moved ahead 40 s at 10:44 (wall clock step; times after it are computed from the session"
                        + " start)");
    }

    @Test
    void theNightTheClocksGoBackTheTimeCarriesItsOffset() {
        Instant second0230 = Instant.parse("2026-10-25T01:30:00Z"); // 02:30 CET, the second 02:30 that night
        assertThat(ClockNotes.lines(List.of(step(second0230, "-3600s")), Optional.empty(),
                ZoneId.of("Europe/Berlin"))).containsExactly("Clock moved back 1 h 0 min 0 s at 02:30 +01:00 (wall"
                + " clock step; times after it are computed from the session start)");
    }

    @Test
    void theBetweenSessionsNoticeComesLastAndOtherEventsSayNothing() {
        SessionEvent started = new SessionEvent(0, EventType.SESSION_STARTED, 0, Instant.EPOCH, -1, 0, 0, null, "");
        assertThat(ClockNotes.lines(List.of(started), Optional.of("session 2 starts before session 1 was sealed"
                + " (clock moved back?)"), ZoneId.of("UTC"))).containsExactly("Clock moved back between sessions:"
                + " session 2 starts before session 1 was sealed (clock moved back?)");
        assertThat(ClockNotes.lines(List.of(started), Optional.empty(), ZoneId.of("UTC"))).isEmpty();
        assertThat(ClockNotes.words(Duration.ofSeconds(3 * 3600 + 7))).isEqualTo("3 h 0 min 7 s");
    }

    @Test
    void inGermanTheStepIsWordedFromTheReportsBundle() {
        Instant at = Instant.parse("2026-06-02T08:42:30Z");
        assertThat(ClockNotes.lines(List.of(step(at, "-7205s"), step(at.plusSeconds(60), "+40s")),
                Optional.of("session 2 starts before session 1 was sealed (clock moved back?)"),
                ZoneId.of("Europe/Berlin"), ReportText.of(Locale.GERMAN))).containsExactly(
                "Uhr um 2 h 0 min 5 s zurückgestellt um 10:42 (Sprung der Uhrzeit; spätere Zeiten sind vom Beginn der"
                        + " Sitzung an gerechnet)",
                "Uhr um 40 s vorgestellt um 10:43 (Sprung der Uhrzeit; spätere Zeiten sind vom Beginn der Sitzung an"
                        + " gerechnet)",
                "Uhr zwischen zwei Sitzungen zurückgestellt: session 2 starts before session 1 was sealed (clock"
                        + " moved back?)");
    }
}
