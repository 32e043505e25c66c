package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import app.holdpoint.protocol.Side;
import app.holdpoint.testsupport.SettableClock;

/** verify notes a session that starts before the previous one of its kiosk was sealed: the clock moved back. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class ClockOrderTest {
    @Parameter
    Backend backend;

    @TempDir
    Path folder;

    private final SettableClock clock = new SettableClock(Fixtures.T0);

    private JdbcSessionStore open(String kiosk) {
        return new JdbcSessionStore(backend.open(folder),
                Fixtures.config().withClock(clock).withKioskId(kiosk));
    }

    /** A session started at {@code start} (the engine's start wall time) and sealed at the clock's now. */
    private long sessionAt(JdbcSessionStore store, Therapist ana, Instant start) {
        NewSession session = new NewSession(ana.id(), "C-1", Optional.of(Side.LEFT), Fixtures.protocol(), start,
                OptionalInt.of(6), List.of(new NewSession.ScreeningAnswer("fever", false)), Optional.empty(), true);
        long id = Stores.await(store.beginSession(session));
        for (var event : Fixtures.events(1)) {
            Stores.await(store.append(id, event));
        }
        Closing closing = new Closing(SessionStatus.COMPLETED, start.plusSeconds(60), OptionalInt.of(3),
                Optional.empty(), Fixtures.summary());
        Stores.await(store.seal(id, closing, Optional.of(Fixtures.sign(store, "Ana"))));
        return id;
    }

    @Test
    void aSessionStartingBeforeThePreviousSealIsANoticeNotAFailure() {
        try (JdbcSessionStore store = open("kiosk@a")) {
            Therapist ana = Fixtures.therapist(store, "Ana");
            clock.set(Fixtures.T0.plusSeconds(120));
            long first = sessionAt(store, ana, Fixtures.T0);
            clock.set(Fixtures.T0.minus(Duration.ofDays(3)).plusSeconds(120));   // the clock is 3 days behind
            long second = sessionAt(store, ana, Fixtures.T0.minus(Duration.ofDays(3)));

            VerifyResult result = store.verify();
            assertThat(result.ok()).isTrue();
            assertThat(result.failures()).isEmpty();
            assertThat(result.notices()).extracting(VerifyResult.Failure::reason).containsExactly(
                    "session " + second + " starts before session " + first + " was sealed (clock moved back?)");
            assertThat(result.noticesFor(second)).hasSize(1);
            assertThat(result.noticesFor(first)).isEmpty();
        }
    }

    @Test
    void sessionsInOrderOrOnAnotherKioskAreNotNoticed() {
        try (JdbcSessionStore store = open("kiosk@a")) {
            Therapist ana = Fixtures.therapist(store, "Ana");
            clock.set(Fixtures.T0.plusSeconds(120));
            sessionAt(store, ana, Fixtures.T0);
            clock.set(Fixtures.T0.plusSeconds(400));
            sessionAt(store, ana, Fixtures.T0.plusSeconds(300));
        }
        try (JdbcSessionStore other = open("kiosk@b")) {
            Therapist ana = other.therapist("Ana").orElseThrow();
            clock.set(Fixtures.T0.plusSeconds(500));
            sessionAt(other, ana, Fixtures.T0.plusSeconds(200));   // overlapped kiosk a's second session
            assertThat(other.verify().notices()).isEmpty();
        }
    }
}
