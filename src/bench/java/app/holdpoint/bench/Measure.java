package app.holdpoint.bench;

import java.util.Arrays;

/**
 * Timing for the benchmarks: a piece of work run N times on the wall clock, and percentiles of the times. The
 * machine line (cores, CPU, load before and after) is printed by {@code bench.sh}'s {@code run_main} around every
 * benchmark.
 */
public final class Measure {
    private Measure() {
    }

    /** Runs {@code work} {@code runs} times; returns each run's wall time in nanoseconds, in run order. */
    public static long[] time(int runs, Runnable work) {
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.run();
            nanos[i] = System.nanoTime() - t0;
        }
        return nanos;
    }

    /**
     * The {@code percentile} (1 to 100; 50 the median, 100 the maximum) of {@code nanos} by nearest rank, in
     * milliseconds.
     */
    public static double pct(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
