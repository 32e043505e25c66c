package app.holdpoint.session;

import static app.holdpoint.session.Sessions.MS;
import static app.holdpoint.session.Sessions.S;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.protocol.Timeline;

/**
 * Every detail format as the record stores it, byte for byte: the strings are hashed, so a change here is a change
 * of the stored format, not a refactoring. Each emitter writes through {@link EventDetails}; each reader reads its
 * own output back.
 */
class EventDetailsTest {
    private final Timeline timeline = Phases.timeline().fixed(PhaseKind.PRESS, 30).fixed(PhaseKind.RELAX, 30).build();
    private final Outbox out = new Outbox(Sessions.WALL);

    private SessionEvent last() {
        List<SessionEvent> log = out.log();
        return log.get(log.size() - 1);
    }

    private String detail(Runnable emit) {
        emit.run();
        return last().detail();
    }

    @Test
    void eachEmitterWritesItsFormatExactly() {
        assertThat(detail(() -> out.sessionStarted(0, timeline))).isEqualTo("test-protocol v3 side left");
        assertThat(detail(() -> out.phaseStarted(0, timeline.phase(1)))).isEmpty();
        assertThat(detail(() -> out.phaseEnded(0, timeline.phase(1), 30 * S, EndedBy.TIMER))).isEmpty();
        assertThat(detail(() -> out.paused(0, 1))).isEmpty();
        assertThat(detail(() -> out.suspendedByClock(0, 1, 2_700 * S + 300 * MS))).isEqualTo("suspend: clock +2700s");
        assertThat(detail(() -> out.suspendedByLateWake(0, 1, 89_600 * MS))).isEqualTo("suspend: woke 90s late");
        assertThat(detail(() -> out.resumed(0, 1, 12_345_678_900L))).isEqualTo("12345");
        assertThat(detail(() -> out.extended(0, 1, 15))).isEqualTo("15");
        assertThat(detail(() -> out.releaseMarked(0, 1))).isEmpty();
        assertThat(detail(() -> out.confirmed(0, 1, OptionalInt.of(4)))).isEqualTo("4");
        assertThat(detail(() -> out.confirmed(0, 1, OptionalInt.empty()))).isEmpty();
        assertThat(detail(() -> out.rated(0, 1, 7))).isEqualTo("7");
        assertThat(detail(() -> out.back(0, 1, BackTarget.REPEAT))).isEqualTo("repeat");
        assertThat(detail(() -> out.back(0, 1, BackTarget.PREVIOUS))).isEqualTo("previous");
        assertThat(detail(() -> out.refused(0, 1, CommandResult.refused(Command.MARK_RELEASE,
                Refusal.RELEASE_TOO_EARLY, Duration.ofSeconds(90), Duration.ofMillis(45_900)))))
                .isEqualTo("MARK_RELEASE: release is allowed from 1:30; held 0:45 so far");
        assertThat(detail(() -> out.awaitingConfirmation(0, 1))).isEmpty();
        assertThat(detail(() -> out.completed(0))).isEmpty();
        assertThat(detail(() -> out.endedEarly(0, "client felt dizzy"))).isEqualTo("client felt dizzy");
        assertThat(detail(() -> out.restored(0, 1, 20_999_999L))).isEqualTo("20");
        assertThat(detail(() -> out.clockStepped(0, 1, 3_600 * S))).isEqualTo("+3600s");
        assertThat(detail(() -> out.clockStepped(0, 1, -7_200 * S - 400 * MS))).isEqualTo("-7200s");
        assertThat(detail(() -> out.clockStepped(0, -1, 5_600 * MS))).isEqualTo("+6s");
    }

    @Test
    void theEmittersWriteTheTypeAndColumnsTheyName() {
        out.phaseEnded(0, timeline.phase(1), 29_999_999_999L, EndedBy.SKIP);
        assertThat(last()).extracting(SessionEvent::type, SessionEvent::phase, SessionEvent::plannedMillis,
                SessionEvent::actualMillis, SessionEvent::endedBy)
                .containsExactly(EventType.PHASE_ENDED, 1, 30_000L, 29_999L, EndedBy.SKIP);
        out.suspendedByLateWake(0, 1, 5 * S);
        assertThat(last().type()).isEqualTo(EventType.PAUSED);
        out.rated(0, 1, 3);
        assertThat(last().type()).isEqualTo(EventType.RATED);
        out.sessionStarted(0, timeline);
        assertThat(last().phase()).isEqualTo(-1);
    }

