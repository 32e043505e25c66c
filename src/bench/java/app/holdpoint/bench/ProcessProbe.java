package app.holdpoint.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Launches a Java process, times it from launch to its "holdpoint-ready" line, and reads what Linux says about
 * its memory and CPU (/proc), so the kiosk and its baseline are measured the same way from outside.
 */
final class ProcessProbe implements AutoCloseable {
    static final String READY = "holdpoint-ready";
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private final Process process;
    private final BufferedReader out;
    final double readyMillis;
    /** CPU time (user + system) the process had used when it said it was ready: steadier than wall time on a busy machine. */
    final double readyCpuSeconds;

    private ProcessProbe(Process process, BufferedReader out, double readyMillis) throws IOException {
        this.process = process;
        this.out = out;
        this.readyMillis = readyMillis;
        this.readyCpuSeconds = cpuSeconds();
    }

    /** Starts the command and waits (up to two minutes) for its ready line. */
    static ProcessProbe launch(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        long started = System.nanoTime();
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(READY)) {
                return new ProcessProbe(process, out, (System.nanoTime() - started) / 1e6);
            }
        }
        process.destroyForcibly();
        throw new IOException("the process ended before it was ready: " + String.join(" ", command));
    }

    /** Waits for the next line starting with {@code prefix} on the process's output. */
    String awaitLine(String prefix) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new IOException("the process ended before printing " + prefix);
    }

    /** Resident set size in MiB (VmRSS). */
    double residentMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D+", "")) / 1024.0;
            }
        }
        throw new IOException("no VmRSS for " + process.pid());
    }

    /** User plus system CPU time so far, in seconds (fields 14 and 15 of /proc/PID/stat). */
    double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // After the ")" field 3 (state) is index 0, so utime (14) and stime (15) are indexes 11 and 12.
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks / (double) CLOCK_TICKS_PER_SECOND;
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.close();
    }
}
