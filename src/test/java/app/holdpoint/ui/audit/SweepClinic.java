package app.holdpoint.ui.audit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutorService;

import app.holdpoint.protocol.Catalog;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.ScreeningQuestion;
import app.holdpoint.store.AuditFilter;
import app.holdpoint.store.AuditRow;
import app.holdpoint.store.Closing;
import app.holdpoint.store.Database;
import app.holdpoint.store.JdbcSessionStore;
import app.holdpoint.store.NewSession;
import app.holdpoint.store.PinCheck;
import app.holdpoint.store.Role;
import app.holdpoint.session.SessionEvent;
import app.holdpoint.store.SessionRecord;
import app.holdpoint.store.Signature;
import app.holdpoint.store.Stores;
import app.holdpoint.demo.DemoClock;
import app.holdpoint.demo.DemoHistory;
import app.holdpoint.demo.DemoTherapists;
import app.holdpoint.testsupport.TestProtocols;
import app.holdpoint.testsupport.TestStores;

/**
 * The clinic the layout sweep looks at: a demo history over the SHIPPED library, plus the newest session, run
 * by a therapist whose name is not ASCII, on the protocol with the longest id, with deviations, yes answers in
 * its screening and an addendum.
 */
final class SweepClinic implements AutoCloseable {
    static final String THERAPIST = "Zoë Ångström-Nuñez Łukasiewicz";
    static final Clock CLOCK = Clock.fixed(AuditFixture.END, ZoneOffset.UTC);

    final Database database;
    final JdbcSessionStore store;
    final Catalog catalog = TestProtocols.catalog();
    final ExecutorService reads = AuditFixture.readsExecutor("audit-sweep-reads");
    /** The session with deviations and an addendum. */
    final long featured;

    SweepClinic(Path folder) {
        database = Database.open(folder, Optional.empty());
        DemoClock clock = new DemoClock();
        store = new JdbcSessionStore(database, TestStores.fastPins("sweep-kiosk", clock));
        List<Protocol> library = TestProtocols.protocols();
        new DemoHistory(store, library, new DemoTherapists(store), clock).generate(150, 11, AuditFixture.END,
                done -> { });
        featured = copyForNewTherapist(clock, library);
    }

    /** Writes again the deviating session with the longest protocol id and the most yes answers, under our name. */
    private long copyForNewTherapist(DemoClock clock, List<Protocol> library) {
        Stores.await(store.createTherapist(THERAPIST, Role.THERAPIST, DemoTherapists.PIN.toCharArray()));
        long lead = store.therapists().stream().filter(t -> t.role() == Role.ADMIN).findFirst().orElseThrow().id();
        Stores.await(store.grantDryNeedling(THERAPIST, "Demo", Optional.empty(), lead));
        PinCheck check = Stores.await(store.verifyPin(THERAPIST, DemoTherapists.PIN.toCharArray()));
        Signature signature = check.signature().orElseThrow();
        List<AuditRow> deviating = store.audit(new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), true), Optional.empty(), 500)
                .rows();
        AuditRow row = deviating.stream().filter(AuditRow::sealed).max(Comparator
                .comparingInt((AuditRow r) -> r.protocolId().length())
                .thenComparingLong(r -> store.session(r.id()).orElseThrow().screening().stream()
                        .filter(NewSession.ScreeningAnswer::answer).count())).orElseThrow();
        SessionRecord original = store.session(row.id()).orElseThrow();
        Protocol protocol = library.stream().filter(p -> p.id().equals(original.protocolId())).findFirst()
                .orElseThrow();
        // The newest session of the history: the first row of the list.
        Duration shift = Duration.between(original.startedAt(),
                AuditFixture.END.minus(Duration.ofHours(2)));
        List<SessionEvent> events = store.events(original.id()).stream().map(e -> new SessionEvent(e.sequence(),
                e.type(), e.offsetNanos(), e.wallTime().plus(shift), e.phase(), e.plannedMillis(), e.actualMillis(),
                e.endedBy(), e.detail())).toList();
        Instant end = original.endedAt().orElseThrow().plus(shift);
        // Conditions (history questions) confirmed unchanged from the original session, as the kiosk carries them.
        Set<String> history = new HashSet<>();
        protocol.screening().stream().filter(q -> q.asked() == ScreeningQuestion.Asked.HISTORY
                && !q.stops(true) && !q.stops(false)).forEach(q -> history.add(q.id()));
        List<NewSession.ScreeningAnswer> screening = original.screening().stream().map(a -> history.contains(
                a.questionId()) ? new NewSession.ScreeningAnswer(a.questionId(), a.answer(),
                OptionalLong.of(original.id())) : a).toList();
        return Stores.await(store.batch(writes -> {
            long id = writes.beginSession(new NewSession(signature.therapistId(), "C-P23044-ÄØ", original.side(),
                    protocol, original.startedAt().plus(shift), original.painBefore(), screening, Optional.empty(),
                    original.consent(), original.precautions(), original.triggerPoints()));
            for (SessionEvent event : events) {
                writes.append(id, event);
            }
            clock.set(end);
            writes.seal(id, new Closing(original.status(), end, original.painAfter(), original.note(),
                    original.summary().orElseThrow()), Optional.of(signature));
            writes.addAddendum(id, signature, "Client rang two days later: the headache eased the same evening "
                    + "and the neck stayed looser; asked to keep the home stretches for one more week.");
            return id;
        }));
    }

    @Override
    public void close() {
        reads.shutdownNow();
        store.close();
    }
}
