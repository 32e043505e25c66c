package app.holdpoint.testsupport;

import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.util.concurrent.atomic.AtomicInteger;

import javax.swing.JComponent;

import org.assertj.swing.core.Robot;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/**
 * A robot's taps and key presses that return once the EDT has handled them. The robot's events come back through
 * the display server, so waiting for an idle EDT is not enough: each waits until its release was dispatched, then
 * for one more EDT round-trip so its handling has finished. Listens from construction until {@link #close()}.
 */
public final class HandledInput implements AutoCloseable {
    private static final Timeout WAIT = Timeout.timeout(20_000);

    /** Mouse and key releases the EDT has dispatched. */
    private final AtomicInteger released = new AtomicInteger();
    private final AWTEventListener releases = event -> {
        if (event.getID() == MouseEvent.MOUSE_RELEASED || event.getID() == KeyEvent.KEY_RELEASED) {
            released.incrementAndGet();
        }
    };

    public HandledInput() {
        Toolkit.getDefaultToolkit().addAWTEventListener(releases, AWTEvent.MOUSE_EVENT_MASK | AWTEvent.KEY_EVENT_MASK);
    }

    /** Paces the robot for tests: the defaults pace it for a human to watch; here each event only needs handling. */
    public static void quick(Robot robot) {
        robot.settings().delayBetweenEvents(10);
        robot.settings().eventPostingDelay(20);
    }

    /** Scrolls a component into its scroll pane's view, if it has one. Call on the EDT. */
    public static void scrollIntoView(Component target) {
        if (target instanceof JComponent component) {
            component.scrollRectToVisible(new Rectangle(0, 0, target.getWidth(), target.getHeight()));
        }
    }

    /** Clicks {@code target} (named {@code name} in a failure) and waits until the click was handled. */
    public void click(Robot robot, Component target, String name) {
        int before = released.get();
        robot.click(target);
        handled(before, "tap on " + name);
    }

    /** Presses and releases a key on the focused window and waits until it was handled. */
    public void press(Robot robot, int keyCode) {
        int before = released.get();
        robot.pressAndReleaseKey(keyCode);
        handled(before, "key " + KeyEvent.getKeyText(keyCode));
    }

    private void handled(int before, String what) {
        Pause.pause(new Condition(what + " handled") {
            @Override
            public boolean test() {
                return released.get() > before;
            }
        }, WAIT);
        Edt.settle();
    }

    @Override
    public void close() {
        Toolkit.getDefaultToolkit().removeAWTEventListener(releases);
    }
}
