package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresSmokeTest {
    @TempDir
    Path folder;

    @Test
    void aSessionRoundTripsAndVerifies() {
        try (JdbcSessionStore store = Fixtures.open(Backend.POSTGRESQL, folder)) {
            Therapist ana = Fixtures.therapist(store, "Ana");
            long id = Fixtures.recordedSession(store, ana, 3, true);
            assertThat(store.session(id)).isPresent();
            assertThat(store.verify().firstProblem()).isEmpty();
        }
    }
}
