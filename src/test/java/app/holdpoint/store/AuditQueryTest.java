package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;

import app.holdpoint.protocol.Side;

@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class AuditQueryTest {
    @Parameter
    Backend backend;

    @TempDir
    static Path folder;
    static JdbcSessionStore store;

    /** 30 sessions, a minute apart: Ana has the even ones, Ben the odd ones; every third is left running. */
    @BeforeParameterizedClassInvocation
    static void history(Backend backend) {
        store = Fixtures.open(backend, folder);
        Therapist ana = Fixtures.therapist(store, "Ana");
        Therapist ben = Fixtures.therapist(store, "Ben");
        Signature anaSigns = Fixtures.sign(store, "Ana");
        Signature benSigns = Fixtures.sign(store, "Ben");
        for (int i = 0; i < 30; i++) {
            boolean even = i % 2 == 0;
            long id = Stores.await(store.beginSession(new NewSession(even ? ana.id() : ben.id(), "C-" + i,
                    Optional.of(Side.RIGHT), Fixtures.protocol(), Fixtures.T0.plusSeconds(60L * i), OptionalInt.of(5),
                    List.of(), Optional.empty(), true)));
            if (i % 3 != 0) {
                SealedTotals summary = new SealedTotals(1000, 900, i % 5 == 0 ? 1 : 0, 0, 0, 0, i % 5 == 0 ? 1 : 0);
                Stores.await(store.seal(id, new Closing(SessionStatus.COMPLETED, Fixtures.T0.plusSeconds(60L * i + 30),
                        OptionalInt.of(2), Optional.empty(), summary), Optional.of(even ? anaSigns : benSigns)));
            }
        }
    }

    @AfterParameterizedClassInvocation
    static void close() {
        store.close();
    }

    private static List<AuditRow> all(AuditFilter filter, int pageSize) {
        List<AuditRow> rows = new ArrayList<>();
        AuditPage page = store.audit(filter, Optional.empty(), pageSize);
        rows.addAll(page.rows());
        while (page.next().isPresent()) {
            page = store.audit(filter, page.next(), pageSize);
            rows.addAll(page.rows());
        }
        return rows;
    }

    @Test
    void keysetPagesVisitEverySessionOnceNewestFirst() {
        List<AuditRow> paged = all(AuditFilter.all(), 7);
        assertThat(paged).hasSize(30);
        assertThat(paged).extracting(AuditRow::clientRef).first().isEqualTo("C-29");
        assertThat(paged).extracting(AuditRow::clientRef).last().isEqualTo("C-0");
        List<AuditRow> streamed = new ArrayList<>();
        store.auditEach(AuditFilter.all(), streamed::add);
        assertThat(streamed).isEqualTo(paged);
    }

    @Test
    void filtersCombine() {
        AuditFilter anaRunning = AuditFilter.all().withTherapist("Ana").withStatus(SessionStatus.RUNNING);
        assertThat(all(anaRunning, 3)).extracting(AuditRow::clientRef)
                .containsExactly("C-24", "C-18", "C-12", "C-6", "C-0");
        AuditFilter window = new AuditFilter(Optional.of(Fixtures.T0.plusSeconds(600)),
                Optional.of(Fixtures.T0.plusSeconds(900)), Optional.empty(), Optional.of(Fixtures.protocol().id()),
                Optional.empty(), false);
        assertThat(all(window, 50)).extracting(AuditRow::clientRef).containsExactly("C-14", "C-13", "C-12", "C-11",
                "C-10");
        AuditFilter deviating = new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), true);
        assertThat(all(deviating, 50)).extracting(AuditRow::clientRef).containsExactly("C-25", "C-20", "C-10",
                "C-5");
    }

    @Test
    void anInjectionStringIsJustANameThatMatchesNothing() {
        for (String attack : List.of("x' OR '1'='1", "Ana'; DROP TABLE therapy_session; --", "%", "Ana' --")) {
            assertThat(all(AuditFilter.all().withTherapist(attack), 50)).isEmpty();
            assertThat(all(new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(attack),
                    Optional.empty(), false), 50)).isEmpty();
        }
        assertThat(all(AuditFilter.all(), 50)).hasSize(30);
        assertThat(store.verify().ok()).isTrue();
    }

    @Test
    void runningSessionsHaveNoTotalsYet() {
        AuditRow running = all(AuditFilter.all().withStatus(SessionStatus.RUNNING), 50).get(0);
        assertThat(running.summary()).isEmpty();
        assertThat(running.sealed()).isFalse();
        assertThat(running.startedAt()).isEqualTo(Instant.parse("2026-03-02T09:27:00Z"));
    }
}
