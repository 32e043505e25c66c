package app.holdpoint.testsupport;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import app.holdpoint.protocol.Side;
import app.holdpoint.session.EventType;
import app.holdpoint.session.SessionEvent;
import app.holdpoint.store.Closing;
import app.holdpoint.store.NewSession;
import app.holdpoint.store.Role;
import app.holdpoint.store.SealedTotals;
import app.holdpoint.store.SessionStatus;
import app.holdpoint.store.SessionStore;
import app.holdpoint.store.Stores;
import app.holdpoint.store.Therapist;

/** Sessions for the clock-note tests ({@code verify}'s notice and the audit detail's notes) to read. */
public final class ClockNoteSessions {
    private ClockNoteSessions() {
    }

    /**
     * A session by therapist Ana (created with PIN 2468 when missing) on the first test protocol, started at
     * {@code start}, with {@code more} events after its start event, sealed by her as ended early a minute later.
     */
    public static void endedEarly(SessionStore store, Instant start, List<SessionEvent> more) {
        Therapist ana = store.therapist("Ana").orElseGet(() -> Stores.await(
                store.createTherapist("Ana", Role.THERAPIST, "2468".toCharArray())));
        long id = Stores.await(store.beginSession(new NewSession(ana.id(), "C-1", Optional.of(Side.LEFT),
                TestProtocols.first(), start, OptionalInt.of(3),
                List.of(), Optional.empty(), true)));
        Stores.await(store.append(id, new SessionEvent(0, EventType.SESSION_STARTED, 0, start, -1, 0, 0, null, "")));
        for (SessionEvent event : more) {
            Stores.await(store.append(id, event));
        }
        var signer = Stores.await(store.verifyPin("Ana", "2468".toCharArray())).signature();
        Stores.await(store.seal(id, new Closing(SessionStatus.ENDED_EARLY, start.plusSeconds(60), OptionalInt.of(2),
                Optional.empty(), new SealedTotals(0, 0, 0, 0, 0, 0, 0)), signer));
    }
}
