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
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.protocol.Side;
import app.holdpoint.session.EventType;
import app.holdpoint.session.SessionEvent;
import app.holdpoint.store.Closing;
import app.holdpoint.store.NewSession;
import app.holdpoint.store.Role;
import app.holdpoint.store.SessionStatus;
import app.holdpoint.store.Stores;
import app.holdpoint.store.SealedTotals;
import app.holdpoint.store.Therapist;
import app.holdpoint.testsupport.TestProtocols;
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
            var store = opened.store();
            Therapist ana = store.therapist("Ana").orElseGet(() -> Stores.await(
                    store.createTherapist("Ana", Role.THERAPIST, "2468".toCharArray())));
            long id = Stores.await(store.beginSession(new NewSession(ana.id(), "C-1", Optional.of(Side.LEFT),
                    TestProtocols.first(), start, OptionalInt.of(3),
                    List.of(), Optional.empty(), true)));
            Stores.await(store.append(id, new SessionEvent(0, EventType.SESSION_STARTED, 0, start, -1, 0, 0, null,
                    "")));
            for (SessionEvent event : more) {
                Stores.await(store.append(id, event));
            }
            var signer = Stores.await(store.verifyPin("Ana", "2468".toCharArray())).signature();
            Stores.await(store.seal(id, new Closing(SessionStatus.ENDED_EARLY, start.plusSeconds(60),
                    OptionalInt.of(2), Optional.empty(), new SealedTotals(0, 0, 0, 0, 0, 0, 0)), signer));
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
