package app.holdpoint.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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
import app.holdpoint.protocol.load.ProtocolLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "plan", mixinStandardHelpOptions = true)
final class PlanCommand implements Callable<Integer> {

    @ParentCommand
    HoldpointCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    ProtocolChoice choice;

    @Option(names = "--answer", paramLabel = "ID=yes|no")
    List<String> answerOptions = new ArrayList<>();

    @Override
    public Integer call() {
        CliText words = root.words();
        Optional<Side> chosen = choice.side(words);
        Protocol found = choice.find(root, words);
        Map<String, Boolean> given = answers(found, answerOptions, words);
        Optional<Map<String, Boolean>> answers = given.isEmpty() ? Optional.empty()
                : Optional.of(withDefaults(found, given));
        PrintWriter out = spec.commandLine().getOut();
        out.println(found.title() + " (" + found.id() + " v" + found.version() + ")"
                + chosen.map(s -> words.get("plan.sideChosen", s.word()))
                .orElse(found.asksSide() ? words.get("plan.sideToChoose") : ""));
        boolean absolute = printStops(out, found, given, words);
        if (absolute) {
            out.flush();
            return 0;
        }
        answers.ifPresent(all -> printPrecautions(out, found, all, words));
        chosen.ifPresent(s -> printTriggerPoints(out, found, s, answers, words));
        Timeline timeline = TimelineExpander.expand(found, chosen, answers);
        for (Phase phase : timeline.phases()) {
            var gate = found.gate(phase.stepIndex());
            out.println(line(timeline.plannedStart(phase.index()), phase, words)
                    + (gate.isAlways() ? "" : "  (" + gate.describe(new GateWords(words)) + ")"));
        }
        out.println(words.get("plan.total", Durations.format(timeline.totalPlanned())));
        out.flush();
        return 0;
    }

