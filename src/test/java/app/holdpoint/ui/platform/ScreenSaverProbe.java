package app.holdpoint.ui.platform;

import java.time.Duration;
import org.assertj.swing.exception.WaitTimedOutError;

import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;

/**
 * The test display's screen saver, seen from a connection of the test's own: sets a short timeout (restoring
 * the display's own on close, so later tests see an unchanged server) and reads the saver's state the way a
 * desktop would.
 */
final class ScreenSaverProbe implements AutoCloseable {
    private final X11.Xlib xlib = X11.xlib();
    private final X11.Xss xss = X11.xss();
    private final Pointer display;
    private final IntByReference[] saved = {new IntByReference(), new IntByReference(), new IntByReference(),
            new IntByReference()};

    ScreenSaverProbe() {
        display = xlib.XOpenDisplay(System.getenv("DISPLAY"));
        if (display == null) {
            throw new IllegalStateException("cannot open the X display " + System.getenv("DISPLAY"));
        }
        xlib.XGetScreenSaver(display, saved[0], saved[1], saved[2], saved[3]);
    }

    /** Blanks after this many seconds without input, counted from now. */
    void timeout(int seconds) {
        xlib.XSetScreenSaver(display, seconds, 0, 1, 1);
        xlib.XForceScreenSaver(display, X11.SCREEN_SAVER_RESET);
        xlib.XFlush(display);
    }

    /** The saver's state and the server's idle time in milliseconds. */
    X11.Info query() {
        X11.Info info = new X11.Info();
        xss.XScreenSaverQueryInfo(display, xlib.XDefaultRootWindow(display), info);
        info.read();
        return info;
    }

    /**
     * Waits until the server has seen no input for {@code idle}, returning whether the saver came on at any
     * poll meanwhile.
     */
    boolean cameOnWithin(Duration idle) {
        boolean[] on = {false};
        Pause.pause(new Condition("the display idle for " + idle.toMillis() + " ms") {
            @Override
            public boolean test() {
                X11.Info info = query();
                on[0] |= info.state == X11.SCREEN_SAVER_ON;
                return info.idle.longValue() >= idle.toMillis();
            }
        }, Timeout.timeout(idle.toMillis() + 5_000));
        return on[0];
    }

    /** Waits (bounded) for the saver to come on; true when it did. */
    boolean comesOn(Duration within) {
        boolean[] on = {false};
        try {
            Pause.pause(new Condition("the screen saver on") {
                @Override
                public boolean test() {
                    on[0] = query().state == X11.SCREEN_SAVER_ON;
                    return on[0];
                }
            }, Timeout.timeout(within.toMillis()));
        } catch (WaitTimedOutError e) {
            return false;
        }
        return true;
    }

    @Override
    public void close() {
        xlib.XSetScreenSaver(display, saved[0].getValue(), saved[1].getValue(), saved[2].getValue(),
                saved[3].getValue());
        xlib.XForceScreenSaver(display, X11.SCREEN_SAVER_RESET);
        xlib.XFlush(display);
        xlib.XCloseDisplay(display);
    }
}
