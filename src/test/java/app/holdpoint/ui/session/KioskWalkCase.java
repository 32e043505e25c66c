package app.holdpoint.ui.session;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.ui.shell.KioskFixture;

/** What a walk through the whole kiosk holds: its data folder, the kiosk, and the taps on it, closed after each test. */
abstract class KioskWalkCase {
    @TempDir
    Path data;
    /** Closed after each test, with {@link #taps}. */
    @AutoClose
    KioskFixture kiosk;
    @AutoClose
    KioskTaps taps;

    static void waitFor(String description, BooleanSupplier condition) {
        SessionFlowFixture.waitFor(description, condition);
    }
}
