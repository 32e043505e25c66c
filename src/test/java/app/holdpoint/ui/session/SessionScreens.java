package app.holdpoint.ui.session;

import static app.holdpoint.ui.session.SessionFlowFixture.waitFor;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.assertj.swing.edt.GuiActionRunner;

import app.holdpoint.protocol.Side;
import app.holdpoint.testsupport.Edt;
import app.holdpoint.ui.Frames;
import app.holdpoint.ui.GuiTestExtension;
import app.holdpoint.ui.theme.Theme;

/**
 * Brings the session flow to each screen worth looking at, with fake services, and hands each to a visitor:
 * the layout test measures them, {@link #main} writes them as PNGs at 1280×800. Run under a display:
 * {@code xvfb-run -a java -cp target/classes:target/test-classes:<deps> app.holdpoint.ui.session.SessionScreens
 * /tmp/k1-shots}.
 */
public final class SessionScreens {

    /** Called on the test thread with each screen showing. */
    @FunctionalInterface
    public interface Visitor {
        void at(String screen, SessionFlow flow);
    }

    private SessionScreens() {
    }

    public static void main(String[] args) throws IOException {
        GuiTestExtension.requireDisplay();
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/k1-shots");
        Files.createDirectories(out);
        for (Theme.Variant variant : Theme.Variant.values()) {
            Path folder = Files.createTempDirectory("k1-shots-store");
            try (SessionFlowFixture fx = SessionFlowFixture.open(folder, variant)) {
                walk(fx, (screen, flow) -> write(flow, out.resolve(screen + "-"
                        + variant.name().toLowerCase(Locale.ROOT) + ".png")));
            }
        }
        System.exit(0);
    }

    /** Paints the flow as shown, at kiosk size. */
    public static BufferedImage paint(SessionFlow flow) {
        return Frames.paint(flow, Frames.SCREEN.width, Frames.SCREEN.height);
    }

    private static void write(SessionFlow flow, Path file) {
        try {
            ImageIO.write(paint(flow), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * prepare-blocked, runner-long (10:00), runner-press, runner-relax, runner-hold, runner-paused, runner-rate, finish, summary;
     * then a second session for end-early.
     */
    public static void walk(SessionFlowFixture fx, Visitor visitor) {
        SessionFlow flow = fx.flow();
        fx.show();
        GuiActionRunner.execute(() -> flow.begin(fx.therapist(), fx.protocol()));
        fx.prepare(fx.protocol(), "KM-0412", Side.LEFT, 6);
        fx.tap("prepare.tab.screening");
        fx.tap("screening.fever.yes");
        visitor.at("prepare-blocked", flow);
        fx.tap("screening.fever.no");
        fx.start();
        settle(fx);
        visitor.at("runner-long", flow);

        fx.advance(Duration.ofMinutes(10).plusSeconds(20));
        settle(fx);
        visitor.at("runner-press", flow);
        fx.advance(Duration.ofSeconds(70 + 12));
        settle(fx);
        visitor.at("runner-relax", flow);
        fx.advance(Duration.ofSeconds(18));
        fx.tap("runner.skip");
        fx.advance(Duration.ofSeconds(52));
        settle(fx);
        visitor.at("runner-hold", flow);
        fx.tap("runner.pause");
        settle(fx);
        visitor.at("runner-paused", flow);
        tapDial(fx);
        tapDial(fx);
        fx.advance(Duration.ofSeconds(30));
        for (int cycle = 0; cycle < 3; cycle++) {
            tapDial(fx);
            fx.advance(Duration.ofSeconds(30));
        }
        fx.advance(Duration.ofMinutes(10).plusSeconds(36 + 30));
        tapDial(fx);
        fx.tap("count.confirm");
        fx.advance(Duration.ofMinutes(5));
        tapDial(fx);
        fx.tap("count.confirm");
        fx.advance(Duration.ofSeconds(60));
        tapDial(fx);
        fx.tap("pain.3");
        settle(fx);
        visitor.at("runner-rate", flow);
        fx.tap("rating.record");
        tapDial(fx);
        waitFor("the finish screen", () -> SessionFlow.Card.FINISH.equals(flow.shown()));
        fx.tap("pain.2");
        visitor.at("finish", flow);
        for (char c : SessionFlowFixture.PIN) {
            fx.tap("key." + c);
        }
        fx.tap("key.ok");
        waitFor("the summary", () -> SessionFlow.Card.SUMMARY.equals(flow.shown()));
        visitor.at("summary", flow);
        fx.tap("summary.done");
    }

    /** A tap on the dial, then past the tap guard so the next tap counts. */
    public static void tapDial(SessionFlowFixture fx) {
        fx.tap("countdownDial");
        fx.ticker().advanceMillis(700);
    }

    /** Lets the last cue's flash fade (it fades on the ticker) without waking the engine. */
    public static void settle(SessionFlowFixture fx) {
        fx.ticker().advanceMillis(1_000);
        Edt.call(() -> {
            if (fx.flow().runnerScreen() != null) {
                fx.flow().runnerScreen().dial().repaint();
            }
            return null;
        });
    }
}
