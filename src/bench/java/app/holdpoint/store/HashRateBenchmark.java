package app.holdpoint.store;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How fast verify's event hashing runs by itself, without reading rows: {@link Hashes#event} over a chain of
 * events shaped like demo-data's (a previous hash, numbers, a type, a short detail), on one thread and on every
 * core. Prints medians of five runs in M events/s.
 *
 * <p>Usage: {@code java -cp … app.holdpoint.store.HashRateBenchmark [EVENTS_PER_THREAD]} (2 000 000 by default).
 */
public final class HashRateBenchmark {
    private HashRateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        int cores = Runtime.getRuntime().availableProcessors();
        chain(events / 4); // warm-up: the compilers see the loop first
        double one = median(() -> rate(1, events));
        double all = median(() -> rate(cores, events));
        System.out.printf("event hashing alone (Hashes.event, SHA-256 of the canonical row): one thread %.2f M events/s,"
                + " %d threads %.2f M events/s (median of 5, %d events a thread)%n", one, cores, all, events);
    }

    private interface Rate {
        double run() throws Exception;
    }

    private static double median(Rate rate) throws Exception {
        double[] runs = new double[5];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = rate.run();
        }
        Arrays.sort(runs);
        return runs[runs.length / 2];
    }

    private static double rate(int threads, int events) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            Future<?>[] done = new Future<?>[threads];
            for (int t = 0; t < threads; t++) {
                done[t] = pool.submit(() -> chain(events));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return (double) threads * events / ((System.nanoTime() - start) / 1e9) / 1e6;
        } finally {
            pool.shutdown();
        }
    }

    /** One session-like chain after another, each event linked to the one before, as verify recomputes them. */
    private static String chain(int events) {
        Hashes hashes = new Hashes();
        String previous = Canon.ZERO_HASH;
        for (int i = 0; i < events; i++) {
            int seq = i % 17;
            previous = hashes.event(seq == 0 ? Canon.ZERO_HASH : previous, 1_000_000L + i / 17, seq,
                    seq % 3 == 0 ? "PHASE_STARTED" : "PHASE_ENDED", 1_500_000_000L * seq, 1_764_000_000_000_000L + i,
                    seq, 90_000, 88_500, seq % 3 == 0 ? null : "TIMER", seq % 5 == 0 ? "pain 4" : null);
        }
        return previous;
    }
}
