package app.holdpoint.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.protocol.Timeline;

class SessionRestoreTest {

    private final Timeline timeline = Phases.timeline().fixed(PhaseKind.PRESS, 90).prompt(PhaseKind.SPRAY)
            .timedPrompt(PhaseKind.INSTRUCT, 60).needles(PhaseKind.NEEDLE, 2).needles(PhaseKind.NEEDLES_OUT, 2)
            .release(30, 50, 60).build();

    /** Runs a session up to a point, "crashes" it, and restores a new engine from its events. */
    private Sessions restoredAfter(Consumer<Sessions> before) {
        Sessions original = new Sessions(timeline);
        before.accept(original);
        Sessions restored = new Sessions(timeline);
        restored.ticker.advanceSeconds(3_600);   // a new process: its ticker has nothing to do with the old one
        restored.engine.restore(original.engine.events());
        return restored;
    }

    @Test
    void aRestoredSessionWaitsPausedInThePhaseItWasInWithTheTimeOnRecord() {
        Sessions restored = restoredAfter(s -> {
            s.engine.start();
            s.after(40);
            s.engine.confirm();   // refused, but recorded: the record knows the press ran at least 40 s
            s.after(20);          // not on record: lost with the crash
        });

        SessionSnapshot shown = restored.snapshot();
        assertThat(shown.state()).isEqualTo(SessionState.PAUSED);
        assertThat(shown.phase().orElseThrow().index()).isZero();
        assertThat(shown.elapsed()).isEqualTo(Duration.ofSeconds(40));
        assertThat(shown.remaining()).contains(Duration.ofSeconds(50));
        assertThat(restored.recorder.of(EventType.RESTORED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("40000"))
                .satisfies(e -> assertThat(e.sequence()).isEqualTo(3));
    }

    @Test
    void timeAfterTheLastStoredEventIsUnknownSoThePhaseResumesFromWhatIsOnRecord() {
        Sessions restored = restoredAfter(s -> {
            s.engine.start();
            s.after(40);
        });

        assertThat(restored.snapshot().elapsed()).isZero();
        assertThat(restored.snapshot().remaining()).contains(Duration.ofSeconds(90));
    }

    @Test
    void resumingARestoredSessionFinishesThePhaseOnTimeAndOffsetsCarryOn() {
        Sessions restored = restoredAfter(s -> {
            s.engine.start();
            s.after(40);
            s.engine.confirm();
        });
        restored.after(10);
        restored.engine.resume();
        restored.after(50);

        List<SessionEvent> ended = restored.engine.events().stream()
                .filter(e -> e.type() == EventType.PHASE_ENDED).toList();
        assertThat(ended).singleElement().satisfies(e -> {
            assertThat(e.actualMillis()).isEqualTo(90_000);
            assertThat(e.offsetNanos()).isEqualTo(100 * Sessions.S);
        });
        assertThat(restored.engine.state()).isEqualTo(SessionState.AWAITING_CONFIRMATION);
    }

    @Test
    void aSessionInterruptedWhilePausedKeepsItsPausedTime() {
        Sessions original = new Sessions(timeline);
        original.engine.start();
        original.after(20);
        original.engine.pause();
        original.after(15);
        original.engine.extend(10);   // refused while paused: the last stored event is at 35 s
        SessionSnapshot before = original.snapshot();

        Sessions restored = new Sessions(timeline);
        restored.engine.restore(original.engine.events());

        assertThat(restored.snapshot()).isEqualTo(before);
        restored.engine.resume();
        SessionReport report = SessionReport.from(timeline, restored.engine.events(), Duration.ofSeconds(1));
        assertThat(report.rows().get(0).paused()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void restoreReproducesTheStateOfEveryPointOfARichSession() {
        Sessions original = new Sessions(timeline);
        original.engine.start();
        original.after(30);
        original.engine.extend(15);
        original.after(75);   // press done at 105 s; spray prompt waiting
        original.engine.confirm();
        original.after(70);   // timed prompt: counted down, waiting
        original.engine.pause();
        original.after(5);
        original.engine.resume();
        original.engine.confirm();
        original.engine.confirm(2);
        original.after(1);
        original.engine.pause();
        SessionSnapshot before = original.snapshot();

        Sessions restored = new Sessions(timeline);
        restored.engine.restore(original.engine.events());
        assertThat(restored.snapshot()).isEqualTo(before);

        restored.engine.resume();
        assertThat(restored.engine.confirm(1).reason())
                .isEqualTo("1 needle(s) counted out but 2 went in: account for every needle, then confirm 2");
    }

    @Test
    void aTimedPromptInterruptedAfterItsCountdownStillWaitsForConfirmation() {
        Sessions restored = restoredAfter(s -> {
            s.engine.start();
            s.engine.skip();
            s.engine.confirm();
            s.after(70);
        });
        restored.engine.resume();

        assertThat(restored.engine.state()).isEqualTo(SessionState.AWAITING_CONFIRMATION);
        assertThat(restored.snapshot().phase().orElseThrow().kind()).isEqualTo(PhaseKind.INSTRUCT);
    }

    @Test
    void aStreamCutBetweenTwoPhasesContinuesAtTheStartOfTheNextOne() {
        Sessions original = new Sessions(timeline);
        original.engine.start();
        original.after(90);
        List<SessionEvent> events = original.engine.events();
        List<SessionEvent> cut = events.subList(0, events.size() - 2);   // up to PHASE_ENDED of the press
        assertThat(cut.get(cut.size() - 1).type()).isEqualTo(EventType.PHASE_ENDED);

        Sessions restored = new Sessions(timeline);
        restored.engine.restore(cut);

        assertThat(restored.snapshot().phase().orElseThrow().index()).isEqualTo(1);
        assertThat(restored.engine.state()).isEqualTo(SessionState.PAUSED);
    }

    @Test
    void aFinishedSessionCannotBeRestored() {
        Sessions original = new Sessions(timeline);
        original.engine.start();
        original.engine.endEarly("power cut test");

        assertThatThrownBy(() -> new Sessions(timeline).engine.restore(original.engine.events()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the session is already ended; nothing to resume");
    }

    @Test
    void eventsOfAnotherTimelineAreRejected() {
        Sessions original = new Sessions(timeline);
        original.engine.start();
        for (int i = 0; i < 5; i++) {
            original.engine.skip();
        }
        Timeline shorter = Phases.timeline().fixed(PhaseKind.PRESS, 90).build();

        assertThatThrownBy(() -> new Sessions(shorter).engine.restore(original.engine.events()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names phase 1 but test-protocol has 1 phases");
    }

    @Test
    void restoreIsOnlyForANewEngine() {
        Sessions used = new Sessions(timeline);
        used.engine.start();

        assertThatThrownBy(() -> used.engine.restore(List.of())).isInstanceOf(IllegalStateException.class);
    }
}
