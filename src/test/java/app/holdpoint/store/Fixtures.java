package app.holdpoint.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Side;
import app.holdpoint.session.EndedBy;
import app.holdpoint.session.EventType;
import app.holdpoint.session.SessionEvent;
import app.holdpoint.testsupport.SettableClock;
import app.holdpoint.testsupport.TestProtocols;
import app.holdpoint.testsupport.TestStores;

/** Shared test data: the shipped protocols, a fast-PIN store config, small sessions. */
final class Fixtures {
    static final Instant T0 = SettableClock.T0;
    static final char[] PIN = "2468".toCharArray();

    private Fixtures() {
    }

    static StoreConfig config() {
        return TestStores.fastPins(Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC));
    }

    static JdbcSessionStore open(Path folder) {
        return open(Backend.H2, folder);
    }

    /** The store of the test's folder on {@code backend} (a reopen when it was opened before). */
    static JdbcSessionStore open(Backend backend, Path folder) {
        return new JdbcSessionStore(backend.open(folder), config());
    }

    static Protocol protocol() {
        return TestProtocols.first();
    }

    static NewSession session(long therapistId, String client) {
        return new NewSession(therapistId, client, Optional.of(Side.LEFT), protocol(), T0, OptionalInt.of(6),
                List.of(new NewSession.ScreeningAnswer("fever", false)), Optional.empty(), true);
    }

    static List<SessionEvent> events(int phases) {
        List<SessionEvent> events = new ArrayList<>();
        events.add(event(0, EventType.SESSION_STARTED, -1, 0, 0, null, ""));
        for (int phase = 0; phase < phases; phase++) {
            events.add(event(events.size(), EventType.PHASE_STARTED, phase, 30_000, 0, null, ""));
            events.add(event(events.size(), EventType.PHASE_ENDED, phase, 30_000, 29_000 + phase,
                    EndedBy.TIMER, ""));
        }
        return events;
    }

    static SessionEvent event(int seq, EventType type, int phase, long planned, long actual, EndedBy by,
                              String detail) {
        return new SessionEvent(seq, type, seq * 1_000_000_000L, T0.plusSeconds(seq), phase, planned, actual, by,
                detail);
    }

    static SealedTotals summary() {
        return new SealedTotals(90_000, 87_000, 0, 1, 0, 0, 1);
    }

    static Closing completed() {
        return new Closing(SessionStatus.COMPLETED, T0.plusSeconds(600), OptionalInt.of(3),
                Optional.of("tolerated well"), summary());
    }

    static Therapist therapist(SessionStore store, String name) {
        return Stores.await(store.createTherapist(name, Role.THERAPIST, PIN));
    }

    static Signature sign(SessionStore store, String name) {
        return Stores.await(store.verifyPin(name, PIN)).signature().orElseThrow();
    }

    /** Begins a session, appends {@code phases} phases of events and, when asked, seals it. */
    static long recordedSession(SessionStore store, Therapist therapist, int phases, boolean seal) {
        long id = Stores.await(store.beginSession(session(therapist.id(), "C-" + phases)));
        for (SessionEvent event : events(phases)) {
            Stores.await(store.append(id, event));
        }
        if (seal) {
            Stores.await(store.seal(id, completed(), Optional.of(sign(store, therapist.name()))));
        }
        return id;
    }

    /** Three signed three-phase sessions by a new therapist Ana, the second with an addendum; their ids in order. */
    static long[] threeSignedSessions(SessionStore store) {
        Therapist ana = therapist(store, "Ana");
        long[] ids = {recordedSession(store, ana, 3, true), recordedSession(store, ana, 3, true),
                recordedSession(store, ana, 3, true)};
        Stores.await(store.addAddendum(ids[1], sign(store, "Ana"), "Client reported dizziness."));
        return ids;
    }
}
