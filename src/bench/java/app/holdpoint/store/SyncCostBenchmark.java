package app.holdpoint.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.load.ProtocolLibrary;
import app.holdpoint.session.EventType;
import app.holdpoint.session.SessionEvent;

/**
 * What "acknowledged = on stable storage" costs per event: the store's append, from submit to acknowledgement,
 * with the H2 file synced after each commit (the product) and without (commit only), in the same run, rounds
 * alternating so load on the machine falls on both alike. Medians and 90th percentiles per mode.
 *
 * <p>Arguments: {@code [--events N] [--rounds R] [--data DIR]}; DIR (default target/bench-sync) should be on the
 * disk the kiosk's data folder will be on: the figure is mostly that disk's fsync.
 */
public final class SyncCostBenchmark {
    private SyncCostBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int events = 300;
        int rounds = 6;
        Path data = Path.of("target/bench-sync");
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--events" -> events = Integer.parseInt(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--data" -> data = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Protocol protocol = ProtocolLibrary.load(Path.of("protocols")).protocols().get(0);
        List<Long> synced = new ArrayList<>();
        List<Long> unsynced = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            boolean sync = round % 2 == 0;
            Path folder = data.resolve((sync ? "sync-" : "commit-") + round);
            delete(folder);
            (sync ? synced : unsynced).addAll(round(folder, protocol, events, sync));
            delete(folder);
        }
        System.out.printf("events per round %d, rounds %d (alternating), folder %s%n", events, rounds,
                data.toAbsolutePath());
        report("commit + sync (the product)", synced);
        report("commit only (no sync)", unsynced);
        System.out.printf("sync cost per event, medians: %.2f ms%n",
                (percentile(synced, 50) - percentile(unsynced, 50)) / 1e6);
    }

    private static List<Long> round(Path folder, Protocol protocol, int events, boolean sync) {
        Database database = Database.open(folder, Optional.empty());
        StoreConfig config = StoreConfig.defaults("bench").withPinIterations(1_000);
        List<Long> latencies = new ArrayList<>(events);
        try (JdbcSessionStore store = new JdbcSessionStore(database, config, KioskKey.ephemeral(),
                sync ? Writer.Durability.H2_SYNC : Writer.Durability.COMMIT_ONLY)) {
            Therapist ana = Stores.await(store.createTherapist("Ana", Role.THERAPIST, "2468".toCharArray()));
            Instant start = Instant.now();
            long id = Stores.await(store.beginSession(new NewSession(ana.id(), "C-bench", Optional.of(Side.LEFT),
                    protocol, start, OptionalInt.of(5), List.of(), Optional.empty(), true)));
            for (int seq = 0; seq < events; seq++) {
                SessionEvent event = new SessionEvent(seq, seq == 0 ? EventType.SESSION_STARTED
                        : EventType.PHASE_STARTED, seq * 1_000_000L, start.plusMillis(seq), seq, 30_000, 0, null, "");
                long before = System.nanoTime();
                Stores.await(store.append(id, event));
                latencies.add(System.nanoTime() - before);
            }
        }
        return latencies.subList(Math.min(20, latencies.size() / 10), latencies.size()); // warm-up left out
    }

    private static void report(String what, List<Long> nanos) {
        System.out.printf("%-28s median %.2f ms, p90 %.2f ms, n %d%n", what, percentile(nanos, 50) / 1e6,
                percentile(nanos, 90) / 1e6, nanos.size());
    }

    private static double percentile(List<Long> values, int p) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
