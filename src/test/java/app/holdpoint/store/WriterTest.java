package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import app.holdpoint.session.EventType;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class WriterTest {
    @Parameter
    Backend backend;

    @TempDir
    Path folder;

    @Test
    void callersNeverWaitForTheDatabaseAndAnAcknowledgedEventIsAlreadyCommitted() throws Exception {
        Database database = backend.open(folder);
        try (JdbcSessionStore store = new JdbcSessionStore(database, Fixtures.config())) {
            Therapist ana = Fixtures.therapist(store, "Ana");
            long id = Stores.await(store.beginSession(Fixtures.session(ana.id(), "C-1")));
            CountDownLatch writerHeld = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Object> blocker = store.batch(batch -> {
                writerHeld.countDown();
                await(release);
                return null;
            });
            writerHeld.await();

            CompletableFuture<Void> appended = store.append(id, Fixtures.event(0, EventType.SESSION_STARTED, -1, 0, 0,
                    null, ""));
            assertThat(appended).as("append returned while the writer was busy: the caller did not wait")
                    .isNotDone();
            assertThat(store.events(id)).as("not acknowledged, not visible").isEmpty();

            CompletableFuture<Integer> seenAtAcknowledgement = appended.thenApply(ignored -> {
                assertThat(Thread.currentThread().getName()).isEqualTo("holdpoint-db-writer");
                return store.events(id).size(); // another connection: sees only committed rows
            });
            release.countDown();
            blocker.join();
            assertThat(seenAtAcknowledgement.get(30, TimeUnit.SECONDS)).isEqualTo(1);
        }
    }

    @Test
    void writesRunInSubmissionOrder() {
        try (JdbcSessionStore store = Fixtures.open(backend, folder)) {
            Therapist ana = Fixtures.therapist(store, "Ana");
            long id = Stores.await(store.beginSession(Fixtures.session(ana.id(), "C-1")));
            CompletableFuture<?>[] all = Fixtures.events(20).stream().map(event -> store.append(id, event))
                    .toArray(CompletableFuture[]::new);
            CompletableFuture.allOf(all).join();
            assertThat(store.events(id)).isEqualTo(Fixtures.events(20));
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
