package app.holdpoint.bench;

import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.event.MouseEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Predicate;

import javax.swing.AbstractButton;

import app.holdpoint.App;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.load.ProtocolLibrary;
import app.holdpoint.store.Role;
import app.holdpoint.store.StoreConfig;
import app.holdpoint.store.Stores;
import app.holdpoint.testsupport.SessionWalk;
import app.holdpoint.ui.widget.CountdownDial;
import app.holdpoint.ui.widget.PhaseBanner;

/**
 * The kiosk as a therapist leaves it during a hold, for the kiosk benchmark: opened by the product's entry point
 * ({@link App#main}, windowed) exactly as {@code ./run.sh} opens it (same start-up code, real clock, Swing timers,
 * sound), then signed in, a protocol chosen and prepared (the walk tests' steps, {@link SessionWalk}), and
 * confirmations given until a countdown runs. Input is delivered to the named components on the
 * Event Dispatch Thread (buttons clicked, taps dispatched), no test robot loaded. Prints
 * {@value #COUNTING_DOWN} once there and runs until killed.
 *
 * <p>With {@code --targets true} it then prints {@value #TARGETS} and the screen bounds of the runner's controls,
 * dial and banner ({@code name=x,y,w,h}), for the tap-latency benchmark to aim at.
 *
 * <p>With {@code --first-start true} on a data folder with no therapist it stops at the first start's welcome
 * instead, printing the bounds of its Begin button and of the welcome page; with {@code --sign-in true} it stops at
 * the sign-in tiles, printing the bounds of its administrator's tile and of the sign-in screen.
 *
 * <p>Usage: {@code KioskSessionProbe --data DIR --protocols DIR [--protocol ID] [--targets true]
 * [--first-start true | --sign-in true] [--edt-trace FILE]} (the last writes every event the Event Dispatch Thread took long over, see
 * {@link SlowDispatchTrace}).
 */
public final class KioskSessionProbe {
    public static final String COUNTING_DOWN = "holdpoint-counting-down";
    public static final String TARGETS = "holdpoint-targets";
    private static final String ADMIN = "Bench Admin";
    private static final String PIN = "1357";

    private KioskSessionProbe() {
    }

    public static void main(String[] args) {
        try {
            probe(args);
        } catch (Exception | Error e) {
            // The kiosk's windows would keep the process alive and the benchmark waiting: end it, saying why.
            e.printStackTrace();
            System.exit(2);
        }
    }

    private static void probe(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path data = Path.of(options.get("--data"));
        Path protocols = Path.of(options.get("--protocols"));
        String protocolId = options.getOrDefault("--protocol", "tension-type-headache");
        boolean firstStart = Boolean.parseBoolean(options.getOrDefault("--first-start", "false"));
        if (!firstStart) {
            try (Stores.Opened seed = Stores.forCommandLine(data, Optional.empty(),
                    StoreConfig.forThisMachine("bench"))) {
                if (seed.store().therapist(ADMIN).isEmpty()) {
                    Stores.await(seed.store().createTherapist(ADMIN, Role.ADMIN, PIN.toCharArray()));
                }
            }
        }
        Protocol protocol = ProtocolLibrary.load(protocols).byId(protocolId).orElseThrow();

        if (options.containsKey("--edt-trace")) {
            SlowDispatchTrace.install(Path.of(options.get("--edt-trace")));
        }
        // The product's own entry point, as ./run.sh calls it; it returns once the window is on its way.
        App.main(new String[] {"--windowed", "--data", data.toString(), "--protocols", protocols.toString()});
        if (firstStart) {
            printTargets("firstAdmin.begin", "firstAdmin.welcome");
            return;
        }
        if (Boolean.parseBoolean(options.getOrDefault("--sign-in", "false"))) {
            printTargets("tile." + ADMIN, "signIn");
            return;
        }
        SessionWalk.signIn(ADMIN, PIN, KioskSessionProbe::tap);
        tap("protocol." + protocol.id());
        SessionWalk.prepare(protocol, "BENCH-1", 4, KioskSessionProbe::tap);
        CountdownDial dial = (CountdownDial) await("countdownDial", c -> true);
        // Prompts before the first hold wait for a tap: confirm them until a countdown runs.
        for (int guard = 0; guard < 50 && onEdt(dial::mode) != CountdownDial.Mode.COUNTDOWN; guard++) {
            Thread.sleep(800); // the dial's guard against double taps
            onEdt(dial::activate);
        }
        if (onEdt(dial::mode) != CountdownDial.Mode.COUNTDOWN) {
            throw new IllegalStateException("no countdown reached; the dial shows " + onEdt(dial::mode));
        }
        System.out.println(COUNTING_DOWN);
        if (Boolean.parseBoolean(options.getOrDefault("--targets", "false"))) {
            toAPhaseWhoseNextShowsAnotherBanner();
            printTargets("runner.skip", "runner.back", "runner.pause", "countdownDial", "phaseBanner");
        }
        System.out.flush();
    }

