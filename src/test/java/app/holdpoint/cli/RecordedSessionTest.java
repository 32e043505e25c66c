package app.holdpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.protocol.TimelineExpander;
import app.holdpoint.session.SessionEngine;
import app.holdpoint.session.SessionReport;
import app.holdpoint.store.SessionRecord;
import app.holdpoint.store.SessionStatus;
import app.holdpoint.store.StoreConfig;
import app.holdpoint.store.Stores;
import app.holdpoint.testsupport.TestProtocols;
import app.holdpoint.store.SealedTotals;

/** The engine's events go through the store as simulate will send them: durable first, then sealed. */
class RecordedSessionTest {
    @TempDir
    Path data;

    @Test
    void anEngineRunIsRecordedEventByEventAndSealedUnsigned() {
        Locations settings = Locations.resolve(TestProtocols.FOLDER, data, null, Map.of(), Path.of("."), data);
        CliTestSupport.Run added;
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream("2468\n".getBytes(StandardCharsets.UTF_8)));
        try {
            added = CliTestSupport.run("--data", data.toString(), "therapist", "add", "Ana");
        } finally {
            System.setIn(before);
        }
        assertThat(added.exitCode()).as(added.err()).isZero();
        Timeline timeline = TimelineExpander.expand(TestProtocols.first(),
                Optional.of(Side.LEFT));
        long[] now = {0};
        SessionRecord sealed;
        try (RecordedSession recorded = RecordedSession.begin(settings, "Ana", "C-7", timeline, OptionalInt.of(6),
                Clock.systemUTC(), new PrintWriter(new StringWriter()))) {
            SessionEngine engine = new SessionEngine(timeline, () -> now[0], Clock.systemUTC());
            engine.onEvent(recorded::append);
            engine.start();
            for (int i = 0; i < 500 && !engine.state().isFinal(); i++) {
                now[0] += Duration.ofMinutes(20).toNanos();
                engine.poll();
                engine.confirm();
                engine.confirm(1);
                engine.markRelease();
            }
            SessionReport report = SessionReport.from(timeline, engine.events(), SealedTotals.TOLERANCE);
            sealed = recorded.seal(report, OptionalInt.of(2));
            assertThat(sealed.eventCount()).isEqualTo(engine.events().size());
            // The end is the last event's wall time (start + the session's own time), not a fresh clock read.
            assertThat(sealed.endedAt()).contains(engine.events().get(engine.events().size() - 1).wallTime()
                    .truncatedTo(ChronoUnit.MICROS));
        }
        assertThat(sealed.status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(sealed.signedBy()).isEmpty();
        assertThat(sealed.note()).contains("simulated (headless, unsigned)");
        CliTestSupport.Run verified = CliTestSupport.run("--data", data.toString(), "verify");
        assertThat(verified.out()).startsWith("verified 1 sessions, " + sealed.eventCount() + " events");
    }

    @Test
    void anUnknownTherapistIsAClearErrorAndReleasesTheFolder() {
        Locations settings = Locations.resolve(TestProtocols.FOLDER, data, null, Map.of(), Path.of("."), data);
        Timeline timeline = TimelineExpander.expand(TestProtocols.first(),
                Optional.of(Side.LEFT));
        assertThatThrownBy(() -> RecordedSession.begin(settings, "Nobody", "C-7", timeline, OptionalInt.empty(),
                Clock.systemUTC(), new PrintWriter(new StringWriter())))
                .hasMessage("no therapist named 'Nobody'; add one with: therapist add NAME");
        try (Stores.Opened again = Stores.forKiosk(data, Optional.empty(), StoreConfig.defaults("k"))) {
            assertThat(again.lock()).isPresent();
        }
    }
}
