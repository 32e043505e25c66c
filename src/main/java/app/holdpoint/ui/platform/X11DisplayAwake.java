package app.holdpoint.ui.platform;

import java.util.Optional;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;

/**
 * X11: suspends the X server's screen saver (and its DPMS blanking) through the screen-saver extension on a
 * connection of our own. The server undoes a suspension when the connection closes, so a kiosk that dies
 * never leaves the display on for good.
 */
final class X11DisplayAwake implements DisplayAwake {
    private final X11.Xss xss;
    private final X11.Xlib xlib;
    private final Pointer display;
    private final Optional<String> limitation;
    private boolean suspended;

    private X11DisplayAwake(X11.Xlib xlib, X11.Xss xss, Pointer display, Optional<String> limitation) {
        this.xlib = xlib;
        this.xss = xss;
        this.display = display;
        this.limitation = limitation;
    }

    /**
     * Connects to the display; a no-op with a limitation when the libraries, the display or the extension is
     * missing.
     *
     * @param limitation what to say even when the call works (under XWayland it may not reach the compositor)
     */
    static DisplayAwake open(String displayName, Optional<String> limitation) {
        X11.Xlib xlib = X11.xlib();
        X11.Xss xss = X11.xss();
        Pointer display = xlib.XOpenDisplay(displayName);
        if (display == null) {
            return DisplayAwake.none("the X display " + displayName + " could not be opened for the screen saver");
        }
        if (!xss.XScreenSaverQueryExtension(display, new IntByReference(), new IntByReference())) {
            xlib.XCloseDisplay(display);
            return DisplayAwake.none("the X server has no screen-saver extension: the system's blanking "
                    + "settings apply");
        }
        return new X11DisplayAwake(xlib, xss, display, limitation);
    }

    @Override
    public void keepAwake() {
        set(true);
    }

    @Override
    public void release() {
        set(false);
    }

    private void set(boolean suspend) {
        if (suspended == suspend) {
            return;
        }
        xss.XScreenSaverSuspend(display, suspend);
        xlib.XFlush(display);
        suspended = suspend;
    }

    @Override
    public Optional<String> limitation() {
        return limitation;
    }
}
