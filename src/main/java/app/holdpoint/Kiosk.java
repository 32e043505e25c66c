package app.holdpoint;

import java.awt.GraphicsEnvironment;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.swing.SwingUtilities;

import app.holdpoint.cli.HoldpointCommand.KioskRequest;
import app.holdpoint.cli.UserError;
import app.holdpoint.protocol.load.ProtocolLibrary;
import app.holdpoint.session.Ticker;
import app.holdpoint.store.StoreConfig;
import app.holdpoint.store.StoreException;
import app.holdpoint.store.Stores;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.flow.KioskSettings;
import app.holdpoint.ui.kiosk.KioskController;
import app.holdpoint.ui.kiosk.KioskServices;
import app.holdpoint.ui.kiosk.LiveSettings;
import app.holdpoint.ui.kiosk.StartupProblem;
import app.holdpoint.ui.run.WakeScheduler;
import app.holdpoint.ui.sound.CuePlayer;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.theme.UiScale;

/**
 * Opens the kiosk: theme, log, store (with the data folder's kiosk lock and crash recovery), protocol library,
 * sound, then the window. A problem before the window exists is shown as a plain message and the process ends;
 * after that the kiosk only ends through an administrator's exit.
 */
final class Kiosk {
    private static final Logger LOG = Logger.getLogger(Kiosk.class.getName());
    private static volatile boolean open;

    private Kiosk() {
    }

    static boolean isOpen() {
        return open;
    }

    static void open(KioskRequest request) {
        if (GraphicsEnvironment.isHeadless()) {
            throw new UserError("the kiosk needs a display; use a command such as 'validate' or 'plan' "
                    + "on a machine without one (see --help)");
        }
        Path data = request.settings().dataDirectory();
        KioskLog.install(data);
        LiveSettings settings = LiveSettings.load(data);
        // The language is read once: screens build their words when they are made, so a change applies at the next
        // start (Settings says so).
        Locale language = settings.current().language().locale(Locale.getDefault());
        Text text = new Text(language);
        // The database, the protocol files and the look and feel are independent: on a two-core tablet opening
        // them side by side is most of the difference between a quick and a slow start.
        CompletableFuture<Stores.Opened> store = CompletableFuture.supplyAsync(() -> Stores.forKiosk(data,
                request.settings().jdbcUrl(), StoreConfig.forThisMachine("kiosk")));
        CompletableFuture<ProtocolLibrary.Loaded> protocols = CompletableFuture.supplyAsync(() ->
                ProtocolLibrary.load(request.settings().protocols(), language));
        float scale = UiScale.choose(request.scale().or(() -> settings.current().scale()), screenSize());
        Theme theme = onEdt(() -> Theme.install(settings.current().theme() == KioskSettings.Theme.LIGHT
                ? Theme.Variant.LIGHT : Theme.Variant.DARK, scale));
        LOG.info("UI scale " + scale + " for a " + screenSize().width + "x" + screenSize().height + " screen");

        Stores.Opened opened;
        try {
            opened = Stores.await(store);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the kiosk could not open its store", e);
            // A StoreException says what to do; anything else is a fault of ours, named but not dumped.
            String problem = e instanceof StoreException ? e.getMessage()
                    : text.get("startup.failed", data.resolve("logs"));
            onEdt(() -> {
                StartupProblem.show(theme, text, problem);
                return null;
            });
            throw new UserError(problem);
        }
        if (opened.recovered() > 0) {
            LOG.info(opened.recovered() + " session(s) left running by a stopped process are now interrupted");
        }
        ProtocolLibrary.Loaded library = protocols.join();
        // A translation file that does not read leaves its words in the protocol's language; say where in the log.
        library.translations().problems().forEach(problem -> LOG.warning("protocol translation: " + problem));
        CuePlayer sound = CuePlayer.withSystemAudio();
        sound.setVolume(settings.current().volume() / 100.0);
        sound.setMuted(settings.current().muted());
        ExecutorService reads = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "holdpoint-reads");
            thread.setDaemon(true);
            return thread;
        });
        KioskServices services = new KioskServices(opened.store(), library, theme, text, Ticker.system(),
                Clock.systemDefaultZone(), WakeScheduler::swingTimer, sound, reads, data, settings);

        open = true;
        Runnable exit = () -> {
            // Off the EDT: closing the store waits for queued writes to commit.
            Thread closer = new Thread(() -> {
                sound.close();
                reads.shutdown();
                opened.close();
                LOG.info("kiosk closed by an administrator");
                System.exit(0);
            }, "holdpoint-exit");
            closer.start();
        };
        SwingUtilities.invokeLater(() -> {
            KioskController controller = new KioskController(services, !request.windowed(), exit);
            // Queued behind the first screen's content and its paint: from here a tap is answered.
            controller.whenInteractive(() -> SwingUtilities.invokeLater(ReadyMarker::announce));
            controller.start();
        });
    }

    /** The primary screen in logical pixels (after the system's own HiDPI scaling). */
    private static java.awt.Dimension screenSize() {
        java.awt.Rectangle bounds = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                .getDefaultConfiguration().getBounds();
        return bounds.getSize();
    }

    private static <T> T onEdt(java.util.concurrent.Callable<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                try {
                    result.set(work.call());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted while starting");
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
        return result.get();
    }
}
