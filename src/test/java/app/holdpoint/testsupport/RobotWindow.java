package app.holdpoint.testsupport;

import javax.swing.JFrame;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import app.holdpoint.ui.theme.Theme;

/**
 * The set-up of a GUI test that shows one frame: before each test the theme is installed and an AssertJ-Swing
 * robot made; after it, the frame shown (or else the robot) is cleaned up. Register it on an instance field with
 * {@code @RegisterExtension}.
 */
public final class RobotWindow implements BeforeEachCallback, AfterEachCallback {
    private final Theme.Variant variant;
    private Theme theme;
    private Robot robot;
    private FrameFixture window;

    private RobotWindow(Theme.Variant variant) {
        this.variant = variant;
    }

    /** With the dark theme, the kiosk's. */
    public static RobotWindow dark() {
        return new RobotWindow(Theme.Variant.DARK);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        theme = Edt.call(() -> Theme.install(variant));
        robot = BasicRobot.robotWithNewAwtHierarchy();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (window != null) {
            window.cleanUp();
        } else if (robot != null) {
            robot.cleanUp();
        }
        window = null;
        robot = null;
    }

    /** The theme installed for this test. */
    public Theme theme() {
        return theme;
    }

    public Robot robot() {
        return robot;
    }

    /** Attaches the robot to a frame (already shown) for this test; it is cleaned up after the test. */
    public FrameFixture show(JFrame frame) {
        window = new FrameFixture(robot, frame);
        return window;
    }
}
