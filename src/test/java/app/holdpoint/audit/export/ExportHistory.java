package app.holdpoint.audit.export;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import app.holdpoint.protocol.Catalog;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.protocol.TimelineExpander;
import app.holdpoint.session.EndedBy;
import app.holdpoint.session.EventType;
import app.holdpoint.session.SessionEvent;
import app.holdpoint.session.SessionReport;
import app.holdpoint.store.Backend;
import app.holdpoint.store.Closing;
import app.holdpoint.store.Database;
import app.holdpoint.store.JdbcSessionStore;
import app.holdpoint.store.NewSession;
import app.holdpoint.store.Role;
import app.holdpoint.store.SessionStatus;
import app.holdpoint.store.Signature;
import app.holdpoint.store.StoreConfig;
import app.holdpoint.store.Stores;
import app.holdpoint.store.SealedTotals;
import app.holdpoint.store.Therapist;
import app.holdpoint.demo.DemoClock;
import app.holdpoint.demo.DemoHistory;
import app.holdpoint.demo.DemoTherapists;
import app.holdpoint.testsupport.TestProtocols;
import app.holdpoint.testsupport.TestStores;

/**
 * A varied demo history (the real engine through the store) plus one awkward session: a therapist name with a
 * comma and quotes, a client reference that looks like a spreadsheet formula, a note in several scripts, a pause,
 * a phase cut short, ended early with a reason, and an addendum.
 */
final class ExportHistory implements AutoCloseable {
    static final String AWKWARD_THERAPIST = "O'Neil, \"Sam\"";
    static final String FORMULA_CLIENT = "=HYPERLINK(\"http://x\")";
    static final String NOTE = "Ölbad danach – 痛み 🙂 ok";
    static final String END_REASON = "client felt dizzy, stopped";
    static final String ADDENDUM = "Client phoned: dizziness passed within the hour.";

    final Database database;
    final JdbcSessionStore store;
    final Catalog catalog;
    final List<Protocol> protocols;
    final long awkwardId;
    final DemoClock clock = new DemoClock();

    ExportHistory(Path folder, int demoSessions) {
        this(Backend.H2, folder, demoSessions);
    }

    /** On {@code backend}: the folder's H2 file, or a new PostgreSQL database. */
    ExportHistory(Backend backend, Path folder, int demoSessions) {
        StoreConfig config = TestStores.fastPins("kiosk-3", clock);
        database = backend.open(folder);
        store = new JdbcSessionStore(database, config);
        catalog = TestProtocols.catalog();
        protocols = TestProtocols.protocols();
        new DemoHistory(store, protocols, new DemoTherapists(store), clock)
                .generate(demoSessions, 3, Instant.parse("2026-06-01T00:00:00Z"), n -> { });
        awkwardId = awkward();
    }

    private long awkward() {
        Therapist therapist = Stores.await(store.createTherapist(AWKWARD_THERAPIST, Role.THERAPIST,
                "2468".toCharArray()));
        Protocol protocol = protocols.get(0);
        Instant start = Instant.parse("2026-06-02T10:00:00Z");
        long id = Stores.await(store.beginSession(new NewSession(therapist.id(), FORMULA_CLIENT,
                Optional.of(Side.LEFT), protocol, start, OptionalInt.of(7), List.of(), Optional.empty(), true)));
        Timeline timeline = TimelineExpander.expand(protocol, Optional.of(Side.LEFT), Optional.of(Map.of()));
        long first = timeline.phase(0).timing().nominal().toMillis();
        long second = timeline.phase(1).timing().nominal().toMillis();
        List<SessionEvent> events = new ArrayList<>();
        long s = 1_000_000_000L;
        add(events, EventType.SESSION_STARTED, 0, -1, 0, 0, null, start, "");
        add(events, EventType.PHASE_STARTED, 0, 0, first, 0, null, start, "");
        add(events, EventType.PAUSED, 2 * s, 0, 0, 0, null, start.plusSeconds(2), "");
        add(events, EventType.RESUMED, 22 * s, 0, 0, 0, null, start.plusSeconds(22), "20000");
        long shortActual = Math.max(0, first - 5_000);
        add(events, EventType.PHASE_ENDED, 20 * s + shortActual * 1_000_000L, 0, first, shortActual, EndedBy.SKIP,
                start.plusMillis(20_000 + shortActual), "");
        long at = 20 * s + shortActual * 1_000_000L;
        add(events, EventType.PHASE_STARTED, at, 1, second, 0, null, start.plusMillis(at / 1_000_000), "");
        add(events, EventType.PHASE_ENDED, at + 3 * s, 1, second, 3_000, EndedBy.END,
                start.plusMillis(at / 1_000_000 + 3_000), "");
        add(events, EventType.SESSION_ENDED_EARLY, at + 3 * s, -1, 0, 0, null,
                start.plusMillis(at / 1_000_000 + 3_000), END_REASON);
        for (SessionEvent event : events) {
            Stores.await(store.append(id, event));
        }
        SealedTotals summary = SealedTotals.of(SessionReport.from(timeline, events, SealedTotals.TOLERANCE));
        Instant end = start.plusSeconds(120);
        clock.set(end);
        Signature signer = Stores.await(store.verifyPin(AWKWARD_THERAPIST, "2468".toCharArray())).signature()
                .orElseThrow();
        Stores.await(store.seal(id, new Closing(SessionStatus.ENDED_EARLY, end, OptionalInt.of(4), Optional.of(NOTE),
                summary), Optional.of(signer)));
        clock.set(end.plus(Duration.ofDays(1)));
        Stores.await(store.addAddendum(id, signer, ADDENDUM));
        return id;
    }

    private static void add(List<SessionEvent> events, EventType type, long offset, int phase, long planned,
                            long actual, EndedBy by, Instant wall, String detail) {
        events.add(new SessionEvent(events.size(), type, offset, wall, phase, planned, actual, by, detail));
    }

    @Override
    public void close() {
        store.close();
    }
}
