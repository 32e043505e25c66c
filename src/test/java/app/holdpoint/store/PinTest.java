package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PinTest {
    @TempDir
    Path folder;

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Fixtures.T0;

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void fiveWrongPinsLockOutForFiveMinutesThenTheRightPinWorks() {
        HandClock clock = new HandClock();
        try (JdbcSessionStore store = new JdbcSessionStore(Database.open(folder, Optional.empty()),
                Fixtures.config().withClock(clock))) {
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
            clock.now = Fixtures.T0.plus(Duration.ofMinutes(5)).plusSeconds(1);
            PinCheck right = Stores.await(store.verifyPin("Ana", Fixtures.PIN));
            assertThat(right.accepted()).isTrue();
            assertThat(right.signature().orElseThrow().name()).isEqualTo("Ana");
            assertThat(store.therapist("Ana").orElseThrow().failedAttempts()).isZero();
        }
    }

    @Test
    void unknownAndDisabledTherapistsGetNoSignature() {
        try (JdbcSessionStore store = Fixtures.open(folder)) {
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
        try (JdbcSessionStore store = Fixtures.open(folder)) {
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
