package app.holdpoint;

import java.awt.GraphicsEnvironment;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.swing.SwingUtilities;

import app.holdpoint.cli.CentralSetting;
import app.holdpoint.cli.HoldpointCommand.KioskRequest;
import app.holdpoint.cli.UserError;
import app.holdpoint.protocol.load.ProtocolLibrary;
import app.holdpoint.session.Ticker;
import app.holdpoint.store.DailyBackup;
import app.holdpoint.store.StoreConfig;
import app.holdpoint.store.StoreException;
import app.holdpoint.ui.common.FailureText;
import app.holdpoint.store.Stores;
import app.holdpoint.store.replication.CentralRecord;
import app.holdpoint.store.replication.Replicator;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.shell.KioskController;
import app.holdpoint.ui.shell.ShownAtOnce;
import app.holdpoint.ui.common.KioskServices;
import app.holdpoint.ui.settings.LiveSettings;
import app.holdpoint.ui.shell.StartupProblem;
import app.holdpoint.ui.platform.DisplayAwake;
import app.holdpoint.ui.common.WakeScheduler;
import app.holdpoint.ui.sound.CuePlayer;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.theme.UiScale;

/**
 * Opens the kiosk: theme, log, store (with the data folder's kiosk lock and crash recovery), sound, then the
 * window (built while the store opens); the protocol library once the first screen is up. A store that cannot
 * open takes the window down and is shown as a plain message, and the process ends; after that the kiosk only
 * ends through an administrator's exit.
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
        StartupTrace.mark("open");
        Path data = request.settings().dataDirectory();
        KioskLog.install(data);
        LiveSettings settings = LiveSettings.load(data);
        // The language is read once: screens build their words when they are made, so a change applies at the next
        // start (Settings says so).
        Locale language = settings.current().language().locale(Locale.getDefault());
        Text text = new Text(language);
        // The database, the protocol files and the look and feel are independent: on a two-core tablet opening
        // them side by side is most of the difference between a quick and a slow start.
        CompletableFuture<Stores.Opened> store = CompletableFuture.supplyAsync(() -> {
            Stores.Opened opening = Stores.forKiosk(data, request.settings().jdbcUrl(), request.settings().login(),
                    StoreConfig.forThisMachine("kiosk"));
            StartupTrace.mark("store opened");
            return opening;
        });
        // No first screen shows a protocol: the library is read once the first screen is up, not beside it.
        OnceInBackground<ProtocolLibrary.Loaded> protocols = new OnceInBackground<>("holdpoint-protocols", () -> {
            ProtocolLibrary.Loaded loaded = ProtocolLibrary.load(request.settings().protocols(), language);
            // A translation file that does not read leaves its words in the protocol's language; say where in the log.
            loaded.translations().problems().forEach(problem -> LOG.warning("protocol translation: " + problem));
            StartupTrace.mark("protocols loaded");
            return loaded;
        });
        float scale = UiScale.choose(request.scale().or(() -> settings.current().scale()), screenSize());
        Theme theme = onEdt(() -> {
            Theme installed = Theme.install(settings.current().theme(), scale);
            ShownAtOnce.install();
            StartupTrace.mark("look and feel installed");
            return installed;
        });
        LOG.info("UI scale " + scale + " for a " + screenSize().width + "x" + screenSize().height + " screen");

        CuePlayer sound = CuePlayer.withSystemAudio();
        ExecutorService reads = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "holdpoint-reads");
            thread.setDaemon(true);
            return thread;
        });
        // Known once the store is open; the status strip asks for it from then on.
        AtomicReference<Optional<Replicator>> replicator = new AtomicReference<>(Optional.empty());
        // The window and its first card are built while the store opens: the first screen's read waits for it on the
        // reads thread (StoreWhenOpen), never on the Event Dispatch Thread.
        KioskServices services = new KioskServices(StoreWhenOpen.of(store.thenApply(Stores.Opened::store)), protocols,
                theme, text, Ticker.system(), Clock.systemDefaultZone(), WakeScheduler::swingTimer, sound, reads, data,
                settings, () -> replicator.get().map(Replicator::status));
        services.applySound(settings.current());
        // Set once the store is open; an administrator's exit needs a signed-in administrator, so comes after.
        AtomicReference<Runnable> closeAll = new AtomicReference<>(() -> System.exit(0));
        Runnable exit = () -> new Thread(closeAll.get(), "holdpoint-exit").start();
        KioskController controller = onEdt(() -> {
            KioskController shown = new KioskController(services, !request.windowed(), exit);
            if (ReadyMarker.training()) {
                // The training run records the classes of every screen, not only of the first.
                shown.whenInteractive(shown::buildAllScreens);
            }
            // Queued behind the first screen's content and its paint: from here a tap is answered.
            shown.whenInteractive(() -> StartupTrace.mark("first screen interactive"));
            shown.whenInteractive(protocols::start);
            shown.whenInteractive(() -> SwingUtilities.invokeLater(ReadyMarker::announce));
            // Loading JNA (which runs ldconfig to find the library) and connecting to the display cost a tenth of
            // a second of CPU: after the first screen, not competing with it. A session needs a sign-in first.
            shown.whenInteractive(() -> keepDisplayAwake(shown));
            shown.start();
            StartupTrace.mark("window shown");
            return shown;
        });

        Stores.Opened opened;
        try {
            opened = Stores.await(store);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the kiosk could not open its store", e);
            // A StoreException says what to do; anything else is a fault of ours, named but not dumped.
            String problem = e instanceof StoreException ? FailureText.reason(e, text)
                    : text.get("startup.failed", data.resolve("logs"));
            onEdt(() -> {
                controller.dispose();
                StartupProblem.show(theme, text, problem);
                return null;
            });
            throw new UserError(problem);
        }
        Optional<StoreException> rolledBack = opened.rollbackProblem();
        if (rolledBack.isPresent()) {
            LOG.severe(rolledBack.get().getMessage());
            // Modal over the kiosk's first screen: nothing there takes a tap until it is dismissed.
            onEdt(() -> {
                StartupProblem.warn(theme, text, FailureText.reason(rolledBack.get(), text));
                return null;
            });
        }
        if (opened.recovered() > 0) {
            LOG.info(opened.recovered() + " session(s) left running by a stopped process are now interrupted");
        }
        replicator.set(request.central().flatMap(central -> replicate(opened, central)));
        ScheduledExecutorService backups = dailyBackups(new DailyBackup(opened.database(), data, Clock.systemUTC()));
        closeAll.set(new KioskExit(List.of(backups::shutdownNow, sound::close, reads::shutdown,
                () -> replicator.get().ifPresent(Replicator::close), opened::close), System::exit));
        StartupTrace.mark("services ready");
        open = true;
    }

    /** Hands the controller the way this system keeps the display awake, once found on a thread of its own. */
    private static void keepDisplayAwake(KioskController controller) {
        Thread thread = new Thread(() -> {
            DisplayAwake awake = DisplayAwake.forThisSystem(System.getenv());
            awake.limitation().ifPresent(why -> LOG.warning("the display may blank during a session: " + why));
            SwingUtilities.invokeLater(() -> controller.keepDisplayAwakeWith(awake));
        }, "holdpoint-display-awake");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Starts copying sealed sessions to the central record on the replicator's own thread, nudged by each seal
     * and addendum. A kiosk whose record
     * cannot be prepared for it still runs sessions (they stay on the kiosk); the log says why.
     */
    private static Optional<Replicator> replicate(Stores.Opened opened, CentralSetting central) {
        try {
            Replicator replicator = Replicator.forKiosk(opened.database(), CentralRecord.at(central.url(),
                    central.login()), StoreConfig.forThisMachine("kiosk").kioskId(), Clock.systemUTC());
            replicator.start(status -> LOG.fine("central record: " + status));
            // A seal or an addendum goes to the central record right after its commit, not at the next poll.
            opened.store().onSealed(replicator::nudge);
            LOG.info("copying sealed sessions to the central record at " + central.url() + " as kiosk '"
                    + replicator.origin() + "'");
            return Optional.of(replicator);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the central record is not used: this kiosk's record could not be prepared", e);
            return Optional.empty();
        }
    }

    /**
     * The daily backup on a thread of its own (never the EDT): first a few minutes after the start, so it does not
     * compete with it, then hourly checks whether a day has passed. It is online: sessions go on being recorded.
     */
    private static ScheduledExecutorService dailyBackups(DailyBackup daily) {
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "holdpoint-backup");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        thread.scheduleWithFixedDelay(daily::runIfDue, 3, 60, TimeUnit.MINUTES);
        return thread;
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
