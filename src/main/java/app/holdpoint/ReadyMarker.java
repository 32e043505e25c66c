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

    /** Whether this is the training run that records the class-data-sharing archive. */
    static boolean training() {
        return Boolean.getBoolean(EXIT_WHEN_READY);
    }

    static void announce() {
        if (Boolean.getBoolean(PROPERTY)) {
            long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println(LINE + " " + sinceStart);
            System.out.flush();
        }
        if (training()) {
            System.exit(0);
        }
    }
}
