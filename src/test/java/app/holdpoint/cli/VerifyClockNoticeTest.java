package app.holdpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.session.EventType;
import app.holdpoint.session.SessionEvent;
import app.holdpoint.store.Stores;
import app.holdpoint.testsupport.ClockNoteSessions;
import app.holdpoint.testsupport.TestStores;

/** F09 (b): a session run while the clock was 3 days behind is a note of verify, and verify still passes. */
class VerifyClockNoticeTest {
    @TempDir
    Path data;

    private void sessionAt(Instant start) {
        sessionAt(start, List.of());
    }

    /** A signed session of one event, then {@code more} events, started at {@code start}. */
    private void sessionAt(Instant start, List<SessionEvent> more) {
        Clock clock = Clock.fixed(start.plusSeconds(120), ZoneOffset.UTC);
        try (Stores.Opened opened = Stores.forKiosk(data, Optional.empty(),
                TestStores.fastPins("kiosk@test", clock))) {
            ClockNoteSessions.endedEarly(opened.store(), start, more);
        }
    }

    @Test
    void verifyPassesAndNotesTheSessionThatStartsBeforeThePreviousSeal() {
        Instant today = Instant.parse("2026-11-27T10:00:00Z");
        sessionAt(today);
        sessionAt(today.minus(Duration.ofDays(3)));

        CliTestSupport.Run verified = CliTestSupport.run("--data", data.toString(), "verify");
        assertThat(verified.exitCode()).as(verified.err()).isZero();
        assertThat(verified.out()).startsWith("verified 2 sessions, ")
                .contains("  note: session 2 starts before session 1 was sealed (clock moved back?)");
    }

    /** Issue 14: audit show says in words what the clock did, during the session and between sessions. */
    @Test
    void auditShowSaysHowFarTheClockMovedBackAndWhenAndThatTheSessionStartsBeforeThePreviousSeal() {
        Instant today = Instant.parse("2026-11-27T10:00:00Z");
        sessionAt(today);
        Instant behind = today.minus(Duration.ofDays(3));
        sessionAt(behind, List.of(new SessionEvent(1, EventType.CLOCK_STEPPED, 13_000_000_000L,
                behind.plusSeconds(13), -1, 0, 0, null, "-7205s")));

        CliTestSupport.Run shown = CliTestSupport.run("--data", data.toString(), "audit", "show", "2");
        assertThat(shown.exitCode()).as(shown.err()).isZero();
        String at = DateTimeFormatter.ofPattern("HH:mm").format(behind.plusSeconds(13)
                .atZone(ZoneId.systemDefault()));
        assertThat(shown.out()).contains("  note: Clock moved back 2 h 0 min 5 s at " + at + " (wall clock step;"
                + " times after it are computed from the session start)" + System.lineSeparator()
                + "  note: Clock moved back between sessions: session 2 starts before session 1 was sealed"
                + " (clock moved back?)" + System.lineSeparator());
        CliTestSupport.Run first = CliTestSupport.run("--data", data.toString(), "audit", "show", "1");
        assertThat(first.out()).doesNotContain("Clock moved");
    }
}
