package app.holdpoint.ui.platform;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the display from blanking while a session runs, and lets the system's own power and screen-saver
 * settings apply again afterwards. Both calls are idempotent and made on the Event Dispatch Thread.
 *
 * <p>Where the platform offers no way from Java (Wayland, an X server without the screen-saver extension, a
 * missing library) the kiosk gets a no-op with a {@link #limitation()} it logs, so the clinic knows to set the
 * system's blanking off for the kiosk user instead (docs/deployment.md).
 */
public interface DisplayAwake {

    /** From now until {@link #release()}, the display stays on. */
    void keepAwake();

    /** The system's settings apply again. */
    void release();

    /** Why the display may still blank during a session, in words for the log; empty when it cannot. */
    Optional<String> limitation();

    /** Does nothing: for tests and for platforms without a way. */
    static DisplayAwake none(String why) {
        return new DisplayAwake() {
            @Override
            public void keepAwake() {
            }

            @Override
            public void release() {
            }

            @Override
            public Optional<String> limitation() {
                return Optional.of(why);
            }
        };
    }

    /**
     * The way this system offers: X11's screen-saver extension, Windows' execution state, else a no-op saying
     * why. Never throws; a native library that cannot be loaded gives the no-op.
     *
     * @param env the process environment (DISPLAY, WAYLAND_DISPLAY, XDG_SESSION_TYPE)
     */
    static DisplayAwake forThisSystem(Map<String, String> env) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        try {
            if (os.startsWith("windows")) {
                return new WindowsDisplayAwake();
            }
            boolean wayland = "wayland".equalsIgnoreCase(env.getOrDefault("XDG_SESSION_TYPE", ""))
                    || env.containsKey("WAYLAND_DISPLAY");
            String waylandLimit = "a Wayland session: Java cannot ask the compositor to keep the display on "
                    + "(idle-inhibit needs a Wayland surface, and XWayland may not pass the X screen-saver call "
                    + "on), so turn screen blanking off for the kiosk user or use an X11 session";
            if (env.containsKey("DISPLAY")) {
                // Under Wayland the X call is still made through XWayland: harmless, and it may help.
                return X11DisplayAwake.open(env.get("DISPLAY"), wayland ? Optional.of(waylandLimit)
                        : Optional.empty());
            }
            if (wayland) {
                return none(waylandLimit);
            }
            return none("no X11 display and not Windows: the system's blanking settings apply");
        } catch (LinkageError | RuntimeException e) {
            return none("the screen-saver interface could not be reached (" + e.getMessage()
                    + "): the system's blanking settings apply");
        }
    }
}