    @Test
    void theReadersReadWhatTheEmittersWrote() {
        out.extended(0, 1, 45);
        assertThat(EventDetails.seconds(last())).isEqualTo(45);
        out.confirmed(0, 1, OptionalInt.of(3));
        assertThat(EventDetails.value(last())).hasValue(3);
        out.confirmed(0, 1, OptionalInt.empty());
        assertThat(EventDetails.value(last())).isEmpty();
        out.rated(0, 1, 0);
        assertThat(EventDetails.value(last())).hasValue(0);
        out.back(0, 1, BackTarget.REPEAT);
        assertThat(EventDetails.backTarget(last())).isEqualTo(BackTarget.REPEAT);
        out.back(0, 1, BackTarget.PREVIOUS);
        assertThat(EventDetails.backTarget(last())).isEqualTo(BackTarget.PREVIOUS);
        out.endedEarly(0, "power cut");
        assertThat(EventDetails.endReason(last())).isEqualTo("power cut");
        out.completed(0);
        assertThat(EventDetails.endReason(last())).isEmpty();
    }

    /** The refusal sentences are part of COMMAND_REFUSED's detail: each one, as recorded. */
    @Test
    void everyRefusalKeepsItsRecordedSentence() {
        Duration max = Duration.ofMinutes(2);
        Duration left = Duration.ofSeconds(40);
        Map<Refusal, String> sentences = new EnumMap<>(Refusal.class);
        for (Refusal refusal : Refusal.values()) {
            Object[] args = switch (refusal) {
                case EXTEND_RELEASE -> new Object[] {max};
                case EXTEND_TOO_SHORT -> new Object[] {600, 0};
                case EXTEND_TOO_LONG -> new Object[] {600, 601};
                case CONFIRM_COUNTDOWN, CONFIRM_TIMED -> new Object[] {left};
                case RELEASE_TOO_EARLY -> new Object[] {Duration.ofSeconds(30), Duration.ofMillis(12_900)};
                case RATING_OUT_OF_RANGE -> new Object[] {11};
                case NEEDLES_IN_MISSING -> new Object[] {4};
                case NEEDLES_OUT_MISSING -> new Object[] {3};
                case NEEDLES_OUT_MISMATCH -> new Object[] {2, 3};
                case ENDED_EARLY -> new Object[] {"client asked to stop"};
                default -> new Object[0];
            };
            sentences.put(refusal, english(refusal, args));
        }
        assertThat(sentences).containsExactlyEntriesOf(expected());
    }

    private static String english(Refusal refusal, Object... args) {
        return CommandResult.refused(Command.CONFIRM, refusal, args).reason();
    }

    private static Map<Refusal, String> expected() {
        Map<Refusal, String> expected = new EnumMap<>(Refusal.class);
        expected.put(Refusal.ALREADY_RUNNING, "the session is already running");
        expected.put(Refusal.ALREADY_PAUSED, "the session is already paused");
        expected.put(Refusal.NOT_PAUSED, "the session is not paused");
        expected.put(Refusal.PAUSED, "the session is paused; resume first");
        expected.put(Refusal.AT_START, "already at the start of the first phase");
        expected.put(Refusal.EXTEND_RELEASE,
                "a hold until release ends at its safety maximum of 2m; it cannot be extended");
        expected.put(Refusal.EXTEND_TOO_SHORT, "extend by 1 to 600 seconds, not 0");
        expected.put(Refusal.EXTEND_TOO_LONG, "extend by 1 to 600 seconds, not 601");
        expected.put(Refusal.EXTEND_WAITING, "nothing is counting down: the phase waits for a confirmation");
        expected.put(Refusal.CONFIRM_HOLD, "this hold ends when release is marked");
        expected.put(Refusal.CONFIRM_COUNTDOWN, "the countdown has 0:40 left; skip to end it early");
        expected.put(Refusal.CONFIRM_TIMED, "this phase ends on its own in 0:40; skip to end it early");
        expected.put(Refusal.NOT_RELEASE, "this phase is not a hold until release");
        expected.put(Refusal.RELEASE_TOO_EARLY, "release is allowed from 0:30; held 0:12 so far");
        expected.put(Refusal.NO_END_REASON, "give a reason for ending early");
        expected.put(Refusal.RATING_MISSING, "give a rating from 0 to 10");
        expected.put(Refusal.RATING_OUT_OF_RANGE, "give a rating from 0 to 10, not 11");
        expected.put(Refusal.NEEDLES_IN_MISSING, "give the number of needles in (planned: 4)");
        expected.put(Refusal.NEEDLES_OUT_MISSING, "count the needles out: 3 went in");
        expected.put(Refusal.NEEDLES_OUT_MISMATCH,
                "2 needle(s) counted out but 3 went in: account for every needle, then confirm 3");
        expected.put(Refusal.NO_NUMBER, "this prompt takes no number; confirm without one");
        expected.put(Refusal.NOT_STARTED, "the session has not started");
        expected.put(Refusal.COMPLETE, "the session is complete");
        expected.put(Refusal.ENDED_EARLY, "the session was ended early (client asked to stop)");
        return expected;
    }
}
