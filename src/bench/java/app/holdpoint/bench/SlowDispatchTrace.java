package app.holdpoint.bench;

import java.awt.AWTEvent;
import java.awt.EventQueue;
import java.awt.Toolkit;
import java.awt.event.InvocationEvent;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Writes a line for each event the Event Dispatch Thread took {@value #SLOW_MILLIS} ms or more to dispatch (the
 * wall-clock time it began, UTC to the millisecond, how long, and what it was), so a slow tap the tap benchmark
 * reports can be matched with what the kiosk was doing then. Benchmarks only: it replaces the event queue.
 */
final class SlowDispatchTrace extends EventQueue {
    private static final long SLOW_MILLIS = 8;
    private final PrintWriter out;

    private SlowDispatchTrace(PrintWriter out) {
        this.out = out;
    }

    static void install(Path file) {
        try {
            PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), true);
            Toolkit.getDefaultToolkit().getSystemEventQueue().push(new SlowDispatchTrace(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void dispatchEvent(AWTEvent event) {
        long wallStart = System.currentTimeMillis();
        long start = System.nanoTime();
        super.dispatchEvent(event);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis >= SLOW_MILLIS) {
            String what = event instanceof InvocationEvent invocation ? "invocation " + invocation.paramString()
                    : event.getClass().getSimpleName() + " " + event.getID() + " on "
                    + event.getSource().getClass().getSimpleName();
            out.printf("%s %d ms %s%n", Instant.ofEpochMilli(wallStart).toString().substring(11, 23), millis, what);
        }
    }
}
