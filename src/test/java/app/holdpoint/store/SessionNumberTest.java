package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session numbers are what a person reads in the audit: they stay consecutive across kill -9 (H2's identity
 * cache used to jump by 1 000 after each crash) and across a refused begin.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SessionNumberTest {
    @TempDir
    Path folder;

    @Test
    void numbersStayConsecutiveAcrossKillMinusNine() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int crash = 0; crash < 3; crash++) {
            try (Child child = Child.start("session", folder)) {
                ids.add(Long.parseLong(child.awaitLine("BEGUN ").substring(6)));
                child.awaitLine("COMMITTED 2");
                child.kill();
            }
        }
        try (Stores.Opened opened = Stores.forKiosk(folder, Optional.empty(), Fixtures.config())) {
            ids.add(Fixtures.recordedSession(opened.store(), opened.store().therapist("Ana").orElseThrow(), 1, true));
            assertThat(opened.store().verify().failures()).isEmpty();
        }
        assertThat(ids).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void aBeginRolledBackLeavesNoGap() {
        try (JdbcSessionStore store = Fixtures.open(folder)) {
            Therapist ana = Fixtures.therapist(store, "Ana");
            long first = Fixtures.recordedSession(store, ana, 1, true);
            assertThat(store.batch(batch -> {
                batch.beginSession(Fixtures.session(ana.id(), "C-rolled-back"));
                throw new IllegalStateException("fails after the number was taken");
            })).failsWithin(Duration.ofSeconds(60));
            long second = Fixtures.recordedSession(store, ana, 1, true);
            assertThat(second).isEqualTo(first + 1);
        }
    }
}
