package app.holdpoint.ui.session;

import java.awt.Component;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import javax.swing.JFrame;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Timeout;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.load.ProtocolLibrary;
import app.holdpoint.session.FakeTicker;
import app.holdpoint.store.Role;
import app.holdpoint.store.SessionStore;
import app.holdpoint.store.StoreConfig;
import app.holdpoint.store.Stores;
import app.holdpoint.testsupport.Edt;
import app.holdpoint.testsupport.HandledInput;
import app.holdpoint.testsupport.ManualWakes;
import app.holdpoint.testsupport.SettableClock;
import app.holdpoint.testsupport.TestProtocols;
import app.holdpoint.testsupport.TestStores;
import app.holdpoint.ui.Frames;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.settings.KioskSettings;
import app.holdpoint.ui.common.KioskServices;
import app.holdpoint.ui.settings.LiveSettings;
import app.holdpoint.ui.common.SignedIn;
import app.holdpoint.ui.sound.CuePlayer;
import app.holdpoint.ui.sound.LineFactory;
import app.holdpoint.ui.theme.Theme;

/**
 * Kiosk services for GUI tests, all real but time and sound: an H2 store in a temporary folder (fast PINs, a
 * fixed clock, appends that can be made to fail), the shipped library plus the frozen fixture protocol, a
 * {@link FakeTicker} with a {@link ManualWakes} scheduler, a cue player writing to a silent line, and a
 * single reads thread. Two therapists exist: {@value #THERAPIST} and the administrator {@value #ADMIN}.
 *
 * <p>Open it in a test (not on the EDT), {@link #show} the flow, drive it with {@link #tap} and
 * {@link #advance}, and close it at the end.
 */
public final class SessionFlowFixture implements AutoCloseable {
    public static final String THERAPIST = "Ana";
    public static final String ADMIN = "Bea";
    public static final char[] PIN = "2468".toCharArray();
    public static final char[] ADMIN_PIN = "1357".toCharArray();
    public static final Instant NOW = SettableClock.T0;
    public static final Path FIXTURE_PROTOCOL = TestProtocols.NEEDLING_FIXTURE;
    public static final String FIXTURE_ID = TestProtocols.NEEDLING_FIXTURE_ID;
    private static final Timeout WAIT = Timeout.timeout(20_000);

    private final Stores.Opened opened;
    private final FaultyStore faults;
    private final SessionStore store;
    private final FakeTicker ticker = new FakeTicker();
    private final ExecutorService reads;
    private final CuePlayer sound;
    private final AtomicInteger soundWrites = new AtomicInteger();
    private final KioskServices services;
    private final FakeAdmin admin;
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicInteger cancelled = new AtomicInteger();
    private final HandledInput input = new HandledInput();
    private volatile ManualWakes wakes;
    private SessionFlow flow;
    private FrameFixture window;

    private SessionFlowFixture(Path folder, Theme.Variant variant, ProtocolLibrary.Loaded library) {
        this(folder, variant, library, Locale.ENGLISH);
    }

