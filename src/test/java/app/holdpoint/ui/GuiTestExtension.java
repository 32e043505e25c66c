package app.holdpoint.ui;

import java.awt.GraphicsEnvironment;

import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The set-up every GUI test needs: a display (a clear failure, not a skip, when there is none, so a CI run
 * without Xvfb cannot pass by testing nothing) and {@link FailOnThreadViolationRepaintManager}.
 */
public final class GuiTestExtension implements BeforeAllCallback, AfterAllCallback {
    public static final String NEEDS_DISPLAY = "GUI tests need a display: run under xvfb-run -a";

    @Override
    public void beforeAll(ExtensionContext context) {
        requireDisplay();
        FailOnThreadViolationRepaintManager.install();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        FailOnThreadViolationRepaintManager.uninstall();
    }

    /** Throws {@link AssertionError} with {@link #NEEDS_DISPLAY} when AWT is headless. */
    public static void requireDisplay() {
        if (GraphicsEnvironment.isHeadless()) {
            throw new AssertionError(NEEDS_DISPLAY);
        }
    }
}
