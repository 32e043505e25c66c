package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import app.holdpoint.session.FakeTicker;
import app.holdpoint.testsupport.SettableClock;

@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class PinTest {
    @Parameter
    Backend backend;

    @TempDir
    Path folder;

    /** Both clocks move together unless a test steps the wall clock alone. */
    private final SettableClock clock = new SettableClock(Fixtures.T0);
    private final FakeTicker ticker = new FakeTicker();

    private JdbcSessionStore open() {
        return new JdbcSessionStore(backend.open(folder),
                Fixtures.config().withClock(clock).withTicker(ticker));
    }

    private void wait(Duration d) {
        clock.advance(d);
        ticker.advance(d);
    }

    private PinCheck enter(JdbcSessionStore store, String pin) {
        return Stores.await(store.verifyPin("Ana", pin.toCharArray()));
    }

    private void lockOut(JdbcSessionStore store) {
        for (int i = 0; i < 5; i++) {
            enter(store, "0000");
        }
        assertThat(enter(store, "0000").outcome()).isEqualTo(PinCheck.Outcome.LOCKED);
    }

    @Test
    void aLockOutSetWhileTheClockWasAheadEndsOnTimeOnceTheClockIsPutRight() {
        clock.set(Fixtures.T0.plus(Duration.ofHours(2)));   // F09 (c): the clock is two hours ahead
        try (JdbcSessionStore store = open()) {
            Fixtures.therapist(store, "Ana");
            lockOut(store);
            clock.set(Fixtures.T0);                          // NTP puts it right
            wait(Duration.ofMinutes(4));
            PinCheck still = enter(store, new String(Fixtures.PIN));
            assertThat(still.outcome()).isEqualTo(PinCheck.Outcome.LOCKED);
            assertThat(still.lockedUntil()).contains(Fixtures.T0.plus(Duration.ofMinutes(5)));
            wait(Duration.ofMinutes(1).plusSeconds(1));
            assertThat(enter(store, new String(Fixtures.PIN)).accepted()).isTrue();
        }
    }

    @Test
    void aLockOutDoesNotEndEarlyBecauseTheClockJumpedAhead() {
        try (JdbcSessionStore store = open()) {
            Fixtures.therapist(store, "Ana");
            lockOut(store);
            clock.advance(Duration.ofHours(1));
            wait(Duration.ofMinutes(2));
            PinCheck check = enter(store, new String(Fixtures.PIN));
            assertThat(check.outcome()).isEqualTo(PinCheck.Outcome.LOCKED);
            assertThat(check.lockedUntil()).contains(clock.instant().plus(Duration.ofMinutes(3)));
        }
    }

    @Test
    void afterARestartTheStoredEndCountsButNeverForLongerThanTheLockOut() {
        clock.set(Fixtures.T0.plus(Duration.ofHours(2)));
        try (JdbcSessionStore store = open()) {
            Fixtures.therapist(store, "Ana");
            lockOut(store);
        }
        clock.set(Fixtures.T0);   // restarted with the clock put right: the stored end is 2 h 5 min away
        try (JdbcSessionStore store = open()) {
            PinCheck capped = enter(store, new String(Fixtures.PIN));
            assertThat(capped.outcome()).isEqualTo(PinCheck.Outcome.LOCKED);
            assertThat(capped.lockedUntil()).contains(Fixtures.T0.plus(Duration.ofMinutes(5)));
            wait(Duration.ofMinutes(5).plusSeconds(1));
            assertThat(enter(store, new String(Fixtures.PIN)).accepted()).isTrue();
        }
    }

    @Test
    void afterARestartAShorterStoredRemainderIsKept() {
        try (JdbcSessionStore store = open()) {
            Fixtures.therapist(store, "Ana");
            lockOut(store);
        }
        wait(Duration.ofMinutes(3));
        try (JdbcSessionStore store = open()) {
            PinCheck check = enter(store, new String(Fixtures.PIN));
            assertThat(check.lockedUntil()).contains(Fixtures.T0.plus(Duration.ofMinutes(5)));
            clock.advance(Duration.ofHours(1).negated());   // the clock goes back: the remainder runs on
            wait(Duration.ofMinutes(2).plusSeconds(1));
            assertThat(enter(store, new String(Fixtures.PIN)).accepted()).isTrue();
        }
    }

    @Test
    void fiveWrongPinsLockOutForFiveMinutesThenTheRightPinWorks() {
        try (JdbcSessionStore store = open()) {
            Fixtures.therapist(store, "Ana");
            for (int i = 1; i <= 4; i++) {
                PinCheck wrong = Stores.await(store.verifyPin("Ana", "0000".toCharArray()));
                assertThat(wrong.outcome()).isEqualTo(PinCheck.Outcome.WRONG_PIN);
                assertThat(wrong.attemptsLeft()).isEqualTo(5 - i);
            }
            PinCheck fifth = Stores.await(store.verifyPin("Ana", "0000".toCharArray()));
            assertThat(fifth.outcome()).isEqualTo(PinCheck.Outcome.LOCKED);
            assertThat(fifth.lockedUntil()).contains(Fixtures.T0.plus(Duration.ofMinutes(5)));
            assertThat(Stores.await(store.verifyPin("Ana", Fixtures.PIN)).outcome())
                    .as("even the right PIN is refused while locked").isEqualTo(PinCheck.Outcome.LOCKED);
            wait(Duration.ofMinutes(5).plusSeconds(1));
            PinCheck right = Stores.await(store.verifyPin("Ana", Fixtures.PIN));
            assertThat(right.accepted()).isTrue();
            assertThat(right.signature().orElseThrow().name()).isEqualTo("Ana");
            assertThat(store.therapist("Ana").orElseThrow().failedAttempts()).isZero();
        }
    }

    @Test
    void unknownAndDisabledTherapistsGetNoSignature() {
        try (JdbcSessionStore store = Fixtures.open(backend, folder)) {
            Fixtures.therapist(store, "Ana");
            assertThat(Stores.await(store.verifyPin("Nobody", Fixtures.PIN)).outcome())
                    .isEqualTo(PinCheck.Outcome.UNKNOWN_THERAPIST);
            Stores.await(store.disableTherapist("Ana"));
            PinCheck check = Stores.await(store.verifyPin("Ana", Fixtures.PIN));
            assertThat(check.outcome()).isEqualTo(PinCheck.Outcome.DISABLED);
            assertThat(check.signature()).isEmpty();
        }
    }

    @Test
    void malformedPinsAndDuplicateNamesAreRefused() {
        try (JdbcSessionStore store = Fixtures.open(backend, folder)) {
            assertThatThrownBy(() -> Stores.await(store.createTherapist("Ana", Role.THERAPIST, "12".toCharArray())))
                    .isInstanceOf(StoreException.class).hasMessage("a PIN has 4 to 8 digits");
            assertThatThrownBy(() -> Stores.await(store.createTherapist("Ana", Role.THERAPIST,
                    "12ab".toCharArray()))).hasMessageContaining("nothing else");
            Fixtures.therapist(store, "Ana");
            assertThatThrownBy(() -> Fixtures.therapist(store, "Ana")).hasMessage("a therapist named 'Ana' already exists");
            assertThat(store.therapists()).hasSize(1);
        }
    }
}
