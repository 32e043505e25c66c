package app.holdpoint.ui.shell;

import java.awt.Toolkit;
import java.util.Objects;

import javax.swing.RepaintManager;

/**
 * Sends what Swing has just painted to the display at once. On X11 the toolkit batches drawing requests and sends
 * them when its event loop next flushes, up to 100 ms later (AWT's flush timeout): a tap answered and painted in
 * 5 ms reached the screen 50–70 ms after the tap at the median, measured from outside the process
 * ({@code ./bench.sh taps}, docs/benchmarks.md). {@link Toolkit#sync()} after each paint cycle flushes them, which is
 * what the method is for ("useful for animation"). Installed by the kiosk's start-up only: GUI tests keep their own
 * manager, which checks that painting stays on the Event Dispatch Thread.
 */
public final class ShownAtOnce extends RepaintManager {
    private final Runnable flush;

    ShownAtOnce(Runnable flush) {
        this.flush = Objects.requireNonNull(flush);
    }

    /** Makes this the Swing repaint manager, flushing through the default toolkit; call on the EDT. */
    public static void install() {
        RepaintManager.setCurrentManager(new ShownAtOnce(Toolkit.getDefaultToolkit()::sync));
    }

    @Override
    public void paintDirtyRegions() {
        super.paintDirtyRegions();
        flush.run();
    }
}
