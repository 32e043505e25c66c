package app.holdpoint.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.load.ProtocolLibrary;
import app.holdpoint.store.StoreConfig;
import app.holdpoint.store.Stores;
import app.holdpoint.demo.DemoClock;
import app.holdpoint.demo.DemoHistory;
import app.holdpoint.demo.DemoTherapists;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "demo-data", mixinStandardHelpOptions = true)
final class DemoDataCommand implements Callable<Integer> {

    @ParentCommand
    HoldpointCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--sessions", paramLabel = "N", required = true)
    int sessions;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1")
    long seed;

    @Option(names = "--events", paramLabel = "all|few", defaultValue = "all")
    String events;

    @Override
    public Integer call() {
        CliText words = root.words();
        if (!events.equals("all") && !events.equals("few")) {
            throw new UserError(words.get("demo.events", events), 2);
        }
        if (sessions < 1 || sessions > 10_000_000) {
            throw new UserError(words.get("demo.sessions"), 2);
        }
        List<Protocol> protocols = ProtocolLibrary.load(root.settings().protocols()).protocols();
        if (protocols.isEmpty()) {
            throw new UserError(words.get("demo.noProtocol", root.settings().protocols().toString()));
        }
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        long step = Math.max(DemoHistoryProgress.MIN_STEP, sessions / 20);
        DemoHistory.Written written;
        DemoClock clock = new DemoClock();
        try (Stores.Opened opened = StoreAccess.open(root, StoreConfig.defaults("demo-kiosk").withClock(clock),
                spec.commandLine().getErr())) {
            DemoHistory full = new DemoHistory(opened.store(), protocols, new DemoTherapists(opened.store()),
                    clock);
            DemoHistory history = events.equals("few") ? full.withFewEvents() : full;
            DemoHistoryProgress progress = new DemoHistoryProgress(err, words, sessions, step);
            written = history.generate(sessions, seed, Instant.now(), progress::report);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        // The seconds as before the bundle: printf's default locale, one decimal.
        spec.commandLine().getOut().println(words.get("demo.added", String.valueOf(written.sessions()),
                String.valueOf(written.events()), String.format("%.1f", seconds)));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** A progress line on standard error every {@code step} sessions, so long runs show they are alive. */
    record DemoHistoryProgress(PrintWriter err, CliText words, int total, long step) {
        static final long MIN_STEP = 10_000;

        void report(long done) {
            if (done > 0 && done < total && done % step < DemoHistory.BATCH) {
                err.println(words.get("demo.progress", String.valueOf(done), String.valueOf(total)));
                err.flush();
            }
        }
    }
}
