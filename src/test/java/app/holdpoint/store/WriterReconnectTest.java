package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.holdpoint.session.EndedBy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.session.EventType;

/**
 * H2 closes the whole database when a file write fails (a full disk): every later write on the writer's
 * connection would fail, even after space is freed, and the kiosk's held events could never be saved. The writer
 * opens a fresh connection for the next write instead (issue 14, F07 disk full).
 */
class WriterReconnectTest {
    @TempDir
    Path folder;

    @Test
    void afterTheDatabaseClosedUnderTheWriterTheNextWriteGoesThroughOnAFreshConnection() throws Exception {
        Database database = Database.open(folder, Optional.empty());
        try (JdbcSessionStore store = new JdbcSessionStore(database, Fixtures.config())) {
            Therapist ana = Fixtures.therapist(store, "Ana");
            long id = Stores.await(store.beginSession(Fixtures.session(ana.id(), "C-1")));
            Stores.await(store.append(id, Fixtures.event(0, EventType.SESSION_STARTED, -1, 0, 0, null, "")));
            try (Connection other = database.connect(); Statement statement = other.createStatement()) {
                statement.execute("SHUTDOWN IMMEDIATELY"); // as H2 does itself when a write to the file fails
            }
            var held = Fixtures.event(1, EventType.PHASE_STARTED, 0, 30_000, 0, null, "");
            assertThatThrownBy(() -> Stores.await(store.append(id, held))).isInstanceOf(StoreException.class);

            Stores.await(store.append(id, held));
            Stores.await(store.append(id, Fixtures.event(2, EventType.PHASE_ENDED, 0, 30_000, 30_000,
                    EndedBy.TIMER, "")));
            assertThat(store.events(id)).extracting(e -> e.sequence()).containsExactly(0, 1, 2);
            assertThat(store.verify().ok()).isTrue();
        }
    }

    @Test
    void aFullDiskIsDiskFullAndTheSameWriteSucceedsOnceSpaceIsBack() {
        Database database = Database.open(folder, Optional.empty());
        try (JdbcSessionStore store = new JdbcSessionStore(database, Fixtures.config())) {
            Therapist ana = Fixtures.therapist(store, "Ana");
            long id = Stores.await(store.beginSession(Fixtures.session(ana.id(), "C-1")));
            assertThatThrownBy(() -> Stores.await(store.batch(batch -> {
                batch.append(id, Fixtures.event(0, EventType.SESSION_STARTED, -1, 0, 0, null, ""));
                throw new UncheckedIOException(new IOException("No space left on device"));
            }))).isInstanceOf(DiskFull.class).hasMessage("the disk is full, so the record could not be written;"
                    + " free space on the disk that holds the data folder (old exports, backups, downloads), then"
                    + " try again");
            assertThat(store.events(id)).as("nothing of the failed write").isEmpty();
            Stores.await(store.append(id, Fixtures.event(0, EventType.SESSION_STARTED, -1, 0, 0, null, "")));
            assertThat(store.events(id)).hasSize(1);
        }
    }
}
