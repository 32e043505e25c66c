package app.holdpoint.ui.kiosk;

import javax.swing.JFrame;

/**
 * The kiosk window and which screen it shows: first administrator, interrupted sessions, sign-in, picker,
 * session flow, settings, audit. Exit only with an administrator's PIN. (Contract stub: being built.)
 */
public final class KioskController {
    private final KioskServices services;
    private final boolean fullScreen;
    private final Runnable onExit;
    private JFrame frame;

    /**
     * @param fullScreen undecorated, on top and covering the screen; false for {@code --windowed}
     * @param onExit     called on the Event Dispatch Thread after an administrator authorised the exit and the
     *                   window is gone: the caller closes the store and the process
     */
    public KioskController(KioskServices services, boolean fullScreen, Runnable onExit) {
        this.services = services;
        this.fullScreen = fullScreen;
        this.onExit = onExit;
    }

    /** Builds and shows the window on the first screen that applies. Call on the Event Dispatch Thread. */
    public void start() {
        frame = new JFrame(services.text().get("app.title"));
    }

    public JFrame frame() {
        return frame;
    }
}
