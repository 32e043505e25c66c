package app.holdpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import javax.swing.SwingUtilities;
import java.util.logging.Handler;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;
import java.util.Locale;
import java.awt.Toolkit;

/**
 * The kiosk's log: rotating files in the data folder's {@code logs/}, where an administrator finds the details
 * the screen never shows. An uncaught exception is logged there; a kiosk never shows a stack trace.
 */
final class KioskLog {
    private static final Logger LOG = Logger.getLogger("app.holdpoint");

    private KioskLog() {
    }

    static void install(Path dataDirectory) {
        Path folder = dataDirectory.resolve("logs");
        try {
            Files.createDirectories(folder);
            FileHandler file = new FileHandler(folder.resolve("holdpoint-%g.log").toString(), 2_000_000, 5, true);
            file.setFormatter(new SimpleFormatter());
            LOG.addHandler(file);
        } catch (IOException | RuntimeException e) {
            // A read-only or full disk must not stop the kiosk; the console handler still logs.
            LOG.log(Level.WARNING, "cannot write the log in " + folder + ": " + e.getMessage());
        }
        // The console (a terminal, if any) gets one line per record; the stack traces are in the file.
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.setFormatter(new Formatter() {
                @Override
                public String format(LogRecord record) {
                    return "holdpoint: " + record.getLevel().getLocalizedName().toLowerCase(Locale.ROOT)
                            + ": " + formatMessage(record) + System.lineSeparator();
                }
            });
        }
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.log(Level.SEVERE, "uncaught on " + thread.getName(), error);
            if (SwingUtilities.isEventDispatchThread()) {
                // The screen stays as it was; the EDT carries on with the next event.
                Toolkit.getDefaultToolkit().beep();
            }
        });
    }
}