    private SessionFlowFixture(Path folder, Theme.Variant variant, ProtocolLibrary.Loaded library, Locale language) {
        opened = Stores.forKiosk(folder, Optional.empty(), storeConfig());
        faults = new FaultyStore(opened.store());
        store = faults.within(opened.store());
        ensureTherapists(store);
        reads = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "test-reads");
            thread.setDaemon(true);
            return thread;
        });
        LineFactory silent = format -> new LineFactory.Line() {
            @Override
            public void write(byte[] pcm, int offset, int length) {
                soundWrites.incrementAndGet();
            }

            @Override
            public void close() {
            }
        };
        sound = new CuePlayer(silent);
        Theme theme = GuiActionRunner.execute(() -> Theme.install(variant));
        services = new KioskServices(store, library, theme, new Text(language), ticker,
                SettableClock.fixedAtT0(), () -> {
                    wakes = new ManualWakes();
                    return wakes;
                }, sound, reads, folder, new LiveSettings(folder, KioskSettings.DEFAULTS));
        admin = new FakeAdmin(Stores.await(store.verifyPin(ADMIN, ADMIN_PIN)).signature().orElseThrow());
    }

    /** Opens the store in the folder (recovering sessions a dead process left running) with the dark theme. */
    public static SessionFlowFixture open(Path folder) {
        return open(folder, Theme.Variant.DARK);
    }

    public static SessionFlowFixture open(Path folder, Theme.Variant variant) {
        return new SessionFlowFixture(folder, variant, library());
    }

    /** With the shipped protocols and the kiosk's words in a language, as a kiosk set to it loads them. */
    public static SessionFlowFixture openShipped(Path folder, Locale language) {
        return new SessionFlowFixture(folder, Theme.Variant.DARK, TestProtocols.shipped(language),
                language);
    }

    /** With the shipped protocols as the kiosk loads them (not the fixture protocol). */
    public static SessionFlowFixture openShipped(Path folder) {
        return new SessionFlowFixture(folder, Theme.Variant.DARK, TestProtocols.shipped());
    }

    /** Fast PIN hashing and a fixed clock, as the store tests use. */
    public static StoreConfig storeConfig() {
        return TestStores.fastPins(SettableClock.fixedAtT0());
    }

    /** The frozen fixture protocol, with the shipped catalog. */
    public static ProtocolLibrary.Loaded library() {
        return TestProtocols.needlingFixture();
    }

    /** Creates {@value #THERAPIST} (with a dry-needling credential) and {@value #ADMIN} unless they exist. */
    public static void ensureTherapists(SessionStore store) {
        if (store.therapist(THERAPIST).isEmpty()) {
            Stores.await(store.createTherapist(THERAPIST, Role.THERAPIST, PIN));
        }
        if (store.therapist(ADMIN).isEmpty()) {
            Stores.await(store.createTherapist(ADMIN, Role.ADMIN, ADMIN_PIN));
        }
        // The fixture protocol has needling, which only a credentialled therapist may run.
        if (store.therapist(THERAPIST).orElseThrow().dryNeedling().isEmpty()) {
            Stores.await(store.grantDryNeedling(THERAPIST, "Test", Optional.empty(),
                    store.therapist(ADMIN).orElseThrow().id()));
        }
    }

    public SessionStore store() {
        return store;
    }

    /** The recorder in front of {@link #store()}, to make its appends fail. */
    public FaultyStore faults() {
        return faults;
    }

    public KioskServices services() {
        return services;
    }

    public FakeTicker ticker() {
        return ticker;
    }

    public FakeAdmin admin() {
        return admin;
    }

    /** Sessions the store marked interrupted when this fixture opened it. */
    public int recovered() {
        return opened.recovered();
    }

    /** Bytes of sound written so far (each cue played is at least one write). */
    public int soundWrites() {
        return soundWrites.get();
    }

    public int finishedCalls() {
        return finished.get();
    }

    public int cancelledCalls() {
        return cancelled.get();
    }

    public SignedIn signIn(String name, char[] pin) {
        return new SignedIn(store.therapist(name).orElseThrow(),
                Stores.await(store.verifyPin(name, pin)).signature().orElseThrow());
    }

    public SignedIn therapist() {
        return signIn(THERAPIST, PIN);
    }

    public Protocol protocol() {
        return services.library().byId(FIXTURE_ID).orElseThrow();
    }

    /** The flow under test, built on first use with a listener that counts its calls. */
    public SessionFlow flow() {
        if (flow == null) {
            flow = GuiActionRunner.execute(() -> new SessionFlow(services, admin, new SessionFlow.Listener() {
                @Override
                public void finished() {
                    finished.incrementAndGet();
                }

                @Override
                public void cancelled() {
                    cancelled.incrementAndGet();
                }
            }));
        }
        return flow;
    }

    /** Shows the flow alone in a 1280×800 window, for a robot to tap. */
    public FrameFixture show() {
        if (window == null) {
            Robot robot = BasicRobot.robotWithCurrentAwtHierarchy();
            HandledInput.quick(robot);
            JFrame frame = Frames.show(flow(), Frames.SCREEN);
            window = new FrameFixture(robot, frame);
        }
        return window;
    }

    public FrameFixture window() {
        return window;
    }

    /** Taps the showing component with this name, scrolling it into view first. */
    public void tap(String name) {
        Component target = window.robot().finder().findByName(window.target(), name, true);
        Edt.run(() -> HandledInput.scrollIntoView(target));
        input.click(window.robot(), target, name);
    }

    /** Waits until a component with this name is showing (after an answer that comes back later). */
    public void waitShowing(String name) {
        waitFor(name + " showing", () -> window.robot().finder().findAll(window.target(),
                c -> name.equals(c.getName()) && c.isShowing()).size() == 1);
    }

    /** Presses and releases a key, as a keyboard or a foot pedal would, and waits until it was handled. */
    public void press(int keyCode) {
        window.robot().focusAndWaitForFocusGain(window.target());
        input.press(window.robot(), keyCode);
    }

    /** Moves the ticker and wakes the engine's driver, as its timer would have. */
    public void advance(Duration by) {
        ticker.advance(by);
        GuiActionRunner.execute(() -> {
            if (wakes != null) {
                wakes.wake();
            }
        });
        if (window != null) {
            window.robot().waitForIdle();
        }
    }

    /**
     * Fills the showing preparation screen by tapping: client reference, side (when asked), NO to every
     * screening question, consent (when required) and pain before.
     */
    public void prepare(Protocol protocol, String clientRef, Side side, int painBefore) {
        for (char c : clientRef.toCharArray()) {
            tap("key." + c);
        }
        if (protocol.asksSide()) {
            tap("prepare.side." + side.name());
        }
        tap("prepare.tab.screening");
        protocol.screening().forEach(question -> tap("screening." + question.id() + ".no"));
        tap("prepare.tab.pain");
        if (protocol.consentRequired()) {
            tap("prepare.consent");
        }
        tap("pain." + painBefore);
    }

    /** Taps Start and waits for the runner. */
    public void start() {
        tap("prepare.start");
        waitFor("the runner shows", () -> SessionFlow.Card.RUNNER.equals(flow.shown()));
    }

    /** Runs on the EDT and returns the result. */
    /** Waits (without sleeping) until the condition, read on the EDT, holds. */
    public static void waitFor(String description, BooleanSupplier condition) {
        Edt.waitFor(description, WAIT, condition);
    }

    @Override
    public void close() {
        input.close();
        if (window != null) {
            window.cleanUp();
        }
        sound.close();
        reads.shutdownNow();
        opened.close();
    }
}
