package app.holdpoint.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import app.holdpoint.store.Backend;
import app.holdpoint.store.AuditFilter;
import app.holdpoint.store.AuditRow;
import app.holdpoint.store.JdbcSessionStore;
import app.holdpoint.store.SessionStatus;
import app.holdpoint.store.StoreConfig;
import app.holdpoint.store.VerifyResult;
import app.holdpoint.testsupport.TestProtocols;
import app.holdpoint.testsupport.TestStores;

@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class DemoHistoryTest {
    @Parameter
    Backend backend;

    @TempDir
    Path folder;

    @Test
    void demoHistoryIsVariedAndVerifies() {
        DemoClock clock = new DemoClock();
        StoreConfig config = TestStores.fastPins("demo", clock);
        try (JdbcSessionStore store = new JdbcSessionStore(backend.open(folder), config)) {
            DemoHistory history = new DemoHistory(store, TestProtocols.protocols(),
                    new DemoTherapists(store), clock);
            DemoHistory.Written written = history.generate(400, 7, Instant.parse("2026-06-01T00:00:00Z"), n -> { });
            assertThat(written.sessions()).isEqualTo(400);

            VerifyResult verified = store.verify();
            assertThat(verified.firstProblem()).isEmpty();
            assertThat(verified.sessions()).isEqualTo(400);
            assertThat(verified.events()).isEqualTo(written.events());

            List<AuditRow> rows = new ArrayList<>();
            store.auditEach(AuditFilter.all(), rows::add);
            assertThat(rows).hasSize(400);
            assertThat(rows).extracting(AuditRow::status).contains(SessionStatus.COMPLETED,
                    SessionStatus.ENDED_EARLY, SessionStatus.INTERRUPTED);
            assertThat(rows).anySatisfy(r -> assertThat(r.summary().orElseThrow().skipped()).isPositive());
            assertThat(rows).anySatisfy(r -> assertThat(r.summary().orElseThrow().extended()).isPositive());
            assertThat(rows).anySatisfy(r -> assertThat(r.summary().orElseThrow().capped()).isPositive());
            assertThat(rows).extracting(AuditRow::therapist).doesNotContain("Demo Lead");
            assertThat(rows).allSatisfy(r -> assertThat(r.painBefore()).isPresent());
            assertThat(rows).allSatisfy(r -> assertThat(r.startedAt().atZone(ZoneOffset.UTC).getHour())
                    .isBetween(8, 17));
            var sealed = store.session(rows.get(0).id()).orElseThrow();
            assertThat(sealed.signedAt()).as("signed when the session ended, not today").isEqualTo(sealed.endedAt());
        }
    }
}
