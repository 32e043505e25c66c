package app.holdpoint.ui.shell;

import app.holdpoint.testsupport.Edt;
import app.holdpoint.testsupport.ManualWakes;
import app.holdpoint.testsupport.SettableClock;
import app.holdpoint.testsupport.TestProtocols;
import app.holdpoint.testsupport.TestStores;
import app.holdpoint.ui.common.KioskServices;
import app.holdpoint.ui.settings.LiveSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.imageio.ImageIO;

import javax.sound.sampled.LineUnavailableException;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.JRootPane;
import javax.swing.text.JTextComponent;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.exception.WaitTimedOutError;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JPanelFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.load.ProtocolLibrary;
import app.holdpoint.session.EndedBy;
import app.holdpoint.session.EventType;
import app.holdpoint.session.FakeTicker;
import app.holdpoint.session.SessionEvent;
import app.holdpoint.store.NewSession;
import app.holdpoint.store.Role;
import app.holdpoint.store.SessionStore;
import app.holdpoint.store.StoreConfig;
import app.holdpoint.store.Stores;
import app.holdpoint.store.Therapist;
import app.holdpoint.testsupport.Components;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.settings.KioskSettings;
import app.holdpoint.ui.common.WakeScheduler;
import app.holdpoint.ui.sound.CuePlayer;
import app.holdpoint.ui.theme.Theme;
import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * A whole kiosk for a test: a real H2 store in a temporary folder (fast PIN hashing, a fixed wall clock), the
 * shipped protocols, a fake ticker, manual wake-ups, a silent cue player and a windowed controller driven by an
 * AssertJ-Swing robot. Build it, seed the store if needed, {@link #start()}, and {@link #close()} it after.
 */
public final class KioskFixture implements AutoCloseable {
    public static final Instant T0 = SettableClock.T0;
    public static final Duration WAIT = Duration.ofSeconds(20);

    public final Path dataDirectory;
    public final Clock clock = SettableClock.fixedAtT0();
    public final FakeTicker ticker = new FakeTicker();
    public final ManualWakes wakes = new ManualWakes();
    public final AtomicInteger exits = new AtomicInteger();
    public final Theme theme;
    /** The kiosk's words in the language its settings choose, as on a system whose locale is English. */
    public final Text text;
    public final CuePlayer sound = new CuePlayer(format -> {
        throw new LineUnavailableException("tests are silent");
    });
    private final ExecutorService reads = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "test-kiosk-reads");
        thread.setDaemon(true);
        return thread;
    });
    private final Stores.Opened opened;
    public final SessionStore store;
    public final KioskServices services;
    public final KioskController controller;
    private Robot robot;
    public FrameFixture window;
    private final java.util.Map<String, RuntimeException> failing = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, Object> answers = new java.util.concurrent.ConcurrentHashMap<>();

    /** A kiosk on {@code dataDirectory} with the shipped protocols. */
    public KioskFixture(Path dataDirectory) {
        this(dataDirectory, TestProtocols.shipped(), dataDirectory);
    }

    /**
     * @param settingsDirectory where {@code kiosk.properties} is written (a path that cannot be written makes
     *                          saving fail)
     */
    public KioskFixture(Path dataDirectory, ProtocolLibrary.Loaded library, Path settingsDirectory) {
        this(dataDirectory, library, settingsDirectory, false);
    }

    /**
     * @param fullScreen the kiosk as {@code ./run.sh} opens it: undecorated, on top, covering the screen (the
     *                   test display's, 1280×800 under the README's command)
     */
    public KioskFixture(Path dataDirectory, ProtocolLibrary.Loaded library, Path settingsDirectory,
                        boolean fullScreen) {
        this.dataDirectory = dataDirectory;
        this.theme = GuiActionRunner.execute(() -> Theme.install(Theme.Variant.DARK));
        this.opened = Stores.forKiosk(dataDirectory, Optional.empty(), config());
        this.store = failingWhenTold(opened.store());
        Supplier<WakeScheduler> wakeSupplier = () -> wakes;
        KioskSettings settings = KioskSettings.load(settingsDirectory);
        this.text = new Text(settings.language().locale(Locale.ENGLISH));
        this.services = new KioskServices(store, library, theme, text, ticker, clock, wakeSupplier, sound, reads,
                dataDirectory, new LiveSettings(settingsDirectory, settings));
        this.controller = new KioskController(services, fullScreen, exits::incrementAndGet);
    }

    /**
     * From now on the store's method {@code method} fails with {@code failure}, as the kiosk calls it (a read-only
     * record, a raw system failure): a call that answers later answers with the failure, any other throws it.
     */
    public void failStore(String method, RuntimeException failure) {
        failing.put(method, failure);
    }

    /** From now on the store's method {@code method} answers {@code answer} (an empty Optional, say). */
    public void answerStore(String method, Object answer) {
        answers.put(method, answer);
    }

    private SessionStore failingWhenTold(SessionStore real) {
        return (SessionStore) java.lang.reflect.Proxy.newProxyInstance(SessionStore.class.getClassLoader(),
                new Class<?>[] {SessionStore.class}, (proxy, method, args) -> {
                    RuntimeException failure = failing.get(method.getName());
                    if (failure != null) {
                        if (method.getReturnType() == java.util.concurrent.CompletableFuture.class) {
                            return java.util.concurrent.CompletableFuture.failedFuture(failure);
                        }
                        throw failure;
                    }
                    if (answers.containsKey(method.getName())) {
                        return answers.get(method.getName());
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** What every test store uses: cheap PIN hashing and the fixed clock. */
    public static StoreConfig config() {
        return TestStores.fastPins(SettableClock.fixedAtT0());
    }

    /**
     * Writes to the data folder as a kiosk that then died would have: whatever {@code seed} does is committed,
     * and sessions it leaves running are found interrupted by the next kiosk.
     */
    public static void seed(Path dataDirectory, Consumer<SessionStore> seed) {
        try (Stores.Opened before = Stores.forKiosk(dataDirectory, Optional.empty(), config())) {
            seed.accept(before.store());
        }
    }

    public static Therapist therapist(SessionStore store, String name, Role role, String pin) {
        return Stores.await(store.createTherapist(name, role, pin.toCharArray()));
    }

    /** Begins a session of the first shipped protocol and records {@code phases} finished phases. */
    public static long runningSession(SessionStore store, Therapist therapist, String client, int phases) {
        Protocol protocol = TestProtocols.first();
        long id = Stores.await(store.beginSession(new NewSession(therapist.id(), client, Optional.of(Side.LEFT),
                protocol, T0, OptionalInt.of(6), List.of(new NewSession.ScreeningAnswer("fever", false)),
                Optional.empty(), true)));
        int seq = 0;
        Stores.await(store.append(id, event(seq++, EventType.SESSION_STARTED, -1, 0, 0, null)));
        for (int phase = 0; phase < phases; phase++) {
            Stores.await(store.append(id, event(seq++, EventType.PHASE_STARTED, phase, 30_000, 0, null)));
            Stores.await(store.append(id, event(seq++, EventType.PHASE_ENDED, phase, 30_000, 30_000,
                    EndedBy.TIMER)));
        }
        return id;
    }

    private static SessionEvent event(int seq, EventType type, int phase, long planned, long actual, EndedBy by) {
        return new SessionEvent(seq, type, seq * 1_000_000_000L, T0.plusSeconds(seq), phase, planned, actual, by,
                "");
    }

    /** A protocols folder with the shipped catalog, one shipped protocol and one broken file. */
    public static ProtocolLibrary.Loaded libraryWithInvalidFile(Path folder) {
        try {
            Path shipped = TestProtocols.FOLDER;
            Files.createDirectories(folder.resolve("catalog"));
            try (var files = Files.list(shipped.resolve("catalog"))) {
                for (Path file : files.toList()) {
                    Files.copy(file, folder.resolve("catalog").resolve(file.getFileName()));
                }
            }
            Files.copy(shipped.resolve("tension-type-headache.yaml"), folder.resolve("tension-type-headache.yaml"));
            Files.writeString(folder.resolve("neck-broken.yaml"), "id: neck-broken\ntitle: Neck (broken)\n"
                    + "version: 1\ncondition: headache-migraine\nsteps:\n  - kind: hold\n    press: sixty\n");
            return ProtocolLibrary.load(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shows the kiosk (windowed) and attaches a robot to it. */
    public KioskFixture start() {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        GuiActionRunner.execute(controller::start);
        window = new FrameFixture(robot, controller.frame());
        return this;
    }

    public void waitForScreen(KioskController.Screen screen) {
        waitUntil("the kiosk shows " + screen, () -> controller.showing() == screen);
    }

    /** Waits (for background reads and store writes) until {@code check}, run on the EDT, holds. */
    public void waitUntil(String description, Supplier<Boolean> check) {
        try {
            Edt.waitFor(description, Timeout.timeout(WAIT.toMillis()), check::get);
        } catch (WaitTimedOutError e) {
            throw new AssertionError(e.getMessage() + "; the window showed " + visibleText()
                    + " (picture: " + failedWaitShot(description) + ")", e);
        }
    }

    /** The texts of every label and text component showing, in tree order: what a person would have read. */
    private String visibleText() {
        return Edt.call(() -> {
            List<String> texts = new ArrayList<>();
            collectText(controller.frame().getRootPane(), texts);
            return texts.toString();
        });
    }

    private static void collectText(Container parent, List<String> texts) {
        for (Component child : parent.getComponents()) {
            if (!child.isShowing()) {
                continue;
            }
            String shown = child instanceof JLabel label ? label.getText()
                    : child instanceof JTextComponent field ? field.getText()
                    : child instanceof AbstractButton button ? "[" + button.getText() + "]" : null;
            if (shown != null && !shown.isBlank()) {
                texts.add(shown.strip());
            }
            if (child instanceof Container container) {
                collectText(container, texts);
            }
        }
    }

    /** A picture of the window when a wait failed, under {@code target/failed-waits/}; never the docs' folder. */
    private String failedWaitShot(String description) {
        String previous = System.getProperty("holdpoint.shots");
        try {
            System.setProperty("holdpoint.shots", "target/failed-waits");
            String name = description.replaceAll("[^A-Za-z0-9]+", "-");
            shot(name);
            return "target/failed-waits/" + name + ".png";
        } catch (RuntimeException e) {
            return "none: " + e;
        } finally {
            if (previous == null) {
                System.clearProperty("holdpoint.shots");
            } else {
                System.setProperty("holdpoint.shots", previous);
            }
        }
    }

    /** Types a PIN on the pad inside {@code scope} and presses OK. */
    public static void enterPin(JPanelFixture scope, String pin) {
        for (char c : pin.toCharArray()) {
            scope.button("key." + c).click();
        }
        scope.button("key.ok").click();
    }

    /** Signs in as an administrator and opens Settings from the picker. */
    public void openSettingsAs(String admin, String pin) {
        signIn(admin, pin);
        waitForScreen(KioskController.Screen.PICKER);
        window.button("picker.settings").click();
        waitForScreen(KioskController.Screen.SETTINGS);
    }

    /** Taps a therapist's tile and enters the PIN. */
    public void signIn(String name, String pin) {
        waitForScreen(KioskController.Screen.SIGN_IN);
        waitUntil("the tile of " + name + " is shown", () -> showing("tile." + name));
        // The sign-in list is read in the background and may be rebuilt just after it first shows (a new
        // administrator, a lock-out): a tap on a tile that was replaced meanwhile opens nothing, and a person
        // would tap again. So does the test, at most three times, each time on the tile now showing.
        for (int attempt = 1; ; attempt++) {
            window.robot().waitForIdle();
            window.button("tile." + name).click();
            try {
                Pause.pause(new Condition("the PIN entry of " + name + " is shown") {
                    @Override
                    public boolean test() {
                        return GuiActionRunner.execute(() -> {
                            Component pad = find(controller.frame().getRootPane(), "signIn.pin");
                            return pad != null && pad.isShowing();
                        });
                    }
                }, Timeout.timeout(5_000));
                break;
            } catch (WaitTimedOutError e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
        enterPin(window.panel("signIn.pin"), pin);
    }

    /** The administrator overlay's PIN entry, once it lists the administrators. */
    public JPanelFixture adminOverlay(String admin) {
        waitUntil("the administrator overlay lists " + admin, () -> controller.adminOverlay().isOpen()
                && controller.adminOverlay().isShowing() && findToggle(admin));
        return window.panel("adminOverlay.pin");
    }

    /** The component of that name anywhere in the window, glass pane included; call on the EDT. */
    public <T extends Component> T named(String name, Class<T> type) {
        Component found = find(controller.frame().getRootPane(), name);
        if (found == null) {
            throw new AssertionError("no component named " + name);
        }
        return type.cast(found);
    }

    /** Whether a component of that name is in the window (glass pane included) and showing; call on the EDT. */
    public boolean showing(String name) {
        Component found = find(controller.frame().getRootPane(), name);
        return found != null && found.isShowing();
    }

    private boolean findToggle(String admin) {
        return find(controller.adminOverlay(), "admin." + admin) != null;
    }

    private static Component find(Container parent, String name) {
        return Components.named(parent, name);
    }

    /** Paints the whole window (overlay included) into {@code target/screenshots/<name>.png} (or {@code -Dholdpoint.shots}) and returns the image. */
    public BufferedImage shot(String name) {
        BufferedImage image = GuiActionRunner.execute(() -> {
            JRootPane root = controller.frame().getRootPane();
            root.validate();
            BufferedImage painted = new BufferedImage(root.getWidth(),
                    root.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = painted.createGraphics();
            root.paint(g);
            g.dispose();
            return painted;
        });
        try {
            Path folder = Path.of(System.getProperty("holdpoint.shots", "target/screenshots"));
            Files.createDirectories(folder);
            ImageIO.write(image, "png", folder.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return image;
    }

    @Override
    public void close() {
        if (window != null) {
            window.cleanUp();
        } else if (robot != null) {
            robot.cleanUp();
        }
        GuiActionRunner.execute(controller::dispose);
        sound.close();
        reads.shutdown();
        try {
            reads.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        opened.close();
    }
}
