package app.holdpoint.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.TimelineExpander;
import app.holdpoint.session.EventType;
import app.holdpoint.session.SessionEngine;
import app.holdpoint.testsupport.Edt;
import app.holdpoint.testsupport.TestProtocols;
import app.holdpoint.ui.Frames;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.model.RunnerDisplay;

/**
 * A foot pedal or a key held down repeats KEY_PRESSED (auto-repeat) until it is released: the runner acts on
 * the first press only. Time is the fake ticker's (the dial's tap guard reads it), so 2 s pass without a sleep.
 */
@GuiTest
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HeldKeyTest {
    @TempDir
    Path folder;

    @Test
    void aHeldPedalConfirmsOnePromptNotSeveral() {
        try (SessionFlowFixture fx = SessionFlowFixture.open(folder)) {
            Protocol protocol = TestProtocols.shipped()
                    .byId("tension-type-headache").orElseThrow();
            SessionEngine engine = new SessionEngine(TimelineExpander.expand(protocol, Optional.of(Side.LEFT)),
                    fx.ticker(), fx.services().clock());
            RunnerScreen runner = Edt.call(() -> new RunnerScreen(fx.services(), engine,
                    new EventRecorder(fx.store(), 0, null), () -> { }));
            JFrame frame = Frames.show(runner, Frames.SCREEN);
            try {
                GuiActionRunner.execute(runner::start);
                // Up to the first prompt that a tap confirms (the baseline measures).
                while (Edt.call(() -> runner.display().primary()) != RunnerDisplay.Primary.CONFIRM) {
                    GuiActionRunner.execute(() -> runner.driver().command(engine::skip));
                }
                int phase = Edt.call(() -> engine.snapshot().phase().orElseThrow().index());
                AtomicInteger taps = new AtomicInteger();
                GuiActionRunner.execute(() -> runner.dial().addActionListener(e -> taps.incrementAndGet()));

                // Held for two seconds: one press, then the keyboard's repeats every 33 ms, no release.
                for (int ms = 0; ms <= 2000; ms += 33) {
                    key(runner, KeyEvent.KEY_PRESSED);
                    fx.ticker().advance(Duration.ofMillis(33));
                }
                assertThat(taps).as("dial activations while held").hasValue(1);
                assertThat(confirmations(engine)).as("prompts confirmed while held").isEqualTo(1);
                assertThat(Edt.call(() -> engine.snapshot().phase().orElseThrow().index())).isEqualTo(phase + 1);

                // Released and pressed again: a new press acts again.
                key(runner, KeyEvent.KEY_RELEASED);
                fx.ticker().advance(Duration.ofSeconds(1));
                key(runner, KeyEvent.KEY_PRESSED);
                assertThat(taps).as("a press after the release").hasValue(2);
            } finally {
                GuiActionRunner.execute(frame::dispose);
            }
        }
    }

    private static long confirmations(SessionEngine engine) {
        return Edt.call(() -> engine.events().stream().filter(e -> e.type() == EventType.CONFIRMED).count());
    }

    /**
     * A key event as the keyboard sends it, through the window's key bindings (the path Swing takes for a key
     * no component consumed), so the test needs neither the focus nor the real clock.
     */
    private static void key(RunnerScreen runner, int id) {
        GuiActionRunner.execute(() -> {
            KeyEvent event = new KeyEvent(runner, id, System.currentTimeMillis(), 0, KeyEvent.VK_SPACE,
                    KeyEvent.CHAR_UNDEFINED);
            return SwingUtilities.processKeyBindings(event);
        });
    }
}
