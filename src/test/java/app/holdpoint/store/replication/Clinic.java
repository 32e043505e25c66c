package app.holdpoint.store.replication;

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
import app.holdpoint.store.Closing;
import app.holdpoint.store.Database;
import app.holdpoint.store.JdbcSessionStore;
import app.holdpoint.store.NewSession;
import app.holdpoint.store.Role;
import app.holdpoint.store.SessionStatus;
import app.holdpoint.store.SessionStore;
import app.holdpoint.store.Signature;
import app.holdpoint.store.StoreConfig;
import app.holdpoint.store.Stores;
import app.holdpoint.store.SealedTotals;
import app.holdpoint.store.Therapist;
import app.holdpoint.testsupport.SettableClock;
import app.holdpoint.testsupport.TestProtocols;
import app.holdpoint.testsupport.TestStores;

/** Test data for replication: kiosk stores, a central store, small sessions. */
final class Clinic {
    static final Instant T0 = SettableClock.T0;
    static final char[] PIN = "2468".toCharArray();
    static final Clock CLOCK = Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC);
    private static Protocol protocol;

    private Clinic() {
    }

    static StoreConfig config(String kioskId) {
        return TestStores.fastPins(kioskId, CLOCK);
    }

    /** A kiosk's own embedded record in {@code folder}. */
    record Kiosk(String id, Database database, JdbcSessionStore store) implements AutoCloseable {
        static Kiosk open(Path folder, String id) {
            Database database = Database.open(folder, Optional.empty());
            return new Kiosk(id, database, new JdbcSessionStore(database, config(id)));
        }

        Replicator replicator(String centralUrl) {
            return Replicator.forKiosk(database, CentralRecord.at(centralUrl), id, CLOCK);
        }

        Replicator replicator(CentralServer central) {
            return Replicator.forKiosk(database, CentralRecord.at(central.url(), central.login()), id, CLOCK);
        }

        @Override
        public void close() {
            store.close();
        }
    }

    /** The central record as an administrator's command would open it. */
    static JdbcSessionStore central(Path folder, String url) {
        return new JdbcSessionStore(Database.open(folder, Optional.of(url)), config("admin@office"));
    }

    static JdbcSessionStore central(Path folder, CentralServer server) {
        return new JdbcSessionStore(Database.open(folder, Optional.of(server.url()), server.login()),
                config("admin@office"));
    }

    static synchronized Protocol protocol() {
        if (protocol == null) {
            protocol = TestProtocols.first();
        }
        return protocol;
    }

    static Therapist therapist(SessionStore store, String name, Role role) {
        return Stores.await(store.createTherapist(name, role, PIN));
    }

    static Signature sign(SessionStore store, String name) {
        return Stores.await(store.verifyPin(name, PIN)).signature().orElseThrow();
    }

    /** Begins a session of {@code phases} phases with its events; not sealed. */
    static long begin(SessionStore store, Therapist therapist, String client, int phases) {
        long id = Stores.await(store.beginSession(new NewSession(therapist.id(), client, Optional.of(Side.LEFT),
                protocol(), T0, OptionalInt.of(6), List.of(new NewSession.ScreeningAnswer("fever", false)),
                Optional.empty(), true)));
        for (SessionEvent event : events(phases)) {
            Stores.await(store.append(id, event));
        }
        return id;
    }

    static void seal(SessionStore store, long id, String signer) {
        Stores.await(store.seal(id, new Closing(SessionStatus.COMPLETED, T0.plusSeconds(600), OptionalInt.of(3),
                Optional.of("tolerated well"), new SealedTotals(90_000, 87_000, 0, 1, 0, 0, 1)),
                Optional.of(sign(store, signer))));
    }

    static long sealed(SessionStore store, Therapist therapist, String client) {
        long id = begin(store, therapist, client, 2);
        seal(store, id, therapist.name());
        return id;
    }

    static List<SessionEvent> events(int phases) {
        List<SessionEvent> events = new ArrayList<>();
        events.add(event(0, EventType.SESSION_STARTED, -1, 0, 0, null));
        for (int phase = 0; phase < phases; phase++) {
            events.add(event(events.size(), EventType.PHASE_STARTED, phase, 30_000, 0, null));
            events.add(event(events.size(), EventType.PHASE_ENDED, phase, 30_000, 29_000 + phase, EndedBy.TIMER));
        }
        return events;
    }

    private static SessionEvent event(int seq, EventType type, int phase, long planned, long actual, EndedBy by) {
        return new SessionEvent(seq, type, seq * 1_000_000_000L, T0.plusSeconds(seq), phase, planned, actual, by, "");
    }
}
