package app.holdpoint;

import java.lang.management.ManagementFactory;

/**
 * For the start-up benchmark: with {@code -Dholdpoint.readyMarker=true} prints one line when the first screen
 * is up, so a harness can time "launch to interactive" from outside the process. Silent otherwise. With
 * {@code -Dholdpoint.exitWhenReady=true} the process ends there: a training run that records which classes
 * start-up loads.
 */
final class ReadyMarker {
    static final String PROPERTY = "holdpoint.readyMarker";
    static final String LINE = "holdpoint-ready";
    /** For run.sh's class-data-sharing archive: start once, reach the first screen, and exit at once. */
    static final String EXIT_WHEN_READY = "holdpoint.exitWhenReady";

    private ReadyMarker() {
    }

    static void announce() {
        if (Boolean.getBoolean(PROPERTY)) {
            long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println(LINE + " " + sinceStart);
            System.out.flush();
        }
        if (Boolean.getBoolean(EXIT_WHEN_READY)) {
            System.exit(0);
        }
    }
}
