package app.holdpoint;

import java.lang.management.ManagementFactory;

/**
 * For the start-up benchmark: with {@code -Dholdpoint.readyMarker=true} prints one line when the first screen
 * is up, so a harness can time "launch to interactive" from outside the process. Silent otherwise.
 */
final class ReadyMarker {
    static final String PROPERTY = "holdpoint.readyMarker";
    static final String LINE = "holdpoint-ready";

    private ReadyMarker() {
    }

    static void announce() {
        if (Boolean.getBoolean(PROPERTY)) {
            long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println(LINE + " " + sinceStart);
            System.out.flush();
        }
    }
}
