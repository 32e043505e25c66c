package app.holdpoint.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.protocol.TimelineExpander;
import app.holdpoint.protocol.load.ProtocolLibrary;
import app.holdpoint.session.SessionEngine;
import app.holdpoint.testsupport.TestProtocols;
import app.holdpoint.ui.Text;

class RunnerDisplayTest {
    private final long[] now = {0};
    private ProtocolLibrary.Loaded library;
    private SessionEngine engine;
    private final Text text = new Text(Locale.ENGLISH);

    @BeforeEach
    void startNeedlingProtocolOnTheLeft() {
        library = TestProtocols.needlingFixture();
        Protocol protocol = TestProtocols.needlingProtocol();
        Timeline timeline = TimelineExpander.expand(protocol, Optional.of(Side.LEFT), Optional.of(Map.of()));
        engine = new SessionEngine(timeline, () -> now[0], Clock.systemUTC());
        engine.start();
    }

    private RunnerDisplay display() {
        engine.poll();
        return RunnerDisplay.of(engine.snapshot(), library.catalog(), text);
    }

    private void advance(Duration by) {
        now[0] += by.toNanos();
        engine.poll();
    }

    @Test
    void aCountdownShowsTimeLeftAndWhatComesNext() {
        RunnerDisplay first = display();
        assertThat(first.kind()).contains(PhaseKind.INSTRUCT);
        assertThat(first.clock()).isEqualTo("10:00");
        assertThat(first.countsUp()).isFalse();
        assertThat(first.primary()).isEqualTo(RunnerDisplay.Primary.NONE);
        assertThat(first.next()).isEqualTo("Next: PRESS · Upper trapezius");

        advance(Duration.ofMinutes(10).plusSeconds(15));
        RunnerDisplay press = display();
        assertThat(press.word()).isEqualTo("PRESS");
        assertThat(press.clock()).isEqualTo("1:15");
        assertThat(press.cycle()).isEqualTo("1 of 2");
        assertThat(press.target()).isEqualTo("Upper trapezius · left");
        assertThat(press.muscle()).isPresent();
        assertThat(press.sessionProgress()).startsWith("Phase 2 of ");
    }

    @Test
    void aHoldUntilReleaseCountsUpAndSaysWhenReleaseIsAllowed() {
        // moist heat 10m, press 90s, relax 30s, press 90s: then the suboccipital hold
        advance(Duration.ofSeconds(600 + 90 + 30 + 90 + 10));
        RunnerDisplay hold = display();
        assertThat(hold.word()).isEqualTo("PRESS");
        assertThat(hold.countsUp()).isTrue();
        assertThat(hold.clock()).isEqualTo("0:10");
        assertThat(hold.primary()).isEqualTo(RunnerDisplay.Primary.MARK_RELEASE);
        assertThat(hold.primaryLabel()).isEqualTo("Hold · release from 0:30");

        advance(Duration.ofSeconds(25));
        assertThat(display().primaryLabel()).isEqualTo("Tap on release · cap at 1:00");
    }

    @Test
    void pausingMakesTheTapResume() {
        engine.pause();
        RunnerDisplay paused = display();
        assertThat(paused.primary()).isEqualTo(RunnerDisplay.Primary.RESUME);
        assertThat(paused.primaryLabel()).isEqualTo("Paused · tap to resume");
    }
}
