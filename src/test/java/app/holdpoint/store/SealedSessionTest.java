package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import app.holdpoint.session.EventType;

@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class SealedSessionTest {
    @Parameter
    Backend backend;

    @TempDir
    Path folder;

    @Test
    void sealedSessionRefusesEventsSealsAndResume() {
        try (JdbcSessionStore store = Fixtures.open(backend, folder)) {
            Therapist ana = Fixtures.therapist(store, "Ana");
            long id = Fixtures.recordedSession(store, ana, 1, true);
            Signature signer = Fixtures.sign(store, "Ana");
            assertThatThrownBy(() -> Stores.await(store.append(id, Fixtures.event(3, EventType.PAUSED, 0, 0, 0,
                    null, "")))).isInstanceOf(StoreException.class).hasMessage("session " + id
                    + " is sealed; corrections are addenda");
            assertThatThrownBy(() -> Stores.await(store.seal(id, Fixtures.completed(), Optional.of(signer))))
                    .hasMessageContaining("already sealed");
            assertThatThrownBy(() -> Stores.await(store.resume(id))).hasMessageContaining("not an open interrupted");
            assertThat(store.verify().ok()).isTrue();
        }
    }

    @Test
    void outOfOrderEventIsRefusedAndNothingIsWritten() {
        try (JdbcSessionStore store = Fixtures.open(backend, folder)) {
            Therapist ana = Fixtures.therapist(store, "Ana");
            long id = Stores.await(store.beginSession(Fixtures.session(ana.id(), "C-1")));
            Stores.await(store.append(id, Fixtures.event(0, EventType.SESSION_STARTED, -1, 0, 0, null, "")));
            assertThatThrownBy(() -> Stores.await(store.append(id, Fixtures.event(2, EventType.PAUSED, 0, 0, 0,
                    null, "")))).hasMessageContaining("event 2 is out of order; the next event must be number 1");
            Stores.await(store.append(id, Fixtures.event(1, EventType.PAUSED, 0, 0, 0, null, "")));
            assertThat(store.events(id)).hasSize(2);
            assertThat(store.verify().ok()).isTrue();
        }
    }

    @Test
    void addendumNeedsASealedSession() {
        try (JdbcSessionStore store = Fixtures.open(backend, folder)) {
            Therapist ana = Fixtures.therapist(store, "Ana");
            long id = Fixtures.recordedSession(store, ana, 1, false);
            assertThatThrownBy(() -> Stores.await(store.addAddendum(id, Fixtures.sign(store, "Ana"), "late note")))
                    .hasMessageContaining("not sealed yet");
        }
    }

    @Test
    void failedBatchWritesNothing() {
        try (JdbcSessionStore store = Fixtures.open(backend, folder)) {
            Therapist ana = Fixtures.therapist(store, "Ana");
            assertThatThrownBy(() -> Stores.await(store.batch(batch -> {
                long id = batch.beginSession(Fixtures.session(ana.id(), "C-1"));
                batch.append(id, Fixtures.event(0, EventType.SESSION_STARTED, -1, 0, 0, null, ""));
                batch.append(id, Fixtures.event(5, EventType.PAUSED, 0, 0, 0, null, ""));
                return id;
            }))).hasMessageContaining("out of order");
            assertThat(store.audit(AuditFilter.all(), Optional.empty(), 10).rows()).isEmpty();
            long id = Stores.await(store.batch(batch -> {
                long begun = batch.beginSession(Fixtures.session(ana.id(), "C-2"));
                Fixtures.events(2).forEach(event -> batch.append(begun, event));
                return begun;
            }));
            assertThat(store.events(id)).as("nothing queued by the failed batch leaks into the next")
                    .isEqualTo(Fixtures.events(2));
            assertThat(store.audit(AuditFilter.all(), Optional.empty(), 10).rows()).hasSize(1);
            assertThat(store.verify().firstProblem()).isEmpty();
        }
    }
}
