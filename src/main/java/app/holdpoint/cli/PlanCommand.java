package app.holdpoint.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import app.holdpoint.protocol.Durations;
import app.holdpoint.protocol.Phase;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.protocol.TimelineExpander;
import app.holdpoint.protocol.Timing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Prints a protocol's expanded timeline: start offset, phase, duration, target, label.")
final class PlanCommand implements Callable<Integer> {

    @ParentCommand
    HoldpointCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE-OR-ID", description = "A protocol file, or the id of one in the protocols folder.")
    String protocol;

    @Option(names = "--side", paramLabel = "SIDE", description = "left, right or both, for steps that ask.")
    String side;

    @Override
    public Integer call() {
        Optional<Side> chosen = Optional.ofNullable(side).map(text -> Side.parse(text)
                .filter(s -> s != Side.ASK)
                .orElseThrow(() -> new UserError("--side must be left, right or both, got '" + text + "'", 2)));
        Protocol found = ProtocolLookup.find(root.settings().protocols(), protocol);
        Timeline timeline = TimelineExpander.expand(found, chosen);
        PrintWriter out = spec.commandLine().getOut();
        out.println(found.title() + " (" + found.id() + " v" + found.version() + ")"
                + chosen.map(s -> ", side " + s.word()).orElse(found.asksSide() ? ", side to choose" : ""));
        for (Phase phase : timeline.phases()) {
            var gate = found.gate(phase.stepIndex());
            out.println(line(timeline.plannedStart(phase.index()), phase)
                    + (gate.isAlways() ? "" : "  (" + gate.describe() + ")"));
        }
        out.println("total " + Durations.format(timeline.totalPlanned()));
        out.flush();
        return 0;
    }

    static String line(Duration start, Phase phase) {
        String target = phase.muscle().map(m -> m + phase.side().map(s -> " (" + s.word() + ")").orElse(""))
                .orElse("-");
        String cycle = phase.cycles() > 1 ? "  [" + phase.cycle() + "/" + phase.cycles() + "]" : "";
        return String.format("%8s  %-11s  %-18s  %-30s  %s%s", Durations.clock(start), phase.kind().word(),
                describe(phase.timing()), target, phase.label(), cycle);
    }

    static String describe(Timing timing) {
        if (timing instanceof Timing.Fixed fixed) {
            return Durations.format(fixed.duration());
        }
        if (timing instanceof Timing.UntilRelease release) {
            return Durations.format(release.min()) + "-" + Durations.format(release.max()) + " release";
        }
        Timing.UntilConfirmed confirmed = (Timing.UntilConfirmed) timing;
        return confirmed.countdown().map(d -> Durations.format(d) + " + confirm").orElse("confirm");
    }

    /** Finds a protocol by file path or id, or fails with the problems that stop it loading. */
    static final class ProtocolLookup {
        private ProtocolLookup() {
        }

        static Protocol find(Path folder, String fileOrId) {
            Path asPath = Path.of(fileOrId);
            boolean isFile = fileOrId.endsWith(".yaml") || Files.isRegularFile(asPath);
            var loaded = isFile
                    ? app.holdpoint.protocol.load.ProtocolLibrary.load(folder, List.of(asPath))
                    : app.holdpoint.protocol.load.ProtocolLibrary.load(folder);
            if (isFile) {
                var file = loaded.files().get(0);
                return file.protocol().orElseThrow(() -> new UserError(fileOrId + " does not load:\n  "
                        + String.join("\n  ", file.problems().stream().map(Object::toString).toList())));
            }
            return loaded.byId(fileOrId).orElseThrow(() -> new UserError("no protocol with id '" + fileOrId
                    + "' in " + folder + "; known: " + String.join(", ",
                    loaded.protocols().stream().map(Protocol::id).sorted().toList())
                    + (loaded.invalid().isEmpty() ? "" : " (run validate: some files do not load)")));
        }
    }
}
