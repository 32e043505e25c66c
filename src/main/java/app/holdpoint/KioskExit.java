package app.holdpoint;

import java.util.List;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An administrator's exit from the kiosk: closes what is open (the store last, so queued writes commit) and
 * ends the process with {@link #STATUS}. The systemd user unit restarts Holdpoint only on failure, so this
 * status is what keeps an administrator's exit from being undone (packaging/holdpoint.service).
 */
final class KioskExit implements Runnable {
    /** The exit status of an administrator's exit: success, never restarted. */
    static final int STATUS = 0;
    private static final Logger LOG = Logger.getLogger(KioskExit.class.getName());

    private final List<AutoCloseable> toClose;
    private final IntConsumer exitProcess;

    /**
     * @param toClose     closed in order; a failure is logged and the rest still close
     * @param exitProcess ends the process ({@code System::exit} in the kiosk)
     */
    KioskExit(List<AutoCloseable> toClose, IntConsumer exitProcess) {
        this.toClose = List.copyOf(toClose);
        this.exitProcess = exitProcess;
    }

    @Override
    public void run() {
        for (AutoCloseable closeable : toClose) {
            try {
                closeable.close();
            } catch (Exception | LinkageError e) {
                // The administrator asked to stop: a restart would bring the kiosk back against their choice.
                // The store recovers anything left open at the next start.
                LOG.log(Level.WARNING, "closing at exit failed", e);
            }
        }
        LOG.info("kiosk closed by an administrator");
        exitProcess.accept(STATUS);
    }
}
