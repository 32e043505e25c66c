package app.holdpoint.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.function.DoubleFunction;

import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.protocol.TimelineExpander;
import app.holdpoint.session.SessionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "simulate", mixinStandardHelpOptions = true)
final class SimulateCommand implements Callable<Integer> {

    @ParentCommand
    HoldpointCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    ProtocolChoice choice;

    @Option(names = "--therapist", required = true, paramLabel = "NAME")
    String therapist;

    @Option(names = "--client", required = true, paramLabel = "REF")
    String client;

    @Option(names = "--speed", paramLabel = "N", defaultValue = "1")
    double speed;

    @Option(names = "--pain-before", paramLabel = "N")
    Integer painBefore;

    @Option(names = "--pain-after", paramLabel = "N")
    Integer painAfter;

    @Option(names = "--pain-during", paramLabel = "N")
    Integer painDuring;

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
        CliText words = root.words();
        if (!(speed > 0) || speed > 10_000) {
            throw new UserError(words.get("simulate.speed", String.valueOf(speed)), 2);
        }
        Protocol found = choice.find(root, words);
        Optional<Side> chosen = choice.side(words);
        if (found.asksSide() && chosen.isEmpty()) {
            throw new UserError(words.get("simulate.asksSide", found.id()), 2);
        }
        Timeline timeline = TimelineExpander.expand(found, chosen);
        Optional<Integer> before = rating("--pain-before", painBefore, words);
        Optional<Integer> after = rating("--pain-after", painAfter, words);
        Optional<Integer> during = rating("--pain-during", painDuring, words).or(() -> before);
        boolean rates = timeline.phases().stream().anyMatch(phase -> phase.kind() == PhaseKind.RATE);
        if (rates && during.isEmpty()) {
            throw new UserError(words.get("simulate.asksRatings", found.id()), 2);
        }
        PrintWriter out = spec.commandLine().getOut();
        // Each event line is printed only after the store has committed the event. Beginning the record first
        // means a refusal (unknown therapist, no dry-needling credential) is the only thing printed.
        SessionReport report;
        try (RecordedSession recorded = RecordedSession.begin(root.settings(), therapist, client, timeline,
                before.map(OptionalInt::of).orElse(OptionalInt.empty()), clock,
                spec.commandLine().getErr(), words)) {
            out.println(words.get("simulate.start", found.id(), String.valueOf(found.version()), client, therapist,
                    chosen.map(s -> words.get("plan.sideChosen", s.word())).orElse(""), speedText()));
            String notGiven = words.get("simulate.notGiven");
            out.println(words.get("simulate.painBefore", before.map(String::valueOf).orElse(notGiven)));
            report = new Simulation(timeline, pacers.apply(speed), clock, recorded, out, during.orElse(0), words,
                    root.reportWords()).run();
            var record = recorded.seal(report,
                    after.map(OptionalInt::of).orElse(OptionalInt.empty()));
            out.println(words.get("simulate.painAfter", after.map(String::valueOf).orElse(notGiven)));
            out.println(words.get("simulate.recorded", String.valueOf(record.id()), record.status().word()));
        }
        out.flush();
        return report.outcome() == SessionReport.Outcome.COMPLETED ? 0 : 1;
    }

    private String speedText() {
        return speed == Math.rint(speed) ? (long) speed + "x" : speed + "x";
    }

    private static Optional<Integer> rating(String option, Integer value, CliText words) {
        if (value != null && (value < 0 || value > 10)) {
            throw new UserError(words.get("simulate.rating", option, String.valueOf(value)), 2);
        }
        return Optional.ofNullable(value);
    }
}
