package app.holdpoint.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Start-up, memory and CPU of the kiosk beside a bare FlatLaf window, measured from outside the processes in the
 * same run, alternating which goes first so neither always gets the warmer disk cache.
 *
 * <ul>
 *   <li>start-up: launch to first screen painted ("holdpoint-ready"), the kiosk on a data folder that already has
 *       its database (first start migrates once, measured separately);</li>
 *   <li>memory: resident set size with a session running (the kiosk) and with the window up (the baseline);</li>
 *   <li>CPU: share of one core used while a countdown runs, over a window of seconds.</li>
 * </ul>
 * Usage: {@code ./bench.sh kiosk [--runs N] [--cpu-seconds S]}. Needs a display (the script uses xvfb-run).
 */
public final class KioskBenchmark {
    private KioskBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = intArg(args, "--runs", 7);
        int cpuSeconds = intArg(args, "--cpu-seconds", 30);
        String classpath = System.getProperty("java.class.path");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path work = Files.createTempDirectory("holdpoint-kiosk-bench");
        Path data = work.resolve("data");
        Path protocols = Path.of("protocols").toAbsolutePath();

        List<String> bare = List.of(java, "-cp", classpath, BareFlatLafWindow.class.getName());
        // The kiosk exactly as run.sh starts it: its JVM options, its jar and its class-data-sharing archive.
        String kioskClasspath = Path.of("target/holdpoint.jar").toAbsolutePath() + File.pathSeparator
                + Files.readString(Path.of("target/runtime-classpath.txt")).strip();
        List<String> kiosk = List.of(java, "-XX:+UseSerialGC", "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-XX:SharedArchiveFile=target/holdpoint.jsa", "-Xshare:auto",
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Dholdpoint.readyMarker=true", "-cp", kioskClasspath,
                "app.holdpoint.App", "--windowed", "--data", data.toString(), "--protocols", protocols.toString());
        // A fresh folder per run: a probe is killed mid-session, which the next kiosk would offer to resume.
        java.util.function.IntFunction<List<String>> session = run -> List.of(java, "-XX:+UseSerialGC",
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dholdpoint.readyMarker=true", "-cp", classpath,
                "app.holdpoint.KioskSessionProbe", "--data", work.resolve("session-data-" + run).toString(),
                "--protocols", protocols.toString());

        double firstStart;
        try (ProcessProbe first = ProcessProbe.launch(kiosk)) {
            firstStart = first.readyMillis;
        }
        List<Double> bareStart = new ArrayList<>();
        List<Double> kioskStart = new ArrayList<>();
        List<Double> bareRss = new ArrayList<>();
        List<Double> kioskRss = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            boolean bareFirst = run % 2 == 0;
            for (int turn = 0; turn < 2; turn++) {
                boolean isBare = (turn == 0) == bareFirst;
                try (ProcessProbe probe = ProcessProbe.launch(isBare ? bare : kiosk)) {
                    (isBare ? bareStart : kioskStart).add(probe.readyMillis);
                    if (isBare) {
                        settle();
                        bareRss.add(probe.residentMiB());
                    }
                }
            }
        }

        double bareCpu;
        try (ProcessProbe probe = ProcessProbe.launch(bare)) {
            settle();
            bareCpu = cpuShare(probe, cpuSeconds);
        }
        double sessionCpu = Double.NaN;
        for (int run = 0; run < Math.max(3, runs / 2); run++) {
            try (ProcessProbe probe = ProcessProbe.launch(session.apply(run))) {
                probe.awaitLine("holdpoint-counting-down");
                settle();
                kioskRss.add(probe.residentMiB());
                if (run == 0) {
                    sessionCpu = cpuShare(probe, cpuSeconds);
                    kioskRss.set(0, probe.residentMiB());
                }
            }
        }

        System.out.printf("runs: %d start-ups each, alternating; CPU window %d s%n", runs, cpuSeconds);
        System.out.printf("first start of the kiosk on an empty data folder (creates the database): %.0f ms%n",
                firstStart);
        report("start-up to first screen (ms)", bareStart, kioskStart, 1.3);
        report("resident memory (MiB): bare window up / kiosk with a session running", bareRss, kioskRss, 1.5);
        System.out.printf("CPU while idle (bare window): %.2f %% of a core%n", bareCpu * 100);
        System.out.printf("CPU while a countdown runs (kiosk): %.2f %% of a core (goal <= 2 %%)%n", sessionCpu * 100);
    }

    private static void report(String what, List<Double> bare, List<Double> kiosk, double goal) {
        double b = median(bare);
        double k = median(kiosk);
        System.out.printf("%s: bare FlatLaf median %.0f (min %.0f, max %.0f) | kiosk median %.0f (min %.0f, max %.0f)"
                        + " | ratio %.2f (goal <= %.1f)%n", what, b, min(bare), max(bare), k, min(kiosk), max(kiosk),
                k / b, goal);
    }

    /** Lets start-up work (JIT, class loading, the first timers) finish before measuring a steady state. */
    private static void settle() throws InterruptedException {
        Thread.sleep(5_000);
    }

    private static double cpuShare(ProcessProbe probe, int seconds) throws IOException, InterruptedException {
        double before = probe.cpuSeconds();
        long started = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        double after = probe.cpuSeconds();
        return (after - before) / ((System.nanoTime() - started) / 1e9);
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private static int intArg(String[] args, String name, int fallback) {
        int at = Arrays.asList(args).indexOf(name);
        return at >= 0 && at + 1 < args.length ? Integer.parseInt(args[at + 1]) : fallback;
    }
}
