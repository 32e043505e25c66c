package app.holdpoint.ui;

import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;

import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The set-up every GUI test needs: a display (a clear failure, not a skip, when there is none, so a CI run
 * without Xvfb cannot pass by testing nothing), {@link FailOnThreadViolationRepaintManager}, and an empty screen.
 * Robot taps are real pointer events at screen positions, so a window left open by an earlier class (which class
 * ran before depends on the file system's order, different on every clone) could take another class's taps: each
 * class starts with no window showing, and a class that leaves one showing fails, naming it.
 */
public final class GuiTestExtension implements BeforeAllCallback, AfterAllCallback {
    public static final String NEEDS_DISPLAY = "GUI tests need a display: run under xvfb-run -a";

    @Override
    public void beforeAll(ExtensionContext context) {
        requireDisplay();
        disposeShowingWindows();
        FailOnThreadViolationRepaintManager.install();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        FailOnThreadViolationRepaintManager.uninstall();
        List<String> left = disposeShowingWindows();
        if (!left.isEmpty()) {
            throw new AssertionError(context.getDisplayName() + " left windows showing, which could take the next"
                    + " test's taps; close them after each test: " + left);
        }
    }

    /** Throws {@link AssertionError} with {@link #NEEDS_DISPLAY} when AWT is headless. */
    public static void requireDisplay() {
        if (GraphicsEnvironment.isHeadless()) {
            throw new AssertionError(NEEDS_DISPLAY);
        }
    }

    /** Disposes every window still showing and says which they were (class and title or name). */
    private static List<String> disposeShowingWindows() {
        return GuiActionRunner.execute(() -> {
            List<String> showing = new ArrayList<>();
            for (Window window : Window.getWindows()) {
                if (window.isShowing()) {
                    String title = window instanceof Frame frame ? frame.getTitle() : window.getName();
                    showing.add(window.getClass().getSimpleName() + " '" + title + "'");
                    window.dispose();
                }
            }
            return showing;
        });
    }
}
