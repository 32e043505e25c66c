package app.holdpoint;

import java.lang.management.ManagementFactory;

/**
 * For finding where the kiosk's start-up goes: with {@code -Dholdpoint.startupTrace=true} prints one line per
 * step of {@link Kiosk#open} to the standard error, {@code holdpoint-trace STEP MS-SINCE-JVM-START THREAD-CPU-MS
 * THREAD}. Silent otherwise (and the management classes are then not loaded).
 */
final class StartupTrace {
    static final String PROPERTY = "holdpoint.startupTrace";
    private static final boolean ON = Boolean.getBoolean(PROPERTY);

    private StartupTrace() {
    }

    static void mark(String step) {
        if (ON) {
            long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            long threadCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            System.err.println("holdpoint-trace " + step + " " + sinceStart + " " + threadCpu + " "
                    + Thread.currentThread().getName());
        }
    }
}
