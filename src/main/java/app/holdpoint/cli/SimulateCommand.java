package app.holdpoint.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.DoubleFunction;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.protocol.TimelineExpander;
import app.holdpoint.session.EventSink;
import app.holdpoint.session.SessionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Runs a session headless with the real engine on a sped-up clock, confirming every prompt "
                + "and marking release at each hold's minimum; prints each event as it happens, then planned "
                + "versus actual.", "Exit 0 when the session completes."})
final class SimulateCommand implements Callable<Integer> {

    @ParentCommand
    HoldpointCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE-OR-ID", description = "A protocol file, or the id of one in the protocols folder.")
    String protocol;

    @Option(names = "--therapist", required = true, paramLabel = "NAME", description = "Who runs the session.")
    String therapist;

    @Option(names = "--client", required = true, paramLabel = "REF", description = "Pseudonymous client reference.")
    String client;

    @Option(names = "--side", paramLabel = "SIDE", description = "left, right or both, for steps that ask.")
    String side;

    @Option(names = "--speed", paramLabel = "N", defaultValue = "1",
            description = "Run the clock N times faster (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--pain-before", paramLabel = "N", description = "Pain rating 0-10 given before (and during).")
    Integer painBefore;

    @Option(names = "--pain-after", paramLabel = "N", description = "Pain rating 0-10 given after.")
    Integer painAfter;

    private final DoubleFunction<Pacer> pacers;
    private final Clock clock;

    SimulateCommand() {
        this(Pacer::sped, Clock.systemUTC());
    }

    /** Tests pass a pacer on a fake ticker, so a simulated half hour takes no real time. */
    SimulateCommand(DoubleFunction<Pacer> pacers, Clock clock) {
        this.pacers = pacers;
        this.clock = clock;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (!(speed > 0) || speed > 10_000) {
            throw new UserError("--speed must be more than 0 and at most 10000, got " + speed, 2);
        }
        Protocol found = PlanCommand.ProtocolLookup.find(root.settings().protocols(), protocol);
        Optional<Side> chosen = Optional.ofNullable(side).map(text -> Side.parse(text).filter(s -> s != Side.ASK)
                .orElseThrow(() -> new UserError("--side must be left, right or both, got '" + text + "'", 2)));
        if (found.asksSide() && chosen.isEmpty()) {
            throw new UserError(found.id() + " asks for a side: pass --side left, right or both", 2);
        }
        Timeline timeline = TimelineExpander.expand(found, chosen);
        int before = rating("--pain-before", painBefore, needsRating(found, false));
        int after = rating("--pain-after", painAfter, needsRating(found, true));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Simulating " + found.id() + " v" + found.version() + " for client " + client + ", therapist "
                + therapist + chosen.map(s -> ", side " + s.word()).orElse("") + ", at " + speedText() + " speed.");
        out.println("Events are printed once stored; no store is connected yet, so nothing is kept.");
        // The store plugs in here: an EventSink whose append returns once the event is durable.
        EventSink sink = EventSink.discarding();
        SessionReport report = new Simulation(timeline, pacers.apply(speed), clock, sink, out, before, after).run();
        return report.outcome() == SessionReport.Outcome.COMPLETED ? 0 : 1;
    }

    private String speedText() {
        return speed == Math.rint(speed) ? (long) speed + "x" : speed + "x";
    }

    private static boolean needsRating(Protocol protocol, boolean after) {
        return protocol.steps().stream().anyMatch(step -> step instanceof app.holdpoint.protocol.Step.Rate rate
                && "after".equals(rate.moment()) == after);
    }

    private static int rating(String option, Integer value, boolean needed) {
        if (value == null) {
            if (needed) {
                throw new UserError("the protocol asks for this rating: pass " + option + " N (0-10)", 2);
            }
            return 0;
        }
        if (value < 0 || value > 10) {
            throw new UserError(option + " must be from 0 to 10, got " + value, 2);
        }
        return value;
    }
}
