package app.holdpoint.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import app.holdpoint.protocol.load.ProtocolLibrary;
import app.holdpoint.store.Database;
import app.holdpoint.store.JdbcSessionStore;
import app.holdpoint.store.StoreConfig;
import app.holdpoint.store.demo.DemoHistory;
import app.holdpoint.store.demo.DemoTherapists;

public final class DemoBuildProbe {
    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("probe");
        int n = Integer.parseInt(args[0]);
        try (JdbcSessionStore store = new JdbcSessionStore(Database.open(folder, Optional.empty()),
                StoreConfig.defaults("probe").withPinIterations(1000))) {
            DemoHistory history = new DemoHistory(store, ProtocolLibrary.load(Path.of("protocols")).protocols(),
                    new DemoTherapists(store));
            long t0 = System.nanoTime();
            DemoHistory.Written w = history.generate(n, 1, Instant.now(), k -> { });
            long t1 = System.nanoTime();
            System.out.printf("%d sessions %d events in %.1f s: %.0f sessions/s%n", w.sessions(), w.events(),
                    (t1 - t0) / 1e9, w.sessions() / ((t1 - t0) / 1e9));
            long t2 = System.nanoTime();
            var r = store.verify();
            long t3 = System.nanoTime();
            System.out.printf("verify %s %d events in %.2f s: %.0f events/s%n", r.firstProblem(), r.events(),
                    (t3 - t2) / 1e9, r.events() / ((t3 - t2) / 1e9));
        }
    }
}
