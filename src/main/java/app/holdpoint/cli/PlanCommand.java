package app.holdpoint.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import app.holdpoint.protocol.Durations;
import app.holdpoint.protocol.Phase;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.ScreeningQuestion;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.StepKind;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.protocol.TimelineExpander;
import app.holdpoint.protocol.Timing;
import app.holdpoint.protocol.TriggerPoint;
import app.holdpoint.protocol.TriggerPointChoice;
import app.holdpoint.protocol.TriggerPointPlan;
import app.holdpoint.protocol.load.DidYouMean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Prints a protocol's expanded timeline: start offset, phase, duration, target, label.",
                "With --answer, the timeline of a session with those screening answers: gated steps left out, "
                        + "stop answers explained, precaution lines listed. Questions not answered take the "
                        + "answer that does not stop (usually no)."})
final class PlanCommand implements Callable<Integer> {

    @ParentCommand
    HoldpointCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE-OR-ID", description = "A protocol file, or the id of one in the protocols folder.")
    String protocol;

    @Option(names = "--side", paramLabel = "SIDE", description = "left, right or both, for steps that ask.")
    String side;

    @Option(names = "--answer", paramLabel = "ID=yes|no",
            description = "A screening answer, e.g. cold-intolerance=yes; repeat for more.")
    List<String> answerOptions = new ArrayList<>();

    @Override
    public Integer call() {
        Optional<Side> chosen = Optional.ofNullable(side).map(text -> Side.parse(text)
                .filter(s -> s != Side.ASK)
                .orElseThrow(() -> new UserError("--side must be left, right or both, got '" + text + "'", 2)));
        Protocol found = ProtocolLookup.find(root.settings().protocols(), protocol);
        Map<String, Boolean> given = answers(found, answerOptions);
        Optional<Map<String, Boolean>> answers = given.isEmpty() ? Optional.empty()
                : Optional.of(withDefaults(found, given));
        PrintWriter out = spec.commandLine().getOut();
        out.println(found.title() + " (" + found.id() + " v" + found.version() + ")"
                + chosen.map(s -> ", side " + s.word()).orElse(found.asksSide() ? ", side to choose" : ""));
        boolean absolute = printStops(out, found, given);
        if (absolute) {
            out.flush();
            return 0;
        }
        answers.ifPresent(all -> printPrecautions(out, found, all));
        chosen.ifPresent(s -> printTriggerPoints(out, found, s, answers));
        Timeline timeline = TimelineExpander.expand(found, chosen, answers);
        for (Phase phase : timeline.phases()) {
            var gate = found.gate(phase.stepIndex());
            out.println(line(timeline.plannedStart(phase.index()), phase)
                    + (gate.isAlways() ? "" : "  (" + gate.describe() + ")"));
        }
        out.println("total " + Durations.format(timeline.totalPlanned()));
        out.flush();
        return 0;
    }

    /** The {@code --answer} options by question id; a usage error names what is wrong and what is valid. */
    static Map<String, Boolean> answers(Protocol protocol, List<String> options) {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        for (String option : options) {
            int equals = option.indexOf('=');
            String id = equals < 0 ? option.strip() : option.substring(0, equals).strip();
            String word = equals < 0 ? "" : option.substring(equals + 1).strip().toLowerCase(Locale.ROOT);
            if (protocol.question(id).isEmpty()) {
                List<String> ids = protocol.screening().stream().map(ScreeningQuestion::id).toList();
                throw new UserError("--answer: '" + id + "' is not a screening question of " + protocol.id()
                        + DidYouMean.hint(id, ids) + "; its questions are " + String.join(", ", ids), 2);
            }
            Boolean answer = switch (word) {
                case "yes", "y", "true" -> true;
                case "no", "n", "false" -> false;
                default -> throw new UserError("--answer must be ID=yes or ID=no, got '" + option + "'", 2);
            };
            if (answers.containsKey(id) && !answers.get(id).equals(answer)) {
                throw new UserError("--answer " + id + " is given as both yes and no", 2);
            }
            answers.put(id, answer);
        }
        return answers;
    }

    /** Every question answered: the given answers, and for the rest the answer that does not stop. */
    static Map<String, Boolean> withDefaults(Protocol protocol, Map<String, Boolean> given) {
        Map<String, Boolean> all = new LinkedHashMap<>();
        for (ScreeningQuestion question : protocol.screening()) {
            all.put(question.id(), given.getOrDefault(question.id(),
                    question.stopAnswer().map(stop -> !stop).orElse(false)));
        }
        return all;
    }

    /** Prints what each stop answer does; true when one of them is absolute, so nothing runs. */
    private static boolean printStops(PrintWriter out, Protocol protocol, Map<String, Boolean> given) {
        boolean absolute = false;
        for (Map.Entry<String, Boolean> answer : given.entrySet()) {
            ScreeningQuestion question = protocol.question(answer.getKey()).orElseThrow();
            if (!question.stops(answer.getValue())) {
                continue;
            }
            String said = question.id() + "=" + (answer.getValue() ? "yes" : "no");
            if (question.absolute()) {
                absolute = true;
                out.println("STOP " + said + " (" + question.text() + "): absolute stop, no override possible; "
                        + "the session cannot start");
            } else {
                out.println("STOP " + said + " (" + question.text() + "): relative stop, the session starts only "
                        + "with an administrator's override and a recorded reason; the plan below is what runs then");
            }
        }
        return absolute;
    }

    private static void printPrecautions(PrintWriter out, Protocol protocol, Map<String, Boolean> answers) {
        for (ScreeningQuestion question : protocol.screening()) {
            if (Boolean.TRUE.equals(answers.get(question.id())) && question.whenYes().isPresent()) {
                var precaution = question.whenYes().get();
                out.println("precaution " + question.id() + "=yes: " + precaution.text() + " (on "
                        + String.join(", ", java.util.Arrays.stream(StepKind.values())
                        .filter(precaution::appliesTo).map(StepKind::word).toList()) + " steps)");
            }
        }
    }

    /** The count against the cap, and what the default choice leaves for next time. */
    private static void printTriggerPoints(PrintWriter out, Protocol protocol, Side chosen,
                                           Optional<Map<String, Boolean>> answers) {
        TriggerPointPlan plan = TriggerPointPlan.of(protocol, Optional.of(chosen), answers);
        if (plan.points().isEmpty() || chosen != Side.BOTH && plan.cap().isEmpty() && !plan.needsChoice()) {
            return;
        }
        TriggerPointChoice choice = plan.needsChoice() ? plan.defaultChoice() : TriggerPointChoice.ALL;
        int treated = choice.treatedIn(plan).size();
        out.println("trigger points: " + treated + " treated of " + plan.points().size()
                + plan.cap().stream().mapToObj(cap -> ", at most " + cap + " per session").findFirst().orElse(""));
        List<TriggerPoint> left = plan.leftOut(choice);
        List<TriggerPoint> optional = left.stream().filter(TriggerPoint::optional).toList();
        List<TriggerPoint> overCap = left.stream().filter(point -> !point.optional()).toList();
        if (!overCap.isEmpty()) {
            out.println("left for next time (over the cap): " + describe(overCap));
        }
        if (!optional.isEmpty()) {
            out.println("optional, left out unless turned on: " + describe(optional));
        }
    }

    private static String describe(List<TriggerPoint> points) {
        return String.join(", ", points.stream().map(TriggerPoint::describe).toList());
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
