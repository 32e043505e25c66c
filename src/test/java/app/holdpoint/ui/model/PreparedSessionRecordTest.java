package app.holdpoint.ui.model;

import app.holdpoint.testsupport.TestProtocols;
import app.holdpoint.testsupport.TestStores;
import app.holdpoint.ui.settings.KioskSettings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.audit.SessionDetail;
import app.holdpoint.audit.SessionDetailText;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.TriggerPointChoice;
import app.holdpoint.protocol.TriggerPointPlan;
import app.holdpoint.store.Database;
import app.holdpoint.store.JdbcSessionStore;
import app.holdpoint.store.PriorScreening;
import app.holdpoint.store.Role;
import app.holdpoint.store.SessionRecord;
import app.holdpoint.store.Stores;
import app.holdpoint.store.Therapist;

/**
 * A prepared session through the real store: what the record keeps is enough to rebuild the same timeline on
 * resume, the carry-over query feeds the next session's preparation, and {@code audit show} says it all.
 */
class PreparedSessionRecordTest {
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    @TempDir
    Path folder;

    private JdbcSessionStore store;
    private Therapist ana;
    private Therapist lead;
    private Protocol protocol;

    @BeforeEach
    void open() {
        store = new JdbcSessionStore(Database.open(folder, Optional.empty()),
                TestStores.fastPins("test", Clock.fixed(NOW, ZoneOffset.UTC)));
        ana = Stores.await(store.createTherapist("Ana", Role.THERAPIST, "2468".toCharArray()));
        lead = Stores.await(store.createTherapist("Lead", Role.ADMIN, "1357".toCharArray()));
        protocol = PreparationFixture.protocol();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private SessionPreparation firstVisit() {
        SessionPreparation first = new SessionPreparation(protocol, ana, LocalDate.of(2026, 11, 30));
        first.clientReference("C-77");
        first.side(Side.BOTH);
        first.answer("osteoporosis", true);
        first.answer("anticoagulants", false);
        first.answer("fever", true);
        first.answer("attack-now", false);
        first.override(lead, "Low-grade temperature after vaccination, cleared by GP");
        first.painBefore(6);
        TriggerPointPlan plan = first.plan().orElseThrow();
        first.choose(new TriggerPointChoice(Set.of(plan.points().get(1), plan.points().get(2),
                plan.points().get(4))));
        return first;
    }

    @Test
    void theRecordRebuildsTheSameTimelineOnResume() {
        SessionPreparation first = firstVisit();
        long id = Stores.await(store.beginSession(first.newSession(NOW.minus(Duration.ofDays(12)))));

        SessionRecord record = store.session(id).orElseThrow();
        assertThat(record.triggerPoints()).isPresent();
        assertThat(SessionDetail.timeline(protocol, record).phases()).isEqualTo(first.timeline().phases());
        assertThat(record.precautions()).isEqualTo(first.precautions()).contains(PreparationFixture.OSTEOPOROSIS);
        assertThat(store.verify().firstProblem()).isEmpty();
    }

    @Test
    void theNextVisitConfirmsTheHistoryAnswersAndRecordsTheirSource() {
        long firstId = Stores.await(store.beginSession(firstVisit().newSession(NOW.minus(Duration.ofDays(12)))));
        SessionPreparation second = new SessionPreparation(protocol, ana, LocalDate.of(2026, 11, 30));
        second.clientReference("C-77");
        second.side(Side.LEFT);
        second.painBefore(4);

        PriorScreening prior = store.lastScreening("C-77", NOW.minus(KioskSettings.DEFAULTS.carryOverPeriod()))
                .orElseThrow();
        second.offerCarryOver(prior);
        assertThat(second.carryOverOffer().orElseThrow().answers())
                .containsOnly(Map.entry("osteoporosis", true), Map.entry("anticoagulants", false));
        second.confirmCarriedOver();
        second.answer("fever", false);
        second.answer("attack-now", false);
        long secondId = Stores.await(store.beginSession(second.newSession(NOW)));

        SessionRecord record = store.session(secondId).orElseThrow();
        assertThat(record.screening()).filteredOn(a -> a.carriedFromSession().isPresent())
                .extracting(a -> a.questionId() + " from " + a.carriedFromSession().getAsLong())
                .containsExactly("osteoporosis from " + firstId, "anticoagulants from " + firstId);
        StringWriter shown = new StringWriter();
        new SessionDetailText(ZoneOffset.UTC).print(SessionDetail.load(store,
                TestProtocols.catalog(), firstId, Duration.ofSeconds(1)).orElseThrow(),
                new PrintWriter(shown));
        assertThat(shown.toString()).contains("  override   relative stop by Lead: Low-grade temperature",
                "  precaution " + PreparationFixture.OSTEOPOROSIS, "  next time  ");
        StringWriter again = new StringWriter();
        new SessionDetailText(ZoneOffset.UTC).print(SessionDetail.load(store,
                TestProtocols.catalog(), secondId, Duration.ofSeconds(1)).orElseThrow(),
                new PrintWriter(again));
        assertThat(again.toString()).contains("osteoporosis: yes (carried over from session " + firstId + ")");
        assertThat(store.verify().firstProblem()).isEmpty();
    }
}
