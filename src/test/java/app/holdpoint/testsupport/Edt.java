package app.holdpoint.testsupport;

import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/**
 * Work on the Swing event thread from a test, waiting for it: the one way GUI tests read and change components.
 * An exception thrown on the EDT is rethrown in the test's thread (as AssertJ-Swing's runner does).
 */
public final class Edt {
    private Edt() {
    }

    /** Runs {@code read} on the EDT and returns what it returned. */
    public static <T> T call(Callable<T> read) {
        return GuiActionRunner.execute(read);
    }

    /** Runs {@code work} on the EDT and returns once it has run. */
    public static void run(Runnable work) {
        GuiActionRunner.execute(work::run);
    }

    /** Returns once every event queued on the EDT before this call has been handled. */
    public static void settle() {
        GuiActionRunner.execute(() -> null);
    }

    /** Waits, without sleeping, until {@code holds} (read on the EDT) is true; fails after {@code within}. */
    public static void waitFor(String what, Timeout within, BooleanSupplier holds) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return call(holds::getAsBoolean);
            }
        }, within);
    }
}
