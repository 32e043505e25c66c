package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.assertj.core.groups.Tuple;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.session.FakeTicker;

/** The recovery code: shown once, kept as a slow hash, unlocks and resets an administrator, guessed like a PIN. */
class RecoveryCodeTest {
    private static final char[] NEW_PIN = "1357".toCharArray();

    @TempDir
    Path folder;

    private final FakeTicker ticker = new FakeTicker();
    private Database database;
    private JdbcSessionStore store;
    private String code;

    @BeforeEach
    void firstAdministratorWithACode() {
        database = Database.open(folder, Optional.empty());
        store = new JdbcSessionStore(database, Fixtures.config().withTicker(ticker));
        Stores.await(store.createTherapist("Bea", Role.ADMIN, Fixtures.PIN));
        Fixtures.therapist(store, "Ana");
        code = Stores.await(store.newRecoveryCode("Bea", "first start"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void lockOutBea() {
        for (int i = 0; i < StoreConfig.MAX_PIN_FAILURES; i++) {
            Stores.await(store.verifyPin("Bea", "0000".toCharArray()));
        }
        assertThat(Stores.await(store.verifyPin("Bea", Fixtures.PIN)).outcome()).isEqualTo(PinCheck.Outcome.LOCKED);
    }

    @Test
    void theCodeIsFourGroupsOfFiveBase32AndOnlyItsSlowHashIsStored() throws Exception {
        assertThat(code).matches("[A-Z2-7]{5}(-[A-Z2-7]{5}){3}");
        assertThat(store.hasRecoveryCode()).isTrue();
        try (Connection c = database.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT code_hash, code_salt, code_iterations FROM recovery_code")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).doesNotContain(code.replace("-", "")).hasSize(64);
            assertThat(r.getString(2)).hasSize(32);
            assertThat(r.getInt(3)).isEqualTo(Fixtures.config().pinIterations());
        }
        assertThat(store.therapistEvents()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(TherapistEvent.RECOVERY_CODE);
            assertThat(e.therapistName()).isEqualTo("Bea");
            assertThat(e.actor()).isEqualTo("first start");
        });
    }

    @Test
    void theCodeUnlocksALockedAdministratorAndIsRecorded() {
        lockOutBea();
        String typed = code.toLowerCase().replace("-", " ");

        RecoveryCheck check = Stores.await(store.recoverAdministrator("Bea", typed.toCharArray(), Optional.empty()));

        assertThat(check.outcome()).isEqualTo(RecoveryCheck.Outcome.ACCEPTED);
        assertThat(check.therapist().orElseThrow().lockedUntil()).isEmpty();
        assertThat(Stores.await(store.verifyPin("Bea", Fixtures.PIN)).accepted()).isTrue();
        TherapistEvent event = store.therapistEvents().get(1);
        assertThat(event.action()).isEqualTo(TherapistEvent.UNLOCK);
        assertThat(event.actor()).isEqualTo("recovery code");
        assertThat(event.at()).isEqualTo(Fixtures.config().clock().instant());
    }

    @Test
    void theCodeResetsAnAdministratorsPin() {
        RecoveryCheck check = Stores.await(store.recoverAdministrator("Bea", code.toCharArray(),
                Optional.of(NEW_PIN.clone())));

        assertThat(check.accepted()).isTrue();
        assertThat(Stores.await(store.verifyPin("Bea", Fixtures.PIN)).outcome()).isEqualTo(PinCheck.Outcome.WRONG_PIN);
        assertThat(Stores.await(store.verifyPin("Bea", NEW_PIN)).accepted()).isTrue();
        assertThat(store.therapistEvents()).extracting(TherapistEvent::action, TherapistEvent::actor)
                .last().isEqualTo(Tuple.tuple(TherapistEvent.RESET_PIN, "recovery code"));
    }

    @Test
    void aWrongCodeIsCountedLikeAWrongPinAndLocksOutAfterTheLimit() {
        char[] wrong = "AAAAA-BBBBB-CCCCC-DDDDD".toCharArray();
        for (int left = StoreConfig.MAX_PIN_FAILURES - 1; left > 0; left--) {
            RecoveryCheck check = Stores.await(store.recoverAdministrator("Bea", wrong, Optional.of(NEW_PIN)));
            assertThat(check.outcome()).isEqualTo(RecoveryCheck.Outcome.WRONG_CODE);
            assertThat(check.attemptsLeft()).isEqualTo(left);
        }
        RecoveryCheck locked = Stores.await(store.checkRecoveryCode(wrong));
        assertThat(locked.outcome()).isEqualTo(RecoveryCheck.Outcome.LOCKED);
        assertThat(locked.lockedUntil()).contains(Fixtures.config().clock().instant().plus(StoreConfig.LOCKOUT));

        assertThat(Stores.await(store.recoverAdministrator("Bea", code.toCharArray(), Optional.of(NEW_PIN)))
                .outcome()).as("even the right code waits out the lock-out").isEqualTo(RecoveryCheck.Outcome.LOCKED);
        ticker.advance(StoreConfig.LOCKOUT.minus(Duration.ofSeconds(1)));
        assertThat(Stores.await(store.checkRecoveryCode(code.toCharArray())).outcome())
                .isEqualTo(RecoveryCheck.Outcome.LOCKED);
        ticker.advance(Duration.ofSeconds(1));
        assertThat(Stores.await(store.checkRecoveryCode(code.toCharArray())).accepted()).isTrue();
        assertThat(Stores.await(store.verifyPin("Bea", Fixtures.PIN)).accepted())
                .as("nothing was reset by the wrong codes").isTrue();
    }

    @Test
    void theCodeHelpsOnlyEnabledAdministrators() {
        assertThat(Stores.await(store.recoverAdministrator("Ana", code.toCharArray(), Optional.of(NEW_PIN)))
                .outcome()).isEqualTo(RecoveryCheck.Outcome.NOT_AN_ADMINISTRATOR);
        assertThat(Stores.await(store.verifyPin("Ana", Fixtures.PIN)).accepted()).isTrue();
    }

    @Test
    void commandLineUnlockAndResetAreRecordedWithWhoDidThem() {
        for (int i = 0; i < StoreConfig.MAX_PIN_FAILURES; i++) {
            Stores.await(store.verifyPin("Ana", "0000".toCharArray()));
        }
        Stores.await(store.unlockTherapist("Ana", TherapistEvent.commandLine("clinic")));
        assertThat(Stores.await(store.verifyPin("Ana", Fixtures.PIN)).accepted()).isTrue();
        Stores.await(store.resetPin("Ana", NEW_PIN.clone(), TherapistEvent.commandLine("clinic")));
        assertThat(Stores.await(store.verifyPin("Ana", NEW_PIN)).accepted()).isTrue();

        assertThat(store.therapistEvents()).extracting(TherapistEvent::therapistName, TherapistEvent::action,
                TherapistEvent::actor).containsSubsequence(
                Tuple.tuple("Ana", "unlock", "clinic (command line)"),
                Tuple.tuple("Ana", "reset-pin", "clinic (command line)"));
    }

    @Test
    void theHistoryIsAppendOnly() throws Exception {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("UPDATE therapist_event SET actor = 'someone else'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.execute("DELETE FROM therapist_event")).hasMessageContaining("append-only");
        }
    }
}
