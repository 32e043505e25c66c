package app.holdpoint.audit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import app.holdpoint.audit.SessionDetail;
import app.holdpoint.audit.SessionDetailText;
import app.holdpoint.audit.SessionDetailLoader;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Side;
import app.holdpoint.session.EventType;
import app.holdpoint.session.SessionEvent;
import app.holdpoint.store.Backend;
import app.holdpoint.store.NewSession;
import app.holdpoint.store.Role;
import app.holdpoint.store.Stores;
import app.holdpoint.store.SealedTotals;
import app.holdpoint.store.Therapist;

/** audit show lists a wall-clock step as an event and says what it means (issue 14). */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class ClockStepDetailTest extends ExportHistoryCase {
    @BeforeParameterizedClassInvocation
    static void history(Backend kind) {
        open(kind, 0);
    }

    @Test
    void aClockStepIsAnEventWithItsSizeAndANote() {
        Therapist ana = Stores.await(history.store.createTherapist("Ana Step", Role.THERAPIST,
                "2468".toCharArray()));
        Protocol protocol = history.protocols.get(0);
        Instant start = Instant.parse("2026-11-27T10:00:00Z");
        long id = Stores.await(history.store.beginSession(new NewSession(ana.id(), "STEP-01", Optional.of(Side.LEFT),
                protocol, start, OptionalInt.of(3), List.of(), Optional.empty(), true)));
        long s = 1_000_000_000L;
        for (SessionEvent event : List.of(
                new SessionEvent(0, EventType.SESSION_STARTED, 0, start, -1, 0, 0, null, ""),
                new SessionEvent(1, EventType.PHASE_STARTED, 0, start, 0, 30_000, 0, null, ""),
                new SessionEvent(2, EventType.CLOCK_STEPPED, 13 * s, start.plusSeconds(13), 0, 0, 0, null,
                        "-7200s"))) {
            Stores.await(history.store.append(id, event));
        }
        SessionDetail detail = new SessionDetailLoader(history.store, history.catalog, SealedTotals.TOLERANCE).load(id)
                .orElseThrow();
        StringWriter text = new StringWriter();
        new SessionDetailText(ZoneOffset.UTC).print(detail, new PrintWriter(text));

        assertThat(text.toString())
                .contains("2026-11-27 10:00:13 +00:00  CLOCK_STEPPED            #0  \"-7200s\"")
                .contains("  note: Clock moved back 2 h 0 min 0 s at 10:00 (wall clock step; times after it are"
                        + " computed from the session start)");
        assertThat(detail.report().orElseThrow().hasDeviations()).isFalse();
    }
}
