package app.holdpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.protocol.TimelineExpander;
import app.holdpoint.session.EventType;
import app.holdpoint.session.PhaseRow;
import app.holdpoint.session.SessionEvent;
import app.holdpoint.session.SessionReport;
import app.holdpoint.testsupport.SettableClock;

/**
 * {@code simulate --speed N} on real pacing (issue 14): here real time is a fake the test moves, so the time the
 * simulation spends writing each event is visible, and no test sleeps.
 */
class SpedSimulationTest {
    private static final Path HOME = Path.of("").toAbsolutePath();
    private static final String FIXTURE = "src/test/resources/protocol-fixtures/seed-needling.yaml";
    private static final Instant START = Instant.parse("2026-11-27T10:00:00Z");
    /** How long writing one event to the record takes, in real time. */
    private static final long WRITE_NANOS = 10_000_000;

    private long realNanos = 5_000_000_000L;
    private final List<Long> slept = new ArrayList<>();
    /** After this many recorded events the wall clock steps by {@link #stepBy} (NTP, a manual change); -1: never. */
    private int stepAfter = -1;
    private Duration stepBy = Duration.ZERO;

    /** The wall clock: moved with real time ({@link #passes}), and stepped by a test mid-run. */
    private final SettableClock wall = new SettableClock(START);

    /** Real time passes: the real nanosecond counter and the wall clock move together. */
    private void passes(long nanos) {
        realNanos += nanos;
        wall.advance(Duration.ofNanos(nanos));
    }

    private SessionReport simulate(double speed, List<SessionEvent> recorded) throws InterruptedException {
        var protocol = PlanCommand.ProtocolLookup.find(HOME.resolve("protocols"), FIXTURE);
        Timeline timeline = TimelineExpander.expand(protocol, Optional.of(Side.LEFT));
        Pacer pacer = Pacer.sped(speed, () -> realNanos, nanos -> {
            slept.add(nanos);
            passes(nanos);
        });
        return new Simulation(timeline, pacer, wall, event -> {
            recorded.add(event);
            passes(WRITE_NANOS);
            if (recorded.size() == stepAfter) {
                wall.advance(stepBy);
            }
        }, new PrintWriter(new StringWriter()), 6).run();
    }

    @Test
    void atThreeThousandTimesEveryConfirmedStepTakesExactlyItsPlannedTime() throws InterruptedException {
        SessionReport report = simulate(3000, new ArrayList<>());
        assertThat(report.rows()).isNotEmpty();
        for (PhaseRow row : report.rows()) {
            assertThat(row.actual()).as(row.phase().label()).isEqualTo(row.planned());
        }
        assertThat(report.hasDeviations()).isFalse();
    }

    @Test
    void wallTimesAreInOrderAndNeverBeforeTheStart() throws InterruptedException {
        List<SessionEvent> events = new ArrayList<>();
        simulate(3000, events);
        Instant previous = START;
        for (SessionEvent event : events) {
            assertThat(event.wallTime()).as("event %d %s", event.sequence(), event.type())
                    .isAfterOrEqualTo(previous);
            previous = event.wallTime();
        }
    }

    @Test
    void theSimulationStillKeepsItsPaceInRealTime() throws InterruptedException {
        SessionReport report = simulate(60, new ArrayList<>());
        Duration paced = report.totalPlanned().dividedBy(60);
        Duration real = Duration.ofNanos(realNanos - 5_000_000_000L);
        // The writes happen inside the paced time; only those after the last wait add to it.
        assertThat(real).isGreaterThanOrEqualTo(paced).isLessThan(paced.plusMillis(300));
        assertThat(slept).isNotEmpty();
    }

    @Test
    void atSpeedTheWallTimesAreTheStartPlusTheOffsetAndNoStepIsSeen() throws InterruptedException {
        List<SessionEvent> events = new ArrayList<>();
        simulate(3000, events);
        assertThat(events).noneMatch(e -> e.type() == EventType.CLOCK_STEPPED);
        for (SessionEvent event : events) {
            assertThat(event.wallTime()).isEqualTo(START.plusNanos(event.offsetNanos()));
        }
    }

    @Test
    void aRealStepOfTheMachinesClockMidRunIsRecordedOnceAndMovesNothing() throws InterruptedException {
        stepAfter = 12;
        stepBy = Duration.ofHours(-2);
        List<SessionEvent> events = new ArrayList<>();
        simulate(1, events);
        assertThat(events.stream().filter(e -> e.type() == EventType.CLOCK_STEPPED).map(SessionEvent::detail))
                .containsExactly("-7200s");
        for (SessionEvent event : events) {
            assertThat(event.wallTime()).isEqualTo(START.plusNanos(event.offsetNanos()));
        }
    }
}
