package app.holdpoint.bench;

import java.awt.GraphicsEnvironment;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import javax.swing.SwingUtilities;
import javax.swing.Timer;

import app.holdpoint.protocol.Condition;
import app.holdpoint.protocol.Phase;
import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.protocol.Timing;
import app.holdpoint.session.EventType;
import app.holdpoint.session.SessionEngine;
import app.holdpoint.session.Ticker;

/**
 * Phase-boundary timing on the real clock with every core busy, side by side in one run on one Event Dispatch
 * Thread:
 * <ul>
 *   <li>the engine woken by a one-shot Swing Timer armed for its next deadline (the timer is only a wake-up);</li>
 *   <li>the same, but the timer is armed a little early and the EDT waits out the rest with a precise park, so
 *       the deadline does not depend on the Swing TimerQueue thread getting the CPU in time;</li>
 *   <li>for comparison, no Swing Timer at all: a dedicated thread parks until each deadline and hands the poll
 *       to the EDT with {@code invokeLater};</li>
 *   <li>as a control for what any wake-up can achieve on this machine, a bare thread that parks to a deadline
 *       every 10 ms (no Swing, no engine) and records how late it wakes;</li>
 *   <li>naive countdowns that decrement a counter on each tick of a repeating Swing Timer (1 s and 100 ms).</li>
 * </ul>
 * For each boundary k (k = 1..N, the last being the session's end) the error is when it was observed on the EDT
 * minus the ideal {@code origin + k * phase}; the drift is the error at the last boundary. The engines also
 * check that the boundaries they record are exactly the ideal schedule.
 *
 * <p>Arguments: {@code [--phases N] [--phase-ms MS] [--busy THREADS] [--lead-ms MS] [--edt-load-ms MS]}.
 */
public final class EngineBenchmark {

    private final int phases;
    private final long phaseNanos;
    private final int busyThreads;
    private final long leadNanos;
    private final int edtLoadMs;

    private EngineBenchmark(int phases, long phaseMs, int busyThreads, long leadMs, int edtLoadMs) {
        this.phases = phases;
        this.phaseNanos = TimeUnit.MILLISECONDS.toNanos(phaseMs);
        this.busyThreads = busyThreads;
        this.leadNanos = TimeUnit.MILLISECONDS.toNanos(leadMs);
        this.edtLoadMs = edtLoadMs;
    }

