package app.holdpoint.ui.session;

import static app.holdpoint.ui.session.SessionFlowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.protocol.Side;
import app.holdpoint.session.EndedBy;
import app.holdpoint.session.EventType;
import app.holdpoint.session.SessionEvent;
import app.holdpoint.session.SessionState;
import app.holdpoint.store.SessionRecord;
import app.holdpoint.store.SessionStatus;
import app.holdpoint.testsupport.Edt;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.model.RunnerDisplay;
import java.awt.event.KeyEvent;

/** A therapist's whole session of the fixture protocol, by taps, then what the database holds. */
@GuiTest
class WholeSessionTest {
    @TempDir
    Path folder;
    private SessionFlowFixture fx;
    private SessionFlow flow;

    @BeforeEach
    void open() {
        fx = SessionFlowFixture.open(folder);
        flow = fx.flow();
        fx.show();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private PhaseKind kind() {
        return Edt.call(() -> flow.runnerScreen().display().kind().orElseThrow());
    }

    private void tapDial() {
        fx.tap("countdownDial");
        // The dial's tap guard: a second tap within its window is the same tap.
        fx.ticker().advanceMillis(700);
    }

    @Test
    void wholeSessionWithPauseSkipExtendBackReleaseConfirmationsAndRatingIsSignedAndRecorded() {
        GuiActionRunner.execute(() -> flow.begin(fx.therapist(), fx.protocol()));
        fx.prepare(fx.protocol(), "KM-0412", Side.LEFT, 6);
        fx.start();
        assertThat(Edt.call(flow::inSession)).isTrue();

        // 0 DO 10:00 — pause, time stands still, resume by tapping the dial, +15 s.
        assertThat(kind()).isEqualTo(PhaseKind.INSTRUCT);
        fx.advance(Duration.ofSeconds(60));
        fx.tap("runner.pause");
        assertThat(Edt.call(() -> flow.runnerScreen().display().state())).isEqualTo(SessionState.PAUSED);
        fx.advance(Duration.ofMinutes(3));
        assertThat(Edt.call(() -> flow.runnerScreen().dial().digits())).isEqualTo("9:00");
        tapDial();
        assertThat(Edt.call(() -> flow.runnerScreen().display().state())).isEqualTo(SessionState.RUNNING);
        fx.tap("runner.extend");
        assertThat(Edt.call(() -> flow.runnerScreen().dial().digits())).isEqualTo("9:15");
        fx.advance(Duration.ofSeconds(9 * 60 + 15));

        // 1 PRESS 1:30, 2 RELAX 0:30 (back after 5 s repeats it), 3 PRESS skipped.
        assertThat(kind()).isEqualTo(PhaseKind.PRESS);
        assertThat(Edt.call(() -> flow.runnerScreen().dial().isFlashing())).as("the phase start flashes the dial")
                .isTrue();
        fx.advance(Duration.ofSeconds(90));
        assertThat(kind()).isEqualTo(PhaseKind.RELAX);
        fx.advance(Duration.ofSeconds(5));
        fx.tap("runner.back");
        assertThat(Edt.call(() -> flow.runnerScreen().dial().digits())).isEqualTo("0:30");
        fx.advance(Duration.ofSeconds(30));
        assertThat(kind()).isEqualTo(PhaseKind.PRESS);
        fx.tap("runner.skip");

        // 4 PRESS until release: too early is refused in words, then released at 35 s.
        assertThat(Edt.call(() -> flow.runnerScreen().display().primary())).isEqualTo(RunnerDisplay.Primary.MARK_RELEASE);
        fx.advance(Duration.ofSeconds(10));
        tapDial();
        assertThat(Edt.call(() -> flow.runnerScreen().message()))
                .contains("Too early to mark release: hold until 0:30 (held 0:10).");
        fx.advance(Duration.ofSeconds(25));
        tapDial();
        assertThat(kind()).isEqualTo(PhaseKind.RELAX);
        fx.advance(Duration.ofSeconds(30));

        // 6..11 SPRAY (confirm) and STRETCH 0:30, three times; the third SPRAY confirmed with the space bar.
        for (int cycle = 0; cycle < 3; cycle++) {
            assertThat(kind()).isEqualTo(PhaseKind.SPRAY);
            if (cycle == 2) {
                fx.press(KeyEvent.VK_SPACE);
                fx.ticker().advanceMillis(700);
            } else {
                tapDial();
            }
            assertThat(kind()).isEqualTo(PhaseKind.STRETCH);
            fx.advance(Duration.ofSeconds(30));
        }
        // 12 REWARM 10:00, 13..18 CONTRACT/RELAX, 19 STRETCH 0:30.
        fx.advance(Duration.ofMinutes(10));
        fx.advance(Duration.ofSeconds(36));
        assertThat(kind()).isEqualTo(PhaseKind.STRETCH);
        fx.advance(Duration.ofSeconds(30));

        // 20 NEEDLE: count in, corrected up and back down to the planned 1.
        assertThat(kind()).isEqualTo(PhaseKind.NEEDLE);
        tapDial();
        assertThat(Edt.call(() -> flow.runnerScreen().card())).isEqualTo(RunnerScreen.Card.COUNT);
        fx.tap("count.plus");
        fx.tap("count.minus");
        fx.tap("count.confirm");
        assertThat(kind()).isEqualTo(PhaseKind.RETAIN);
        fx.advance(Duration.ofMinutes(5));
        assertThat(kind()).isEqualTo(PhaseKind.NEEDLES_OUT);
        tapDial();
        fx.tap("count.confirm");
        assertThat(kind()).isEqualTo(PhaseKind.HAEMOSTASIS);
        fx.advance(Duration.ofSeconds(60));

        // 24 RATE: the pain scale over the runner.
        assertThat(kind()).isEqualTo(PhaseKind.RATE);
        tapDial();
        assertThat(Edt.call(() -> flow.runnerScreen().card())).isEqualTo(RunnerScreen.Card.RATE);
        fx.tap("pain.3");
        fx.tap("rating.record");
        assertThat(kind()).isEqualTo(PhaseKind.HOME_CARE);
        tapDial();

        // Finish: pain after, a note, the PIN.
        waitFor("the finish screen", () -> SessionFlow.Card.FINISH.equals(flow.shown()));
        fx.tap("pain.2");
        fx.window().textBox("finish.note").enterText("Tolerated well");
        for (char c : SessionFlowFixture.PIN) {
            fx.tap("key." + c);
        }
        fx.tap("key.ok");
        waitFor("the summary", () -> SessionFlow.Card.SUMMARY.equals(flow.shown()));

        long id = Edt.call(() -> flow.recorder().sessionId());
        SessionRecord record = fx.store().session(id).orElseThrow();
        assertThat(record.status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(record.clientRef()).isEqualTo("KM-0412");
        assertThat(record.side()).contains(Side.LEFT);
        assertThat(record.painBefore()).hasValue(6);
        assertThat(record.painAfter()).hasValue(2);
        assertThat(record.note()).contains("Tolerated well");
        assertThat(record.signedBy()).contains(SessionFlowFixture.THERAPIST);
        assertThat(record.consent()).isTrue();
        assertThat(record.summary().orElseThrow().skipped()).isEqualTo(1);
        assertThat(record.summary().orElseThrow().extended()).isEqualTo(1);
        assertThat(record.summary().orElseThrow().deviations()).isGreaterThanOrEqualTo(3);

        List<SessionEvent> stored = fx.store().events(id);
        assertThat(stored).extracting(SessionEvent::sequence)
                .containsExactlyElementsOf(IntStream.range(0, stored.size()).boxed().toList());
        assertThat(stored).isEqualTo(Edt.call(() -> flow.engineEvents()));
        assertThat(stored).extracting(SessionEvent::type).contains(EventType.PAUSED, EventType.RESUMED,
                EventType.EXTENDED, EventType.BACK, EventType.RELEASE_MARKED, EventType.CONFIRMED, EventType.RATED,
                EventType.COMMAND_REFUSED, EventType.SESSION_COMPLETED);
        assertThat(stored).filteredOn(e -> e.type() == EventType.RATED).extracting(SessionEvent::detail)
                .containsExactly("3");
        assertThat(stored).filteredOn(e -> e.type() == EventType.CONFIRMED && !e.detail().isEmpty())
                .extracting(SessionEvent::detail).containsExactly("1", "1");
        assertThat(stored).filteredOn(e -> e.type() == EventType.PHASE_ENDED && e.endedBy() == EndedBy.SKIP)
                .extracting(SessionEvent::phase).containsExactly(3);
        assertThat(fx.store().verify().firstProblem()).isEmpty();
        assertThat(Edt.call(() -> flow.summaryScreen().table().getComponentCount())).isGreaterThan(4 * 26);

        waitFor("cue tones written to the sound line", () -> fx.soundWrites() > 0);

        fx.tap("summary.done");
        assertThat(fx.finishedCalls()).isEqualTo(1);
        assertThat(Edt.call(flow::inSession)).isFalse();
    }
}
