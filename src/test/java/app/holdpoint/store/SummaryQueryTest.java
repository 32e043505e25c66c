package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.assertj.core.api.Assertions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Side;
import app.holdpoint.session.EndedBy;
import app.holdpoint.session.EventType;
import app.holdpoint.session.SessionEvent;
import app.holdpoint.testsupport.TestProtocols;

/** Period summaries against a small history whose expected numbers the test works out on its own. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class SummaryQueryTest {
    @Parameter
    Backend backend;

    @TempDir
    static Path folder;
    static JdbcSessionStore store;
    static Protocol first;
    static Protocol second;

    /** What each test session is; the expectations are computed from these, not from the store. */
    record Made(String therapist, String protocol, Instant started, SessionStatus status, boolean fixedDeviation,
                long shortfallMillis, OptionalInt painBefore, OptionalInt painAfter) {
        boolean sealed() {
            return status != SessionStatus.RUNNING;
        }

        boolean deviates(Duration tolerance) {
            return sealed() && (fixedDeviation || shortfallMillis > tolerance.toMillis());
        }
    }

    static final List<Made> made = new ArrayList<>();

    @BeforeParameterizedClassInvocation
    static void history(Backend backend) {
        made.clear();
        store = Fixtures.open(backend, folder);
        List<Protocol> protocols = TestProtocols.protocols();
        first = protocols.get(0);
        second = protocols.get(1);
        Therapist ana = Fixtures.therapist(store, "Ana");
        Therapist ben = Fixtures.therapist(store, "Ben");
        Instant monday = Instant.parse("2026-03-02T09:00:00Z");
        // Ana: on plan; shortened by 2.5 s; ended early; extended.
        record(ana, first, monday, SessionStatus.COMPLETED, runs(run(30_000, 30_000, EndedBy.TIMER)), 6, 3);
        record(ana, first, monday.plus(Duration.ofDays(1)), SessionStatus.COMPLETED,
                runs(run(30_000, 27_500, EndedBy.TIMER), run(10_000, 10_000, EndedBy.TIMER)), 7, 2);
        record(ana, second, monday.plus(Duration.ofDays(7)), SessionStatus.ENDED_EARLY,
                ended(runs(run(30_000, 12_000, EndedBy.END)), "client unwell"), 5, -1);
        List<SessionEvent> extended = runs(run(30_000, 45_000, EndedBy.TIMER));
        extended.add(2, Fixtures.event(2, EventType.EXTENDED, 0, 0, 0, null, "15"));
        record(ana, first, monday.plus(Duration.ofDays(8)), SessionStatus.COMPLETED, renumber(extended), 4, 4);
        // Ben: shortened by 1.5 s; skipped; running; back (its short first run is a repeat, not shortened).
        record(ben, first, monday.plus(Duration.ofDays(15)), SessionStatus.COMPLETED,
                runs(run(60_000, 58_500, EndedBy.TIMER)), 8, 5);
        record(ben, first, monday.plus(Duration.ofDays(16)), SessionStatus.COMPLETED,
                runs(run(30_000, 0, EndedBy.SKIP), run(30_000, 30_000, EndedBy.TIMER)), -1, 3);
        record(ben, second, monday.plus(Duration.ofDays(22)), SessionStatus.RUNNING,
                runs(run(30_000, 28_000, EndedBy.TIMER)), 6, -1);
        record(ben, first, monday.plus(Duration.ofDays(30)), SessionStatus.COMPLETED,
                runs(run(30_000, 10_000, EndedBy.BACK), run(30_000, 30_000, EndedBy.TIMER)), 9, 9);
    }

    @AfterParameterizedClassInvocation
    static void close() {
        store.close();
    }

    private record Run(long planned, long actual, EndedBy by) {
    }

    private static Run run(long planned, long actual, EndedBy by) {
        return new Run(planned, actual, by);
    }

    private static List<SessionEvent> runs(Run... runs) {
        List<SessionEvent> events = new ArrayList<>();
        events.add(Fixtures.event(0, EventType.SESSION_STARTED, -1, 0, 0, null, ""));
        for (int i = 0; i < runs.length; i++) {
            int phase = runs[i].by() == EndedBy.BACK ? i : i - countBacks(runs, i);
            events.add(Fixtures.event(events.size(), EventType.PHASE_STARTED, phase, runs[i].planned(), 0, null, ""));
            events.add(Fixtures.event(events.size(), EventType.PHASE_ENDED, phase, runs[i].planned(),
                    runs[i].actual(), runs[i].by(), ""));
        }
        return events;
    }

    private static int countBacks(Run[] runs, int before) {
        int backs = 0;
        for (int i = 0; i < before; i++) {
            backs += runs[i].by() == EndedBy.BACK ? 1 : 0;
        }
        return backs;
    }

    private static List<SessionEvent> ended(List<SessionEvent> events, String reason) {
        events.add(Fixtures.event(events.size(), EventType.SESSION_ENDED_EARLY, -1, 0, 0, null, reason));
        return events;
    }

    private static List<SessionEvent> renumber(List<SessionEvent> events) {
        List<SessionEvent> out = new ArrayList<>();
        for (SessionEvent e : events) {
            out.add(Fixtures.event(out.size(), e.type(), e.phase(), e.plannedMillis(), e.actualMillis(), e.endedBy(),
                    e.detail()));
        }
        return out;
    }

    private static void record(Therapist therapist, Protocol protocol, Instant started, SessionStatus status,
                               List<SessionEvent> events, int before, int after) {
        OptionalInt painBefore = before < 0 ? OptionalInt.empty() : OptionalInt.of(before);
        OptionalInt painAfter = after < 0 ? OptionalInt.empty() : OptionalInt.of(after);
        long id = Stores.await(store.beginSession(new NewSession(therapist.id(), "C-" + made.size(),
                Optional.of(Side.LEFT), protocol, started, painBefore, List.of(), Optional.empty(), true)));
        for (SessionEvent event : events) {
            Stores.await(store.append(id, event));
        }
        boolean fixed = false;
        long shortfall = 0;
        for (SessionEvent e : events) {
            fixed |= e.type() == EventType.EXTENDED || e.type() == EventType.SESSION_ENDED_EARLY
                    || e.type() == EventType.PHASE_ENDED && (e.endedBy() == EndedBy.SKIP || e.endedBy() == EndedBy.BACK);
            if (e.type() == EventType.PHASE_ENDED && e.endedBy() != EndedBy.BACK) {
                shortfall = Math.max(shortfall, e.plannedMillis() - e.actualMillis());
            }
        }
        if (status != SessionStatus.RUNNING) {
            // The sealed counts are arbitrary here: summaries must not read them.
            Stores.await(store.seal(id, new Closing(status, started.plusSeconds(600), painAfter, Optional.empty(),
                    new SealedTotals(1, 1, 0, 0, 0, 0, 0)), Optional.of(Fixtures.sign(store, therapist.name()))));
        }
        made.add(new Made(therapist.name(), protocol.id(), started, status, fixed, shortfall, painBefore, painAfter));
    }

    private static PeriodSummary.Counts expected(Predicate<Made> which, Duration tolerance) {
        List<Made> sessions = made.stream().filter(which).toList();
        List<Made> paired = sessions.stream().filter(m -> m.painBefore().isPresent() && m.painAfter().isPresent())
                .toList();
        return new PeriodSummary.Counts(sessions.size(),
                sessions.stream().filter(m -> m.status() == SessionStatus.COMPLETED).count(),
                sessions.stream().filter(Made::sealed).count(),
                sessions.stream().filter(m -> m.deviates(tolerance)).count(),
                sessions.stream().filter(m -> m.sealed() && m.shortfallMillis() > tolerance.toMillis()).count(),
                paired.size(),
                paired.stream().mapToLong(m -> m.painAfter().getAsInt() - m.painBefore().getAsInt()).sum());
    }

    @Test
    void totalsAndGroupsMatchTheHistory() {
        Duration tolerance = Duration.ofSeconds(1);
        PeriodSummary summary = store.summarize(AuditFilter.all(), tolerance, ZoneOffset.UTC);
        assertThat(summary.total()).isEqualTo(expected(m -> true, tolerance));
        assertThat(summary.byTherapist()).extracting(PeriodSummary.Group::name).containsExactly("Ana", "Ben");
        assertThat(summary.byTherapist().get(0).counts()).isEqualTo(expected(m -> m.therapist().equals("Ana"), tolerance));
        assertThat(summary.byTherapist().get(1).counts()).isEqualTo(expected(m -> m.therapist().equals("Ben"), tolerance));
        assertThat(summary.byProtocol()).extracting(PeriodSummary.Group::name)
                .containsExactlyInAnyOrder(first.id(), second.id());
        for (PeriodSummary.Group group : summary.byProtocol()) {
            assertThat(group.counts()).isEqualTo(expected(m -> m.protocol().equals(group.name()), tolerance));
        }
    }

    @Test
    void ratesAndMeansAreExact() {
        PeriodSummary.Counts ana = store.summarize(AuditFilter.all().withTherapist("Ana"), Duration.ofSeconds(1),
                ZoneOffset.UTC).total();
        // Ana: 4 sessions, 3 completed, all sealed; deviating: shortened 2.5 s, ended early, extended = 3 of 4;
        // pain pairs: 6→3, 7→2, 4→4 (the ended-early one has no pain after): mean (−3 −5 + 0) / 3.
        assertThat(ana.completionRate().getAsDouble()).isEqualTo(0.75);
        assertThat(ana.deviationRate().getAsDouble()).isEqualTo(0.75);
        assertThat(ana.meanPainChange().getAsDouble()).isEqualTo(-8.0 / 3);
        assertThat(ana.painPairs()).isEqualTo(3);
    }

    @Test
    void toleranceChangesShortenedAndDeviatingCounts() {
        for (long seconds : new long[] {0, 1, 2, 3, 60}) {
            Duration tolerance = Duration.ofSeconds(seconds);
            PeriodSummary.Counts total = store.summarize(AuditFilter.all(), tolerance, ZoneOffset.UTC).total();
            assertThat(total).as("at %d s", seconds).isEqualTo(expected(m -> true, tolerance));
        }
        long atOne = store.summarize(AuditFilter.all(), Duration.ofSeconds(1), ZoneOffset.UTC).total().shortened();
        long atTwo = store.summarize(AuditFilter.all(), Duration.ofSeconds(2), ZoneOffset.UTC).total().shortened();
        long atThree = store.summarize(AuditFilter.all(), Duration.ofSeconds(3), ZoneOffset.UTC).total().shortened();
        assertThat(atOne).as("2.5 s, 1.5 s, the 30 s skip and the 18 s end fall short by more than 1 s")
                .isEqualTo(4);
        assertThat(atTwo).isEqualTo(3);
        assertThat(atThree).isEqualTo(2);
    }

    @Test
    void deviationsOnlyUsesTheTolerance() {
        AuditFilter deviating = new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), true);
        for (long seconds : new long[] {1, 2}) {
            Duration tolerance = Duration.ofSeconds(seconds);
            assertThat(store.summarize(deviating, tolerance, ZoneOffset.UTC).total().sessions())
                    .isEqualTo(made.stream().filter(m -> m.deviates(tolerance)).count());
        }
    }

    @Test
    void shortPeriodsAreChartedWeeklyWithEmptyWeeksKept() {
        PeriodSummary summary = store.summarize(AuditFilter.all(), Duration.ofSeconds(1), ZoneOffset.UTC);
        assertThat(summary.granularity()).isEqualTo(PeriodSummary.Granularity.WEEK);
        assertThat(summary.series()).extracting(PeriodSummary.Bucket::start).containsExactly(
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 16),
                LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 30));
        for (PeriodSummary.Bucket bucket : summary.series()) {
            LocalDate end = bucket.start().plusDays(7);
            assertThat(bucket.counts()).as("week of %s", bucket.start()).isEqualTo(expected(m -> {
                LocalDate day = m.started().atZone(ZoneOffset.UTC).toLocalDate();
                return !day.isBefore(bucket.start()) && day.isBefore(end);
            }, Duration.ofSeconds(1)));
        }
    }

    @Test
    void longPeriodsAreChartedMonthly() {
        AuditFilter year = new AuditFilter(Optional.of(Instant.parse("2026-01-01T00:00:00Z")),
                Optional.of(Instant.parse("2027-01-01T00:00:00Z")), Optional.empty(), Optional.empty(),
                Optional.empty(), false);
        PeriodSummary summary = store.summarize(year, Duration.ofSeconds(1), ZoneOffset.UTC);
        assertThat(summary.granularity()).isEqualTo(PeriodSummary.Granularity.MONTH);
        assertThat(summary.series()).hasSize(12);
        assertThat(summary.series().get(2).start()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(summary.series().get(2).counts().sessions()).isEqualTo(7);
        assertThat(summary.series().get(3).counts().sessions()).as("31 March is day 29 after 2 March").isEqualTo(1);
        assertThat(summary.total()).isEqualTo(expected(m -> true, Duration.ofSeconds(1)));
    }

    @Test
    void theZoneDecidesTheDay() {
        // 09:00 UTC on 2 March is 20:00 in Sydney (UTC+11); 09:00 UTC on 30 March is still the 30th there.
        PeriodSummary sydney = store.summarize(AuditFilter.all(), Duration.ofSeconds(1), ZoneId.of("Australia/Sydney"));
        assertThat(sydney.total().sessions()).isEqualTo(made.size());
        PeriodSummary samoa = store.summarize(AuditFilter.all(), Duration.ofSeconds(1), ZoneId.of("Pacific/Pago_Pago"));
        // 09:00 UTC on Monday 2 March is 22:00 on Sunday 1 March in Pago Pago (UTC−11): the week of 23 February.
        assertThat(samoa.series().get(0).start()).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(samoa.series().get(0).counts().sessions()).isEqualTo(1);
    }

    @Test
    void aFixedOffsetCountsEastOfGreenwichOnEveryDatabase() {
        // PostgreSQL reads a text '-11:00' the POSIX way round (east); the store must not let it.
        PeriodSummary west = store.summarize(AuditFilter.all(), Duration.ofSeconds(1), ZoneOffset.ofHours(-11));
        assertThat(west.series().get(0).start()).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(west.series().get(0).counts().sessions()).isEqualTo(1);
        PeriodSummary east = store.summarize(AuditFilter.all(), Duration.ofSeconds(1), ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(east.series().get(0).start()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(east.total().sessions()).isEqualTo(made.size());
    }

    @Test
    void emptyAndUnknownGiveNothing() {
        PeriodSummary nobody = store.summarize(AuditFilter.all().withTherapist("Nobody"), Duration.ofSeconds(1),
                ZoneOffset.UTC);
        assertThat(nobody.total()).isEqualTo(PeriodSummary.Counts.NONE);
        assertThat(nobody.series()).isEmpty();
        assertThat(nobody.total().completionRate()).isEmpty();
        assertThat(nobody.total().meanPainChange()).isEmpty();
    }

    @Test
    void derivedDeviationRowsAreAppendOnly() throws Exception {
        try (Connection c = backend.open(folder).connect(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM session_deviation")) {
                r.next();
                assertThat(r.getLong(1)).isEqualTo(made.stream().filter(Made::sealed).count());
            }
            Assertions.assertThatThrownBy(
                    () -> s.executeUpdate("UPDATE session_deviation SET max_shortfall_ms = 0"))
                    .hasMessageContaining("append-only");
        }
    }
}
