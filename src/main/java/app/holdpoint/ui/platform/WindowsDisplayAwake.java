package app.holdpoint.ui.platform;

import java.util.Optional;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Windows: tells the system the display is required while a session runs (SetThreadExecutionState). The state
 * belongs to the calling thread, so both calls come from the Event Dispatch Thread. Not exercised by the tests,
 * which run on Linux.
 */
final class WindowsDisplayAwake implements DisplayAwake {
    private static final int ES_CONTINUOUS = 0x80000000;
    private static final int ES_SYSTEM_REQUIRED = 0x00000001;
    private static final int ES_DISPLAY_REQUIRED = 0x00000002;

    interface Kernel32 extends Library {
        int SetThreadExecutionState(int flags);
    }

    private final Kernel32 kernel32 = Native.load("kernel32", Kernel32.class);
    private boolean required;

    @Override
    public void keepAwake() {
        if (!required) {
            kernel32.SetThreadExecutionState(ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_DISPLAY_REQUIRED);
            required = true;
        }
    }

    @Override
    public void release() {
        if (required) {
            kernel32.SetThreadExecutionState(ES_CONTINUOUS);
            required = false;
        }
    }

    @Override
    public Optional<String> limitation() {
        return Optional.empty();
    }
}
