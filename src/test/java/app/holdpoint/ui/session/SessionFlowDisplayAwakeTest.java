package app.holdpoint.ui.session;

import static app.holdpoint.ui.session.SessionFlowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.protocol.Side;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.platform.DisplayAwake;

/** When the flow asks for the display to stay on: from the runner's start until it leaves the runner. */
@GuiTest
class SessionFlowDisplayAwakeTest {
    @TempDir
    Path folder;
    private SessionFlowFixture fx;
    private final List<String> calls = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        fx = SessionFlowFixture.open(folder);
        SessionFlow flow = fx.flow();
        GuiActionRunner.execute(() -> flow.keepDisplayAwakeWith(new DisplayAwake() {
            @Override
            public void keepAwake() {
                calls.add("keep");
            }

            @Override
            public void release() {
                calls.add("release");
            }

            @Override
            public Optional<String> limitation() {
                return Optional.empty();
            }
        }));
        fx.show();
        GuiActionRunner.execute(() -> flow.begin(fx.therapist(), fx.protocol()));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void theDisplayIsKeptOnFromTheRunnersStartAndReleasedAtTheFinishScreen() {
        fx.prepare(fx.protocol(), "KM-0412", Side.RIGHT, 5);
        assertThat(calls).doesNotContain("keep");

        fx.start();
        assertThat(calls).endsWith("keep");

        fx.tap("runner.end");
        fx.tap("endEarly.reason.2");
        fx.tap("endEarly.confirm");
        waitFor("the finish screen", () -> SessionFlow.Card.FINISH.equals(fx.flow().shown()));
        assertThat(calls).endsWith("keep", "release");
    }

    @Test
    void cancellingThePreparationNeverKeepsTheDisplayOn() {
        fx.tap("prepare.cancel");

        assertThat(fx.cancelledCalls()).isEqualTo(1);
        assertThat(calls).doesNotContain("keep");
    }
}
