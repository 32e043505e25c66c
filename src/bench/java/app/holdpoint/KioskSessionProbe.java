package app.holdpoint;

import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.awt.event.MouseEvent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import javax.swing.AbstractButton;
import javax.swing.SwingUtilities;

import app.holdpoint.cli.HoldpointCommand.KioskRequest;
import app.holdpoint.cli.Locations;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.load.ProtocolLibrary;
import app.holdpoint.store.Role;
import app.holdpoint.store.StoreConfig;
import app.holdpoint.store.Stores;
import app.holdpoint.ui.widget.CountdownDial;

/**
 * The kiosk as a therapist leaves it during a hold, for the kiosk benchmark: opened exactly as {@code ./run.sh}
 * opens it (same start-up code, real clock, Swing timers, sound), then signed in, a protocol chosen and
 * prepared, and confirmations given until a countdown runs. Input is delivered to the named components on the
 * Event Dispatch Thread (buttons clicked, taps dispatched), no test robot loaded. Prints
 * {@value #COUNTING_DOWN} once there and runs until killed.
 *
 * <p>With {@code --targets true} it then prints {@value #TARGETS} and the screen bounds of the runner's controls,
 * dial and banner ({@code name=x,y,w,h}), for the tap-latency benchmark to aim at.
 *
 * <p>Usage: {@code KioskSessionProbe --data DIR --protocols DIR [--protocol ID] [--targets true]}.
 */
public final class KioskSessionProbe {
    public static final String COUNTING_DOWN = "holdpoint-counting-down";
    public static final String TARGETS = "holdpoint-targets";
    private static final String ADMIN = "Bench Admin";
    private static final char[] PIN = "1357".toCharArray();

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
        try (Stores.Opened seed = Stores.forCommandLine(data, Optional.empty(), StoreConfig.forThisMachine("bench"))) {
            if (seed.store().therapist(ADMIN).isEmpty()) {
                Stores.await(seed.store().createTherapist(ADMIN, Role.ADMIN, PIN));
            }
        }
        Protocol protocol = ProtocolLibrary.load(protocols).byId(protocolId).orElseThrow();

        Kiosk.open(new KioskRequest(new Locations(protocols, data, Optional.empty()), true));
        tap("tile." + ADMIN);
        for (char digit : PIN) {
            tap("key." + digit);
        }
        tap("key.ok");
        tap("protocol." + protocol.id());
        for (char c : "BENCH-1".toCharArray()) {
            tap("key." + c);
        }
        if (protocol.asksSide()) {
            tap("prepare.side.LEFT");
        }
        tap("prepare.tab.screening");
        protocol.screening().forEach(question -> tap("screening." + question.id() + ".no"));
        tap("prepare.tab.pain");
        if (protocol.consentRequired()) {
            tap("prepare.consent");
        }
        tap("pain.4");
        tap("prepare.start");
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
            StringBuilder line = new StringBuilder(TARGETS);
            for (String name : new String[] {"runner.skip", "runner.back", "runner.pause", "countdownDial",
                    "phaseBanner"}) {
                Component target = await(name, c -> true);
                java.awt.Rectangle r = onEdt(() -> new java.awt.Rectangle(target.getLocationOnScreen(),
                        target.getSize()));
                line.append(' ').append(name).append('=').append(r.x).append(',').append(r.y).append(',')
                        .append(r.width).append(',').append(r.height);
            }
            System.out.println(line);
        }
        System.out.flush();
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
        java.util.List<String> showing = new java.util.ArrayList<>();
        onEdt(() -> {
            for (Window window : Window.getWindows()) {
                names(window, showing);
            }
            return null;
        });
        throw new IllegalStateException("no showing component named " + name + " within a minute; showing: "
                + showing);
    }

    private static void names(Container parent, java.util.List<String> into) {
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
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return result.get();
    }

    private static Map<String, String> options(String[] args) {
        java.util.HashMap<String, String> map = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            map.put(args[i], args[i + 1]);
        }
        return map;
    }
}