    /**
     * Prints {@value #TARGETS} and each named component's bounds on screen, once it shows (a space in a name printed
     * as {@code _}).
     */
    private static void printTargets(String... names) {
        StringBuilder line = new StringBuilder(TARGETS);
        for (String name : names) {
            Component target = await(name, c -> true);
            Rectangle r = onEdt(() -> new Rectangle(target.getLocationOnScreen(), target.getSize()));
            line.append(' ').append(name.replace(' ', '_')).append('=').append(r.x).append(',').append(r.y).append(',')
                    .append(r.width).append(',').append(r.height);
        }
        System.out.println(line);
        System.out.flush();
    }

    /**
     * The tap benchmark watches the banner for Skip's answer, and Back returns within its first seconds: from a
     * phase whose next one has the same banner (the first two of tension-type headache are both DO), Skip would
     * show nothing there. Skips (unmeasured) until the next phase's banner differs, then returns to the one before.
     */
    private static void toAPhaseWhoseNextShowsAnotherBanner() throws InterruptedException {
        PhaseBanner banner = (PhaseBanner) await("phaseBanner", c -> true);
        for (int skips = 0; skips < 20; skips++) {
            String before = onEdt(() -> banner.word() + banner.cycleText() + banner.targetText());
            tap("runner.skip");
            Thread.sleep(300);
            String after = onEdt(() -> banner.word() + banner.cycleText() + banner.targetText());
            if (!after.equals(before)) {
                tap("runner.back");
                Thread.sleep(300);
                return;
            }
        }
        throw new IllegalStateException("no two phases in a row with different banners");
    }

    /** Waits for the showing component and taps it: a button is clicked, anything else gets a press and release. */
    private static void tap(String name) {
        Component target = await(name, Component::isEnabled);
        onEdt(() -> {
            if (target instanceof AbstractButton button) {
                button.doClick(0);
            } else {
                long now = System.currentTimeMillis();
                int x = target.getWidth() / 2;
                int y = target.getHeight() / 2;
                for (int id : new int[] {MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_CLICKED}) {
                    target.dispatchEvent(new MouseEvent(target, id, now, MouseEvent.BUTTON1_DOWN_MASK, x, y, 1, false,
                            MouseEvent.BUTTON1));
                }
            }
            return null;
        });
    }

    private static Component await(String name, Predicate<Component> ready) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            Component found = onEdt(() -> Arrays.stream(Window.getWindows()).filter(Window::isShowing)
                    .map(window -> find(window, name, c -> c.isShowing() && ready.test(c))).filter(c -> c != null)
                    .findFirst().orElse(null));
            if (found != null) {
                return found;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        List<String> showing = new ArrayList<>();
        onEdt(() -> {
            for (Window window : Window.getWindows()) {
                names(window, showing);
            }
            return null;
        });
        throw new IllegalStateException("no showing component named " + name + " within a minute; showing: "
                + showing);
    }

    private static void names(Container parent, List<String> into) {
        for (Component child : parent.getComponents()) {
            if (child.getName() != null && child.isShowing()) {
                into.add(child.getName() + (child.isEnabled() ? "" : "(disabled)"));
            }
            if (child instanceof Container container) {
                names(container, into);
            }
        }
    }

    /** The first component of that name that passes the test (screens not showing hold keys of the same name). */
    private static Component find(Container parent, String name, Predicate<Component> wanted) {
        for (Component child : parent.getComponents()) {
            if (name.equals(child.getName()) && wanted.test(child)) {
                return child;
            }
            if (child instanceof Container container) {
                Component found = find(container, name, wanted);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Runs {@code work} on the EDT and waits for its result (a failure there ends the probe). */
    private static <T> T onEdt(Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        EventQueue.invokeLater(task);
        try {
            return task.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> options(String[] args) {
        HashMap<String, String> map = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            map.put(args[i], args[i + 1]);
        }
        return map;
    }
}
