package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import app.holdpoint.protocol.Side;
import app.holdpoint.session.SessionEvent;

@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class RoundTripTest {
    @Parameter
    Backend backend;

    @TempDir
    Path folder;

    @Test
    void therapistRoundTripsWithoutItsPin() {
        try (JdbcSessionStore store = Fixtures.open(backend, folder)) {
            Therapist created = Stores.await(store.createTherapist("Ana Ruiz", Role.ADMIN, Fixtures.PIN));
            assertThat(store.therapist("Ana Ruiz")).contains(created);
            assertThat(created.role()).isEqualTo(Role.ADMIN);
            assertThat(created.disabled()).isFalse();
            assertThat(store.therapists()).containsExactly(created);
        }
    }

    @Test
    void sessionHeaderEventsAndSealRoundTripAcrossReopen() {
        long id;
        List<SessionEvent> written = Fixtures.events(3);
        try (JdbcSessionStore store = Fixtures.open(backend, folder)) {
            Therapist ana = Fixtures.therapist(store, "Ana");
            id = Stores.await(store.beginSession(Fixtures.session(ana.id(), "C-17")));
            for (SessionEvent event : written) {
                Stores.await(store.append(id, event));
            }
            Stores.await(store.seal(id, Fixtures.completed(), Optional.of(Fixtures.sign(store, "Ana"))));
        }
        try (JdbcSessionStore store = Fixtures.open(backend, folder)) {
            SessionRecord record = store.session(id).orElseThrow();
            assertThat(record.therapist()).isEqualTo("Ana");
            assertThat(record.clientRef()).isEqualTo("C-17");
            assertThat(record.side()).contains(Side.LEFT);
            assertThat(record.protocolId()).isEqualTo(Fixtures.protocol().id());
            assertThat(record.protocolSha256()).isEqualTo(Fixtures.protocol().sha256());
            assertThat(record.kioskId()).isEqualTo("test-kiosk");
            assertThat(record.status()).isEqualTo(SessionStatus.COMPLETED);
            assertThat(record.startedAt()).isEqualTo(Fixtures.T0);
            assertThat(record.endedAt()).contains(Fixtures.T0.plusSeconds(600));
            assertThat(record.painBefore()).hasValue(6);
            assertThat(record.painAfter()).hasValue(3);
            assertThat(record.screening()).containsExactly(new NewSession.ScreeningAnswer("fever", false));
            assertThat(record.consent()).isTrue();
            assertThat(record.note()).contains("tolerated well");
            assertThat(record.signedBy()).contains("Ana");
            assertThat(record.signedAt()).isPresent();
            assertThat(record.summary()).contains(Fixtures.summary());
            assertThat(record.eventCount()).isEqualTo(written.size());
            assertThat(record.sealed()).isTrue();
            assertThat(store.events(id)).isEqualTo(written);
            assertThat(store.protocolVersion(record.protocolVersionId()).orElseThrow().text())
                    .isEqualTo(Fixtures.protocol().text());
            assertThat(store.verify().ok()).isTrue();
        }
    }

    @Test
    void aSimulatedSessionIsSealedUnsignedAndSaysSo() {
        try (JdbcSessionStore store = Fixtures.open(backend, folder)) {
            Therapist ana = Fixtures.therapist(store, "Ana");
            long id = Fixtures.recordedSession(store, ana, 1, false);
            SessionRecord sealed = Stores.await(store.seal(id, Fixtures.completed(), Optional.empty()));
            assertThat(sealed.sealed()).isTrue();
            assertThat(sealed.signedBy()).isEmpty();
            assertThat(sealed.signedAt()).isEmpty();
            assertThat(store.verify().firstProblem()).isEmpty();
        }
    }

    @Test
    void addendumRoundTripsAndIsChained() {
        try (JdbcSessionStore store = Fixtures.open(backend, folder)) {
            Therapist ana = Fixtures.therapist(store, "Ana");
            long id = Fixtures.recordedSession(store, ana, 2, true);
            Addendum added = Stores.await(store.addAddendum(id, Fixtures.sign(store, "Ana"), "Pain after was 4."));
            assertThat(store.addenda(id)).containsExactly(added);
            assertThat(added.author()).isEqualTo("Ana");
            VerifyResult result = store.verify();
            assertThat(result.firstProblem()).isEmpty();
            assertThat(result.addenda()).isEqualTo(1);
        }
    }

    @Test
    void screeningOverrideRecordsWhoAndWhy() {
        try (JdbcSessionStore store = Fixtures.open(backend, folder)) {
            Therapist ana = Fixtures.therapist(store, "Ana");
            Therapist boss = Stores.await(store.createTherapist("Lead", Role.ADMIN, Fixtures.PIN));
            NewSession plain = Fixtures.session(ana.id(), "C-1");
            NewSession overridden = new NewSession(plain.therapistId(), plain.clientRef(), Optional.empty(),
                    plain.protocol(), plain.startedAt(), plain.painBefore(),
                    List.of(new NewSession.ScreeningAnswer("fever", true)),
                    Optional.of(new NewSession.ScreeningOverride(boss.id(), "afebrile on re-check")), false);
            long id = Stores.await(store.beginSession(overridden));
            SessionRecord record = store.session(id).orElseThrow();
            assertThat(record.overrideBy()).contains("Lead");
            assertThat(record.overrideReason()).contains("afebrile on re-check");
            assertThat(record.side()).isEmpty();
            assertThat(record.status()).isEqualTo(SessionStatus.RUNNING);
            assertThat(store.verify().firstProblem()).isEmpty();
        }
    }
}
