package app.holdpoint.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Start-up, memory and CPU of the kiosk beside a bare FlatLaf window, measured from outside the processes in the
 * same run, alternating which goes first so neither always gets the warmer disk cache.
 *
 * <ul>
 *   <li>start-up: launch to first screen painted ("holdpoint-ready"), the kiosk on a data folder that already has
 *       its database (first start migrates once, measured separately): with no therapist yet (the first
 *       administrator's screen) and with three (the sign-in tiles, every day's start);</li>
 *   <li>memory: resident set size with a session running (the kiosk) and with the window up (the baseline);</li>
 *   <li>CPU: share of one core used while a countdown runs, over a window of seconds;</li>
 *   <li>CPU time to the first screen: user + system time the process had used when ready; on a loaded machine
 *       a steadier measure of the work start-up does than the wall time.</li>
 * </ul>
 * Usage: {@code ./bench.sh kiosk [--runs N] [--cpu-seconds S] [--compare-options "JVM OPTIONS"]}; the last adds
 * a kiosk started with those options instead of run.sh's, beside the others in the same run. Needs a display (the script uses xvfb-run).
 */
public final class KioskBenchmark {
    private KioskBenchmark() {
    }

    /**
     * run.sh's JVM options. A small first heap: the serial collector otherwise sizes the young generation from the
     * machine's memory (a third of 1/64 of it, about 125 MB on 24 GB), and a countdown's garbage fills all of it
     * before the first collection, so the resident set grows by that much for nothing (docs/benchmarks.md).
     * Compiling only after five times as many calls: the start's many lukewarm methods run rather than compile.
     */
    static final List<String> RUN_SH_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms24m", "-Xmx512m",
            "-XX:TieredStopAtLevel=1", "-XX:CompileThresholdScaling=5");
    private static final String BARE = "bare FlatLaf";
    private static final String SIGN_IN = "kiosk, sign-in with 3 therapists (run.sh options)";

    public static void main(String[] args) throws Exception {
        int runs = intArg(args, "--runs", 7);
        int cpuSeconds = intArg(args, "--cpu-seconds", 30);
        String classpath = System.getProperty("java.class.path");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path work = Files.createTempDirectory("holdpoint-kiosk-bench");
        Path protocols = Path.of("protocols").toAbsolutePath();

        // The kiosk as run.sh starts it, and optionally with other JVM options beside it in the same run.
        Map<String, List<String>> variants = new LinkedHashMap<>();
        variants.put("kiosk (run.sh options)", RUN_SH_OPTIONS);
        String compare = stringArg(args, "--compare-options", null);
        if (compare != null) {
            variants.put("kiosk (" + compare + ")", List.of(compare.trim().split("\\s+")));
        }

        List<String> bare = List.of(java, "-cp", classpath, BareFlatLafWindow.class.getName());
        String kioskClasspath = Path.of("target/holdpoint.jar").toAbsolutePath() + File.pathSeparator
                + Files.readString(Path.of("target/runtime-classpath.txt")).strip();
        Map<String, List<String>> kiosk = new LinkedHashMap<>();
        int folder = 0;
        for (Map.Entry<String, List<String>> variant : variants.entrySet()) {
            // A data folder each: a folder is locked by the kiosk that has it open.
            Path data = work.resolve("data-" + folder++);
            List<String> command = new ArrayList<>(List.of(java));
            command.addAll(variant.getValue());
            // Its jar and class-data-sharing archive, as run.sh does.
            command.addAll(List.of("-XX:SharedArchiveFile=target/holdpoint.jsa", "-Xshare:auto",
                    "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Dholdpoint.readyMarker=true", "-cp", kioskClasspath,
                    "app.holdpoint.App", "--windowed", "--data", data.toString(), "--protocols",
                    protocols.toString()));
            kiosk.put(variant.getKey(), command);
        }
        // The everyday start: the sign-in screen with three therapists' tiles (the folders above have no therapist,
        // so their first screen is the first administrator's, shown once per installation).
        Path signInData = work.resolve("data-sign-in");
        List<String> signIn = new ArrayList<>(kiosk.get("kiosk (run.sh options)"));
        signIn.set(signIn.indexOf("--data") + 1, signInData.toString());
        kiosk.put(SIGN_IN, signIn);

        Map<String, Double> firstStart = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> variant : kiosk.entrySet()) {
            try (ProcessProbe first = ProcessProbe.launch(variant.getValue())) {
                firstStart.put(variant.getKey(), first.readyMillis);
            }
        }
        for (String name : List.of("Anna Lee", "Ben Okafor", "Chen Wei")) {
            addTherapist(java, kioskClasspath, signInData, name);
        }
        List<String> order = new ArrayList<>(List.of(BARE));
        order.addAll(kiosk.keySet());
        Map<String, List<Double>> startMillis = new LinkedHashMap<>();
        Map<String, List<Double>> startCpu = new LinkedHashMap<>();
        Map<String, List<Double>> rss = new LinkedHashMap<>();
        for (String name : order) {
            startMillis.put(name, new ArrayList<>());
            startCpu.put(name, new ArrayList<>());
            rss.put(name, new ArrayList<>());
        }
        for (int run = 0; run < runs; run++) {
            // Rotate who goes first, so none always gets the warmer disk cache.
            for (int turn = 0; turn < order.size(); turn++) {
                String name = order.get((run + turn) % order.size());
                boolean isBare = name.equals(BARE);
                try (ProcessProbe probe = ProcessProbe.launch(isBare ? bare : kiosk.get(name))) {
                    startMillis.get(name).add(probe.readyMillis);
                    startCpu.get(name).add(probe.readyCpuSeconds * 1000);
                    if (isBare) {
                        settle();
                        rss.get(name).add(probe.residentMiB());
                    }
                }
            }
        }

        double bareCpu;
        try (ProcessProbe probe = ProcessProbe.launch(bare)) {
            settle();
            bareCpu = cpuShare(probe, cpuSeconds);
        }
        Map<String, Double> sessionCpu = new LinkedHashMap<>();
        int sessions = Math.max(3, runs / 2);
        for (int run = 0; run < sessions; run++) {
            for (Map.Entry<String, List<String>> variant : variants.entrySet()) {
                // A fresh folder per run: a probe is killed mid-session, which the next kiosk would offer to resume.
                List<String> session = new ArrayList<>(List.of(java));
                session.addAll(variant.getValue());
                session.addAll(List.of("-Dholdpoint.readyMarker=true", "-cp", classpath,
                        "app.holdpoint.bench.KioskSessionProbe", "--data",
                        work.resolve("session-data-" + folder++).toString(), "--protocols", protocols.toString()));
                try (ProcessProbe probe = ProcessProbe.launch(session)) {
                    probe.awaitLine("holdpoint-counting-down");
                    settle();
                    rss.get(variant.getKey()).add(probe.residentMiB());
                    if (run == 0) {
                        sessionCpu.put(variant.getKey(), cpuShare(probe, cpuSeconds));
                    }
                }
            }
        }

        System.out.printf("runs: %d start-ups each, rotating the order; %d sessions each; CPU window %d s%n", runs,
                sessions, cpuSeconds);
        firstStart.forEach((name, millis) -> System.out.printf(
                "first start on an empty data folder (creates the database), %s: %.0f ms%n", name, millis));
        for (String name : kiosk.keySet()) {
            report("start-up to first screen (ms), " + name, startMillis.get(BARE), startMillis.get(name), 1.5);
            report("CPU time to first screen (ms), " + name, startCpu.get(BARE), startCpu.get(name), 1.5);
            if (!rss.get(name).isEmpty()) {
                report("resident memory (MiB): bare window up / " + name + " with a session running", rss.get(BARE),
                        rss.get(name), 2.0);
            }
        }
        System.out.printf("CPU while idle (bare window): %.2f %% of a core%n", bareCpu * 100);
        sessionCpu.forEach((name, share) -> System.out.printf(
                "CPU while a countdown runs, %s: %.2f %% of a core (goal <= 2 %%)%n", name, share * 100));
    }

    /** Adds an administrator through the command line, the PIN piped on standard input. */
    private static void addTherapist(String java, String classpath, Path data, String name)
            throws IOException, InterruptedException {
        Process add = new ProcessBuilder(java, "-cp", classpath, "app.holdpoint.App", "therapist", "add", name,
                "--admin", "--data", data.toString()).redirectErrorStream(true).start();
        try (var in = add.getOutputStream()) {
            in.write("2468\n".getBytes(StandardCharsets.US_ASCII));
        }
        String said = new String(add.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (add.waitFor() != 0) {
            throw new IllegalStateException("could not add " + name + " for the sign-in start: " + said);
        }
    }

    private static void report(String what, List<Double> bare, List<Double> kiosk, double goal) {
        double b = median(bare);
        double k = median(kiosk);
        System.out.printf("%s: bare FlatLaf median %.0f (min %.0f, max %.0f) | kiosk median %.0f (min %.0f, max %.0f)"
                        + " | ratio %.2f (goal <= %.1f)%n", what, b, min(bare), max(bare), k, min(kiosk), max(kiosk),
                k / b, goal);
    }

    private static String stringArg(String[] args, String name, String fallback) {
        int at = Arrays.asList(args).indexOf(name);
        return at >= 0 && at + 1 < args.length ? args[at + 1] : fallback;
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