    public static void main(String[] args) throws Exception {
        int phases = 200;
        long phaseMs = 1000;
        int busy = Runtime.getRuntime().availableProcessors();
        long lead = 50;
        int edtLoad = 0;
        for (int i = 0; i + 1 < args.length; i += 2) {
            int value = Integer.parseInt(args[i + 1]);
            switch (args[i]) {
                case "--phases" -> phases = value;
                case "--phase-ms" -> phaseMs = value;
                case "--busy" -> busy = value;
                case "--lead-ms" -> lead = value;
                case "--edt-load-ms" -> edtLoad = value;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        new EngineBenchmark(phases, phaseMs, busy, lead, edtLoad).run();
    }

    /** One way of counting down: when it saw each boundary, from its own origin. EDT only. */
    private final class Run {
        final String name;
        final long[] observed = new long[phases];
        final long[] recorded = new long[phases];
        long origin;
        int next;

        Run(String name) {
            this.name = name;
        }

        void saw(long recordedOffset) {
            observed[next] = System.nanoTime();
            recorded[next++] = recordedOffset;
        }
    }

    private void run() throws Exception {
        System.out.printf("engine benchmark: %d phases of %d ms, %d busy threads on %d cores, lead %d ms, "
                        + "EDT load %d ms per 16 ms, headless=%s, Java %s%n", phases, phaseNanos / 1_000_000,
                busyThreads, Runtime.getRuntime().availableProcessors(), leadNanos / 1_000_000, edtLoadMs,
                GraphicsEnvironment.isHeadless(), System.getProperty("java.version"));
        Timeline timeline = timeline();
        warmUp(timeline);
        List<Thread> busy = startBusyThreads();
        Thread.sleep(500);   // let the busy threads settle in before timing starts

        Run atDeadline = new Run("engine, one-shot Timer at the next deadline");
        Run early = new Run("engine, Timer " + leadNanos / 1_000_000 + " ms early, EDT parks to the deadline");
        Run thread = new Run("engine, own wake thread parks to the deadline, then invokeLater");
        Run naiveSecond = new Run("naive, counter on 1000 ms Timer ticks");
        Run naiveTenth = new Run("naive, counter on 100 ms Timer ticks");
        CountDownLatch done = new CountDownLatch(5);
        List<Long> controlLateness = new ArrayList<>();
        Thread control = new Thread(() -> {
            long deadline = System.nanoTime();
            while (done.getCount() > 0) {
                deadline += 10_000_000L;
                parkUntil(deadline);
                controlLateness.add(System.nanoTime() - deadline);
            }
        }, "control");
        control.setDaemon(true);
        control.start();
        List<Timer> timers = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            timers.add(engine(timeline, atDeadline, 0, done));
            timers.add(naive(naiveSecond, 1000, done));
            timers.add(naive(naiveTenth, 100, done));
            if (edtLoadMs > 0) {
                Timer load = new Timer(16, e -> spin(TimeUnit.MILLISECONDS.toNanos(edtLoadMs)));
                load.start();
                timers.add(load);
            }
            // Half a phase later, so its waits on the EDT never sit on the other engine's boundaries.
            Timer later = new Timer((int) (phaseNanos / 2_000_000), e -> timers.add(engine(timeline, early, leadNanos,
                    done)));
            later.setRepeats(false);
            later.start();
            Timer quarter = new Timer((int) (phaseNanos / 4_000_000), e -> wakeThread(timeline, thread, done));
            quarter.setRepeats(false);
            quarter.start();
        });
        if (!done.await(phases * phaseNanos / 1_000_000_000L * 3 + 60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("benchmark did not finish");
        }
        SwingUtilities.invokeAndWait(() -> timers.forEach(Timer::stop));
        busy.forEach(Thread::interrupt);

        System.out.println();
        System.out.println("| driver | boundaries | p50 ms | p99 ms | max ms | over 17 ms | error at last boundary ms |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (Run run : List.of(atDeadline, early, thread, naiveSecond, naiveTenth)) {
            report(run);
        }
        control.join();
        double[] lateness = controlLateness.stream().mapToDouble(nanos -> nanos / 1e6).sorted().toArray();
        System.out.printf("| control: bare thread parking to a deadline every 10 ms | %d | %.2f | %.2f | %.2f | %d | n/a |%n",
                lateness.length, percentile(lateness, 50), percentile(lateness, 99), lateness[lateness.length - 1],
                Arrays.stream(lateness).filter(ms -> ms > 17).count());
        for (Run run : List.of(atDeadline, early, thread)) {
            long worst = 0;
            for (int k = 0; k < phases; k++) {
                worst = Math.max(worst, Math.abs(run.recorded[k] - (k + 1) * phaseNanos));
            }
            System.out.printf("%s: recorded boundaries vs ideal schedule, max |error| %d ns%n", run.name, worst);
        }
        System.exit(0);
    }

    /** Drives an engine the kiosk's way: the timer only wakes the EDT, re-armed for the engine's next deadline. */
    private Timer engine(Timeline timeline, Run run, long lead, CountDownLatch done) {
        SessionEngine session = new SessionEngine(timeline, Ticker.system(), Clock.systemUTC());
        session.onEvent(event -> {
            if (event.type() == EventType.PHASE_STARTED && event.phase() > 0
                    || event.type() == EventType.SESSION_COMPLETED) {
                run.saw(event.offsetNanos());
            }
        });
        Timer wake = new Timer(0, null);
        wake.setRepeats(false);
        long[] armedFor = new long[1];
        wake.addActionListener(e -> {
            long left = armedFor[0] - System.nanoTime();
            if (lead > 0 && left > 0 && left <= lead + 2_000_000) {
                parkUntil(armedFor[0]);
            }
            OptionalLong next = session.poll();
            if (next.isEmpty()) {
                done.countDown();
                return;
            }
            armedFor[0] = next.getAsLong();
            long delay = next.getAsLong() - lead - System.nanoTime();
            wake.setInitialDelay((int) Math.max(0, (delay + 999_999) / 1_000_000));
            wake.restart();
        });
        run.origin = System.nanoTime();
        session.start();
        armedFor[0] = session.poll().getAsLong();
        wake.setInitialDelay((int) ((armedFor[0] - lead - System.nanoTime()) / 1_000_000));
        wake.start();
        return wake;
    }

    /** Drives an engine without Swing's TimerQueue: a thread of its own sleeps to each deadline. Started on the EDT. */
    private void wakeThread(Timeline timeline, Run run, CountDownLatch done) {
        SessionEngine session = new SessionEngine(timeline, Ticker.system(), Clock.systemUTC());
        session.onEvent(event -> {
            if (event.type() == EventType.PHASE_STARTED && event.phase() > 0
                    || event.type() == EventType.SESSION_COMPLETED) {
                run.saw(event.offsetNanos());
            }
        });
        run.origin = System.nanoTime();
        session.start();
        long first = session.poll().getAsLong();
        Thread waker = new Thread(() -> {
            long[] next = {first};
            while (next[0] != Long.MIN_VALUE) {
                parkUntil(next[0]);
                try {
                    SwingUtilities.invokeAndWait(() -> next[0] = session.poll().orElse(Long.MIN_VALUE));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            done.countDown();
        }, "engine-wake");
        waker.setDaemon(true);
        waker.start();
    }

    /** A countdown the naive way: each tick of a repeating timer takes one tick off the phase. */
    private Timer naive(Run run, int tickMs, CountDownLatch done) {
        int ticksPerPhase = (int) (phaseNanos / TimeUnit.MILLISECONDS.toNanos(tickMs));
        int[] left = {ticksPerPhase};
        Timer timer = new Timer(tickMs, null);
        timer.addActionListener(e -> {
            if (--left[0] > 0 || run.next == phases) {
                return;
            }
            run.saw(0);
            left[0] = ticksPerPhase;
            if (run.next == phases) {
                timer.stop();
                done.countDown();
            }
        });
        run.origin = System.nanoTime();
        timer.start();
        return timer;
    }

    private void report(Run run) {
        double[] errors = new double[phases];
        for (int k = 0; k < phases; k++) {
            errors[k] = (run.observed[k] - (run.origin + (k + 1) * phaseNanos)) / 1e6;
        }
        double[] sorted = Arrays.stream(errors).map(Math::abs).sorted().toArray();
        long over = Arrays.stream(sorted).filter(ms -> ms > 17).count();
        System.out.printf("| %s | %d | %.2f | %.2f | %.2f | %d | %+.2f |%n", run.name, phases, percentile(sorted, 50),
                percentile(sorted, 99), sorted[sorted.length - 1], over, errors[phases - 1]);
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }

    /**
     * Loads and compiles the engine's code paths on a simulated clock first, as in a kiosk that has been up for a
     * while: otherwise the first boundaries measure class loading, not timing.
     */
    private static void warmUp(Timeline timeline) {
        long[] now = {0};
        for (int round = 0; round < 20; round++) {
            SessionEngine engine = new SessionEngine(timeline, () -> now[0], Clock.systemUTC());
            engine.onEvent(event -> { });
            engine.start();
            OptionalLong wake;
            while ((wake = engine.poll()).isPresent()) {
                now[0] = wake.getAsLong() + 1_000_000;
            }
        }
    }

    private Timeline timeline() {
        Protocol protocol = new Protocol("bench", "Benchmark", 1, Condition.OTHER, "Many short phases.", List.of(),
                List.of(), false, List.of(), List.of(), List.of(), "bench.yaml", "", "0");
        List<Phase> list = new ArrayList<>();
        for (int i = 0; i < phases; i++) {
            list.add(new Phase(i, i, i % 2 == 0 ? PhaseKind.PRESS : PhaseKind.RELAX, "phase " + i, Optional.empty(),
                    Optional.empty(), new Timing.Fixed(Duration.ofNanos(phaseNanos)), 1, 1, "", 0));
        }
        return new Timeline(protocol, Optional.empty(), list);
    }

    private List<Thread> startBusyThreads() {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < busyThreads; i++) {
            Thread thread = new Thread(() -> {
                double x = 1;
                while (!Thread.currentThread().isInterrupted()) {
                    for (int j = 0; j < 1_000_000; j++) {
                        x = Math.sin(x) + Math.sqrt(x + j);
                    }
                }
                if (x == 42) {
                    System.out.print("");   // keeps the loop from being optimised away
                }
            }, "busy-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        return threads;
    }

    private static void parkUntil(long deadline) {
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }

    private static void spin(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