    /** The {@code --answer} options by question id; a usage error names what is wrong and what is valid. */
    static Map<String, Boolean> answers(Protocol protocol, List<String> options, CliText words) {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        for (String option : options) {
            int equals = option.indexOf('=');
            String id = equals < 0 ? option.strip() : option.substring(0, equals).strip();
            String word = equals < 0 ? "" : option.substring(equals + 1).strip().toLowerCase(Locale.ROOT);
            if (protocol.question(id).isEmpty()) {
                List<String> ids = protocol.screening().stream().map(ScreeningQuestion::id).toList();
                throw new UserError(words.get("plan.answerUnknown", id, protocol.id(), DidYouMean.hint(id, ids, words.locale()),
                        String.join(", ", ids)), 2);
            }
            Boolean answer = switch (word) {
                case "yes", "y", "true" -> true;
                case "no", "n", "false" -> false;
                default -> throw new UserError(words.get("plan.answerWord", option), 2);
            };
            if (answers.containsKey(id) && !answers.get(id).equals(answer)) {
                throw new UserError(words.get("plan.answerBoth", id), 2);
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
    private static boolean printStops(PrintWriter out, Protocol protocol, Map<String, Boolean> given,
                                      CliText words) {
        boolean absolute = false;
        for (Map.Entry<String, Boolean> answer : given.entrySet()) {
            ScreeningQuestion question = protocol.question(answer.getKey()).orElseThrow();
            if (!question.stops(answer.getValue())) {
                continue;
            }
            String said = question.id() + "=" + (answer.getValue() ? "yes" : "no");
            if (question.absolute()) {
                absolute = true;
                out.println(words.get("plan.stopAbsolute", said, question.text()));
            } else {
                out.println(words.get("plan.stopRelative", said, question.text()));
            }
        }
        return absolute;
    }

    private static void printPrecautions(PrintWriter out, Protocol protocol, Map<String, Boolean> answers,
                                         CliText words) {
        for (ScreeningQuestion question : protocol.screening()) {
            if (Boolean.TRUE.equals(answers.get(question.id())) && question.whenYes().isPresent()) {
                var precaution = question.whenYes().get();
                out.println(words.get("plan.precaution", question.id(), precaution.text(),
                        String.join(", ", Arrays.stream(StepKind.values())
                        .filter(precaution::appliesTo).map(StepKind::word).toList())));
            }
        }
    }

    /** The count against the cap, and what the default choice leaves for next time. */
    private static void printTriggerPoints(PrintWriter out, Protocol protocol, Side chosen,
                                           Optional<Map<String, Boolean>> answers, CliText words) {
        TriggerPointPlan plan = TriggerPointPlan.of(protocol, Optional.of(chosen), answers);
        if (plan.points().isEmpty() || chosen != Side.BOTH && plan.cap().isEmpty() && !plan.needsChoice()) {
            return;
        }
        TriggerPointChoice choice = plan.needsChoice() ? plan.defaultChoice() : TriggerPointChoice.ALL;
        int treated = choice.treatedIn(plan).size();
        out.println(words.get("plan.triggerPoints", String.valueOf(treated), String.valueOf(plan.points().size()))
                + plan.cap().stream().mapToObj(cap -> words.get("plan.cap", String.valueOf(cap))).findFirst()
                .orElse(""));
        List<TriggerPoint> left = plan.leftOut(choice);
        List<TriggerPoint> optional = left.stream().filter(TriggerPoint::optional).toList();
        List<TriggerPoint> overCap = left.stream().filter(point -> !point.optional()).toList();
        if (!overCap.isEmpty()) {
            out.println(words.get("plan.overCap", describe(overCap)));
        }
        if (!optional.isEmpty()) {
            out.println(words.get("plan.optional", describe(optional)));
        }
    }

    private static String describe(List<TriggerPoint> points) {
        return String.join(", ", points.stream().map(TriggerPoint::describe).toList());
    }

    static String line(Duration start, Phase phase, CliText words) {
        String target = phase.muscle().map(m -> m + phase.side().map(s -> " (" + s.word() + ")").orElse(""))
                .orElse("-");
        String cycle = phase.cycles() > 1 ? "  [" + phase.cycle() + "/" + phase.cycles() + "]" : "";
        return String.format("%8s  %-11s  %-18s  %-30s  %s%s", Durations.clock(start), phase.kind().word(),
                describe(phase.timing(), words), target, phase.label(), cycle);
    }

    static String describe(Timing timing, CliText words) {
        if (timing instanceof Timing.Fixed fixed) {
            return Durations.format(fixed.duration());
        }
        if (timing instanceof Timing.UntilRelease release) {
            return words.get("plan.release", Durations.format(release.min()), Durations.format(release.max()));
        }
        Timing.UntilConfirmed confirmed = (Timing.UntilConfirmed) timing;
        return confirmed.countdown().map(d -> words.get("plan.countdownConfirm", Durations.format(d)))
                .orElseGet(() -> words.get("plan.confirm"));
    }

    /** Finds a protocol by file path or id, or fails with the problems that stop it loading. */
    static final class ProtocolLookup {
        private ProtocolLookup() {
        }

        static Protocol find(Path folder, String fileOrId) {
            return find(folder, fileOrId, CliText.ENGLISH);
        }

        static Protocol find(Path folder, String fileOrId, CliText words) {
            Path asPath = Path.of(fileOrId);
            boolean isFile = fileOrId.endsWith(".yaml") || Files.isRegularFile(asPath);
            var loaded = isFile
                    ? ProtocolLibrary.load(folder, List.of(asPath))
                    : ProtocolLibrary.load(folder);
            if (isFile) {
                var file = loaded.files().get(0);
                return file.protocol().orElseThrow(() -> new UserError(words.get("plan.doesNotLoad", fileOrId,
                        String.join("\n  ", file.problems().stream().map(p -> p.toString(words.locale())).toList()))));
            }
            return loaded.byId(fileOrId).orElseThrow(() -> new UserError(words.get("plan.noProtocol", fileOrId,
                    folder.toString(), String.join(", ", loaded.protocols().stream().map(Protocol::id).sorted()
                    .toList())) + (loaded.invalid().isEmpty() ? "" : words.get("plan.someInvalid"))));
        }
    }
}
