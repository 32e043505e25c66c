package app.holdpoint.ui.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.protocol.Side;
import app.holdpoint.testsupport.Edt;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.session.SessionFlow;
import app.holdpoint.ui.session.SessionFlowFixture;

/**
 * The X server's own screen-saver timer against a session: with a 5-second timeout the display stays on while
 * the runner counts (driven by a fake ticker, so only the server's clock runs) and blanks again once the session
 * has left the runner. The waits are on the real idle time of the display, because that timer is what is tested.
 */
@GuiTest
class DisplayAwakeX11Test {
    private static final int TIMEOUT_SECONDS = 5;

    @TempDir
    Path folder;

    @Test
    void theDisplayStaysOnWhileTheRunnerCountsAndBlanksAgainAfterTheSession() {
        DisplayAwake awake = DisplayAwake.forThisSystem(Map.of("DISPLAY", System.getenv("DISPLAY")));
        assertThat(awake.limitation()).isEmpty();
        try (ScreenSaverProbe saver = new ScreenSaverProbe();
             SessionFlowFixture fx = SessionFlowFixture.open(folder)) {
            SessionFlow flow = fx.flow();
            Edt.call(() -> {
                flow.keepDisplayAwakeWith(awake);
                flow.begin(fx.therapist(), fx.protocol());
                return null;
            });
            fx.show();
            fx.prepare(fx.protocol(), "KM-0412", Side.RIGHT, 5);
            saver.timeout(TIMEOUT_SECONDS);
            fx.start();

            assertThat(saver.cameOnWithin(Duration.ofSeconds(TIMEOUT_SECONDS + 1)))
                    .as("the screen saver came on while the runner counted").isFalse();

            fx.tap("runner.end");
            fx.tap("endEarly.reason.2");
            fx.tap("endEarly.confirm");
            fx.waitShowing("finish.outcome");
            assertThat(saver.query().state).isNotEqualTo(X11.SCREEN_SAVER_ON);
            assertThat(saver.comesOn(Duration.ofSeconds(TIMEOUT_SECONDS + 3)))
                    .as("the screen saver comes on again once the session left the runner").isTrue();
        }
    }
}
