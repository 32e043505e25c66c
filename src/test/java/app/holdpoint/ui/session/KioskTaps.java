package app.holdpoint.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.time.Duration;

import javax.swing.JComponent;
import javax.swing.SwingUtilities;

import app.holdpoint.testsupport.Edt;
import app.holdpoint.testsupport.HandledInput;
import app.holdpoint.testsupport.SessionWalk;
import app.holdpoint.ui.shell.KioskController;
import app.holdpoint.ui.shell.KioskFixture;

/**
 * A therapist's finger on a started kiosk's real window, for the walk tests: each tap or key press returns once
 * the EDT has handled it ({@link HandledInput}), and time moves only by the fake ticker and the manual wakes.
 * Close it before the kiosk.
 */
final class KioskTaps implements AutoCloseable {
    /** The dial's tap guard takes a second tap within this many milliseconds for the same tap. */
    private static final long DIAL_GUARD_MILLIS = 700;

    private final KioskFixture kiosk;
    /** The screen every tapped control must lie on wholly; null when taps need only reach the window. */
    private final Rectangle screen;
    private final HandledInput input = new HandledInput();

    private KioskTaps(KioskFixture kiosk, Rectangle screen) {
        this.kiosk = kiosk;
        this.screen = screen;
        HandledInput.quick(kiosk.window.robot());
    }

    /** Taps on the kiosk's window, each control scrolled into view first. */
    static KioskTaps on(KioskFixture kiosk) {
        return new KioskTaps(kiosk, null);
    }

    /** Taps on the full-screen kiosk, each of which must land on a control lying wholly on the screen. */
    static KioskTaps onScreen(KioskFixture kiosk) {
        return new KioskTaps(kiosk, GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                .getDefaultConfiguration().getBounds());
    }

    /** The screen's bounds (only for {@link #onScreen}). */
    Rectangle screen() {
        return screen;
    }

    /** Taps the showing component of that name and waits until the tap has been handled. */
    void tap(String name) {
        Component target = kiosk.window.robot().finder().findByName(kiosk.controller.frame(), name, true);
        Rectangle onScreen = Edt.call(() -> {
            HandledInput.scrollIntoView(target);
            if (screen == null) {
                return null;
            }
            Rectangle visible = ((JComponent) target).getVisibleRect();
            Rectangle shown = SwingUtilities.convertRectangle(target, visible, null);
            Point origin = target.getLocationOnScreen();
            return new Rectangle(origin.x + visible.x, origin.y + visible.y, shown.width, shown.height);
        });
        if (screen != null) {
            assertThat(screen.contains(onScreen)).as(name + " at " + onScreen + " lies on the screen " + screen)
                    .isTrue();
            assertThat(onScreen.width).as(name + " is visible").isPositive();
        }
        input.click(kiosk.window.robot(), target, name);
    }

    /** Taps {@code key.<c>} on the showing pad for each character. */
    void keys(String characters) {
        SessionWalk.keys(characters, this::tap);
    }

    /** Taps the countdown dial, then lets the dial's tap guard pass. */
    void tapDial() {
        tap("countdownDial");
        kiosk.ticker.advanceMillis(DIAL_GUARD_MILLIS);
    }

    /** Presses and releases a key on the focused window (a pedal, a keyboard) and waits until it is handled. */
    void press(int keyCode) {
        input.press(kiosk.window.robot(), keyCode);
    }

    /** Moves the fake ticker, runs the session's pending wake-up and waits until the window is idle. */
    void advance(Duration by) {
        kiosk.ticker.advance(by);
        Edt.run(kiosk.wakes::wake);
        kiosk.window.robot().waitForIdle();
    }

    /**
     * On the finish screen: pain after 2, the signature with {@code pin}, then Done on the summary, back at the
     * picker. Returns the session's id.
     */
    long signAndFinish(SessionFlow flow, String pin) {
        SessionFlowFixture.waitFor("the finish screen", () -> SessionFlow.Card.FINISH.equals(flow.shown()));
        tap("pain.2");
        keys(pin);
        tap("key.ok");
        SessionFlowFixture.waitFor("the summary", () -> SessionFlow.Card.SUMMARY.equals(flow.shown()));
        long id = Edt.call(() -> flow.recorder().sessionId());
        tap("summary.done");
        kiosk.waitForScreen(KioskController.Screen.PICKER);
        return id;
    }

    @Override
    public void close() {
        input.close();
    }
}
