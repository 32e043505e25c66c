package app.holdpoint.ui.platform;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.IntByReference;

/**
 * The few Xlib and X screen-saver extension (libXss) calls Holdpoint makes, bound with JNA. The versioned file
 * names come first: a machine without the -dev packages has libX11.so.6 and libXss.so.1 only.
 */
final class X11 {
    /** XScreenSaverInfo.state values (X11/extensions/saver.h). */
    static final int SCREEN_SAVER_OFF = 0;
    static final int SCREEN_SAVER_ON = 1;
    static final int SCREEN_SAVER_DISABLED = 3;
    /** XForceScreenSaver modes. */
    static final int SCREEN_SAVER_RESET = 0;

    private X11() {
    }

    interface Xlib extends Library {
        Pointer XOpenDisplay(String name);

        int XCloseDisplay(Pointer display);

        int XFlush(Pointer display);

        NativeLong XDefaultRootWindow(Pointer display);

        int XSetScreenSaver(Pointer display, int timeout, int interval, int preferBlanking, int allowExposures);

        int XGetScreenSaver(Pointer display, IntByReference timeout, IntByReference interval,
                            IntByReference preferBlanking, IntByReference allowExposures);

        int XForceScreenSaver(Pointer display, int mode);
    }

    interface Xss extends Library {
        boolean XScreenSaverQueryExtension(Pointer display, IntByReference eventBase, IntByReference errorBase);

        void XScreenSaverSuspend(Pointer display, boolean suspend);

        int XScreenSaverQueryInfo(Pointer display, NativeLong drawable, Info info);
    }

    /** XScreenSaverInfo. */
    @Structure.FieldOrder({"window", "state", "kind", "tilOrSince", "idle", "eventMask"})
    public static final class Info extends Structure {
        public NativeLong window;
        public int state;
        public int kind;
        public NativeLong tilOrSince;
        public NativeLong idle;
        public NativeLong eventMask;
    }

    static Xlib xlib() {
        return load(Xlib.class, "libX11.so.6", "X11");
    }

    static Xss xss() {
        return load(Xss.class, "libXss.so.1", "Xss");
    }

    private static <T extends Library> T load(Class<T> type, String... names) {
        UnsatisfiedLinkError last = null;
        for (String name : names) {
            try {
                return Native.load(name, type);
            } catch (UnsatisfiedLinkError e) {
                last = e;
            }
        }
        throw new UnsatisfiedLinkError("library " + names[names.length - 1] + " not found: "
                + (last == null ? "" : last.getMessage()));
    }
}
