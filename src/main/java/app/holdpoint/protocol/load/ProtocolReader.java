package app.holdpoint.protocol.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import app.holdpoint.io.Sha256;
import app.holdpoint.protocol.Catalog;
import app.holdpoint.protocol.Citation;
import app.holdpoint.protocol.Condition;
import app.holdpoint.protocol.Gate;
import app.holdpoint.protocol.Muscle;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.ScreeningQuestion;
import app.holdpoint.protocol.ScreeningSet;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.Step;
import app.holdpoint.protocol.StepKind;
import app.holdpoint.protocol.StepSchema;
import app.holdpoint.protocol.Target;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.Map;
import java.util.HashMap;
import app.holdpoint.protocol.TimelineExpander;
import java.util.HashSet;
import java.util.LinkedHashMap;
import app.holdpoint.protocol.Durations;

/** Reads one protocol file's text into a {@link Protocol}, or the located problems that prevent it. */
public final class ProtocolReader {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> TOP = Set.of("id", "title", "version", "condition", "summary", "sources",
            "consent", "screening", "steps", "max-trigger-points");
    private static final List<String> SIDES = List.of("left", "right", "both", "ask", "bilateral");
    static final int MAX_TRIGGER_POINTS = 50;
    static final int MAX_CYCLES = 20;
    static final int MAX_NEEDLES = 50;

    /** A protocol when the file had no errors (warnings may remain), and every problem found. */
    public record Result(Optional<Protocol> protocol, List<Problem> problems) {
    }

    private final Catalog catalog;

    public ProtocolReader(Catalog catalog) {
        this.catalog = catalog;
    }

    public Result read(String fileName, byte[] bytes) {
        Problems problems = new Problems(fileName);
        if (bytes.length > SourceText.MAX_BYTES) {
            problems.error(1, 1, ProblemKey.FILE_TOO_LARGE, String.valueOf(bytes.length / 1024));
            return new Result(Optional.empty(), problems.all());
        }
        String text = SourceText.decode(bytes, problems);
        if (text == null) {
            return new Result(Optional.empty(), problems.all());
        }
        Protocol protocol = null;
        try {
            YamlNode root = YamlTree.parse(text, problems);
            if (root instanceof YamlNode.Mapping mapping) {
                protocol = protocol(mapping, problems, fileName, text);
            } else {
                int line = root == null ? 1 : root.line();
                int column = root == null ? 1 : root.column();
                problems.error(line, column, ProblemKey.PROTOCOL_NOT_MAP,
                        root == null ? ProblemKey.NODE_EMPTY_FILE.words() : root.described());
            }
        } catch (YamlTree.SyntaxError e) {
            problems.error(e.line(), e.column(), e.key(), e.arguments());
        }
        return new Result(problems.hasErrors() ? Optional.empty() : Optional.ofNullable(protocol), problems.all());
    }

    private Protocol protocol(YamlNode.Mapping map, Problems problems, String fileName, String text) {
        List<Citation> citations = new ArrayList<>();
        FieldReader f = new FieldReader(map, ProblemKey.WHAT_PROTOCOL.words(), "protocol", problems, citations);
        f.allowOnly(TOP);
        String id = f.text("id", "");
        if (!id.isEmpty() && !ID.matcher(id).matches()) {
            problems.error(f.node("id").orElseThrow(), ProblemKey.PROTOCOL_ID, YamlNode.abbreviate(id));
        }
        String title = f.text("title", id);
        int version = f.count("version", 1, 1_000_000, null, false);
        List<String> conditionWords = Arrays.stream(Condition.values()).map(Condition::word).toList();
        Condition condition = Condition.parse(f.oneOf("condition", conditionWords, null)).orElse(Condition.OTHER);
        String summary = f.text("summary", "");
        List<String> sources = f.node("sources").map(n -> f.sourceKeys(n, "sources")).orElse(List.of());
        if (!f.has("sources")) {
            f.missing("sources", ProblemKey.EXPECT_SOURCES.words());
        }
        boolean consent = f.oneOf("consent", List.of("required", "not-required"), "not-required")
                .equals("required");
        OptionalInt cap = f.has("max-trigger-points")
                ? OptionalInt.of(f.count("max-trigger-points", 1, MAX_TRIGGER_POINTS, null))
                : OptionalInt.empty();
        if (cap.isPresent() && cap.getAsInt() < 1) {
            cap = OptionalInt.empty();
        }
        List<ScreeningQuestion> screening = screening(f, problems);
        List<Gate> gates = new ArrayList<>();
        List<Step> steps = steps(f, problems, citations, consent, screening, gates);
        Map<String, Muscle> muscles = new HashMap<>();
        steps.forEach(step -> TimelineExpander.targetOf(step)
                .flatMap(target -> catalog.muscle(target.muscle()))
                .ifPresent(muscle -> muscles.put(muscle.id(), muscle)));
        return new Protocol(id, title, version, condition, summary, sources, screening, consent, steps, gates,
                citations, fileName, text, Sha256.hex(text), cap, muscles);
    }

    private List<ScreeningQuestion> screening(FieldReader f, Problems problems) {
        List<ScreeningQuestion> questions = new ArrayList<>();
        Optional<YamlNode.Sequence> list = f.optionalList("screening");
        list.ifPresent(l -> {
            int number = 0;
            for (YamlNode item : l.items()) {
                if (!(item instanceof YamlNode.Mapping m)) {
                    problems.error(item, ProblemKey.SCREENING_ENTRY, item.described());
                    continue;
                }
                FieldReader qf = new FieldReader(m, ProblemKey.WHAT_QUESTION.words(), "screening", problems,
                        new ArrayList<>());
                if (qf.has("set")) {
                    qf.allowOnly(Set.of("set"));
                    qf.optionalText("set").ifPresent(setId -> {
                        ScreeningSet set = catalog.screeningSets().get(setId);
                        if (set == null) {
                            problems.error(qf.node("set").orElseThrow(), ProblemKey.SCREENING_UNKNOWN_SET, setId,
                                    DidYouMean.words(setId, catalog.screeningSets().keySet()));
                        } else {
                            questions.addAll(set.questions());
                        }
                    });
                } else {
                    number++;
                    qf.allowOnly(ScreeningReader.FIELDS);
                    ScreeningReader.question(qf, "q" + number).ifPresent(questions::add);
                }
            }
        });
        Set<String> seen = new HashSet<>();
        for (ScreeningQuestion q : questions) {
            if (!seen.add(q.id())) {
                problems.error(list.map(YamlNode::line).orElse(1), 1, ProblemKey.SCREENING_TWICE, q.id());
            }
        }
        return questions;
    }

    private List<Step> steps(FieldReader f, Problems problems, List<Citation> citations, boolean consent,
                             List<ScreeningQuestion> screening, List<Gate> gates) {
        List<Step> steps = new ArrayList<>();
        Optional<YamlNode.Sequence> list = f.optionalList("steps");
        if (list.isEmpty()) {
            if (!f.has("steps")) {
                f.missing("steps", ProblemKey.EXPECT_STEPS.words());
            }
            return steps;
        }
        if (list.get().items().isEmpty()) {
            problems.error(list.get(), ProblemKey.STEPS_EMPTY);
        }
        int index = 0;
        for (YamlNode item : list.get().items()) {
            String path = "steps[" + index++ + "]";
            if (!(item instanceof YamlNode.Mapping m) || m.entries().size() != 1) {
                problems.error(item, ProblemKey.STEPS_NOT_ONE_KIND, String.join(", ", StepKind.words()),
                        item.described(), item instanceof YamlNode.Mapping m2
                                ? ProblemKey.HINT_KEYS.words(String.valueOf(m2.entries().size())) : "");
                continue;
            }
            YamlNode.Entry entry = m.entries().values().iterator().next();
            Optional<StepKind> kind = StepKind.parse(entry.key());
            if (kind.isEmpty()) {
                problems.error(entry.keyLine(), entry.keyColumn(), ProblemKey.STEPS_UNKNOWN_KIND, entry.key(),
                        DidYouMean.words(entry.key(), StepKind.words()), String.join(", ", StepKind.words()));
                continue;
            }
            if (!(entry.value() instanceof YamlNode.Mapping settings)) {
                problems.error(entry.value(), ProblemKey.STEPS_SETTINGS, entry.key(), entry.value().described());
                continue;
            }
            FieldReader sf = new FieldReader(settings, entry.key(), path + "." + entry.key(), problems, citations);
            sf.readStepSources();
            Optional<Step> step = step(kind.get(), sf, entry.keyLine(), problems, consent);
            boolean treats = StepSchema.of(kind.get()).treatsTriggerPoint();
            sf.node("optional").filter(n -> !treats).ifPresent(n -> problems.error(n, ProblemKey.STEPS_OPTIONAL,
                    entry.key()));
            if (step.isPresent()) {
                steps.add(step.get());
                gates.add(gate(sf, screening, problems));
            }
        }
        return steps;
    }

    /** Reads one step through its row of the {@link StepSchema}: allowed fields, default label, cross-field rules. */
    private Optional<Step> step(StepKind kind, FieldReader f, int line, Problems problems, boolean consent) {
        StepSchema schema = StepSchema.of(kind);
        String cue = f.optionalText("cue").or(schema::cueWhenMissing).orElse("");
        Optional<String> label = f.optionalText("label");
        f.allowOnly(schema.allowedFields());
        switch (kind) {
            case HOLD -> {
                Target target = target(f);
                Optional<Duration> duration = f.optionalDuration("duration");
                Optional<Step.ReleaseWindow> release = f.optionalMap("until-release").map(m -> release(f, m, problems));
                check(schema, f, consent);
                return Optional.of(new Step.Hold(line, label(schema, f, label, muscleName(target)), cue, target,
                        duration, release));
            }
            case COMPRESSION -> {
                Target target = target(f);
                return Optional.of(new Step.Compression(line, label(schema, f, label, muscleName(target)), cue,
                        target, f.duration("press"), f.duration("relax"), f.count("cycles", 1, MAX_CYCLES, null)));
            }
            case RELAX -> {
                return Optional.of(new Step.Relax(line, label(schema, f, label, null), cue, f.duration("duration")));
            }
            case SPRAY_STRETCH -> {
                Target target = target(f);
                return Optional.of(new Step.SprayStretch(line, label(schema, f, label, muscleName(target)), cue,
                        target, f.text("sweeps", ""), f.duration("stretch"), f.count("cycles", 1, MAX_CYCLES, null),
                        f.optionalDuration("rewarm")));
            }
            case STRETCH -> {
                Target target = target(f);
                Duration hold = f.duration("hold");
                int repeat = f.count("repeat", 1, MAX_CYCLES, 1);
                Optional<Step.PostIsometric> pir = f.optionalMap("post-isometric").map(m -> {
                    FieldReader pf = f.nested(m, "post-isometric");
                    pf.allowOnly(Set.of("contract", "relax", "cycles"));
                    return new Step.PostIsometric(pf.duration("contract"), pf.duration("relax"),
                            pf.count("cycles", 1, MAX_CYCLES, null));
                });
                return Optional.of(new Step.Stretch(line, label(schema, f, label, muscleName(target)), cue, target,
                        hold, repeat, pir));
            }
            case NEEDLING -> {
                Target target = target(f);
                check(schema, f, consent);
                return Optional.of(new Step.Needling(line, label(schema, f, label, muscleName(target)), cue, target,
                        f.oneOf("technique", List.of("deep", "superficial"), null),
                        f.count("needles", 1, MAX_NEEDLES, null), f.optionalDuration("retention"),
                        f.duration("haemostasis")));
            }
            case INSTRUCT -> {
                String text = f.text("cue", "");
                Optional<Duration> duration = f.optionalDuration("duration");
                boolean confirm = f.yesNo("confirm", true);
                check(schema, f, consent);
                return Optional.of(new Step.Instruct(line, label(schema, f, label, null), text, duration, confirm));
            }
            case RATE -> {
                String measure = f.oneOf("measure", List.of("pain"), "pain");
                check(schema, f, consent);
                return Optional.of(new Step.Rate(line, label(schema, f, label, null), cue, measure, "during"));
            }
            case HOME_CARE -> {
                String adviceId = f.text("advice", "");
                var advice = catalog.advice().get(adviceId);
                if (advice == null && !adviceId.isEmpty()) {
                    problems.error(f.node("advice").orElseThrow(), ProblemKey.HOME_CARE_UNKNOWN, adviceId,
                            DidYouMean.words(adviceId, catalog.advice().keySet()));
                }
                return Optional.of(new Step.HomeCare(line, label(schema, f, label,
                        advice == null ? null : advice.title()), cue, adviceId, advice == null ? "" : advice.text()));
            }
        }
        throw new AssertionError(kind);
    }

    /**
     * The label a step shows: as written, else the schema's default ({@code name} is the muscle's or advice's,
     * null when there is none). A kind whose label is required reports a missing one here.
     */
    private static String label(StepSchema schema, FieldReader f, Optional<String> written, String name) {
        StepSchema.DefaultLabel fallback = schema.label();
        return switch (fallback.source()) {
            case REQUIRED -> f.text("label", fallback.text());
            case FIXED -> written.orElse(fallback.text());
            case MUSCLE_NAME, ADVICE_TITLE -> written.orElse(name == null ? fallback.text() : name);
        };
    }

    /** Checks the schema's rules between the fields of a step that has been read. */
    private static void check(StepSchema schema, FieldReader f, boolean consent) {
        Problems problems = f.problems();
        for (StepSchema.Rule rule : schema.rules()) {
            switch (rule) {
                case DURATION_OR_UNTIL_RELEASE -> {
                    if (f.has("duration") == f.has("until-release")) {
                        problems.error(f.map(), ProblemKey.RULE_DURATION_OR_RELEASE, schema.kind().word(),
                                (f.has("duration") ? ProblemKey.RULE_BOTH : ProblemKey.RULE_NEITHER).words());
                    }
                }
                case NEEDS_CONSENT -> {
                    if (!consent) {
                        problems.error(f.map(), ProblemKey.RULE_CONSENT, schema.kind().word());
                    }
                }
                case UNCONFIRMED_NEEDS_DURATION -> {
                    // Read without reporting: a confirm that is not yes or no was reported when it was read.
                    boolean confirm = f.node("confirm").filter(n -> n instanceof YamlNode.Scalar s && !s.isNull())
                            .flatMap(n -> FieldReader.yesNoWord(((YamlNode.Scalar) n).text())).orElse(true);
                    if (!confirm && !f.has("duration")) {
                        problems.error(f.map(), ProblemKey.RULE_UNCONFIRMED, schema.kind().word());
                    }
                }
                case MOMENT_DURING_ONLY -> f.node("moment").ifPresent(node -> {
                    String moment = node instanceof YamlNode.Scalar s ? s.text().strip() : "";
                    if (moment.equals("before") || moment.equals("after")) {
                        problems.error(node, ProblemKey.RULE_PAIN_MOMENT, moment);
                    } else if (!moment.equals("during")) {
                        problems.error(node, ProblemKey.RULE_MOMENT, node.described());
                    }
                });
            }
        }
    }

    /**
     * {@code only-if: {question-id: yes|no, ...}} (all must match) and {@code only-if-any: {...}} (one must),
     * naming questions of this protocol's screening.
     */
    private static Gate gate(FieldReader f, List<ScreeningQuestion> screening, Problems problems) {
        Set<String> ids = new HashSet<>();
        screening.forEach(q -> ids.add(q.id()));
        return new Gate(answers(f, "only-if", ids, problems), answers(f, "only-if-any", ids, problems));
    }

    private static Map<String, Boolean> answers(FieldReader f, String key, Set<String> ids,
                                                          Problems problems) {
        Optional<YamlNode.Mapping> map = f.optionalMap(key);
        Map<String, Boolean> wanted = new LinkedHashMap<>();
        if (map.isEmpty()) {
            return wanted;
        }
        for (YamlNode.Entry entry : map.get().entries().values()) {
            if (!ids.contains(entry.key())) {
                problems.error(entry.keyLine(), entry.keyColumn(), ProblemKey.GATE_UNKNOWN, key, entry.key(),
                        DidYouMean.words(entry.key(), ids));
                continue;
            }
            FieldReader.yesNo(entry.value(), key + " " + entry.key(), problems)
                    .ifPresent(answer -> wanted.put(entry.key(), answer));
        }
        if (map.get().entries().isEmpty()) {
            problems.error(map.get(), ProblemKey.GATE_EMPTY, key);
        }
        return wanted;
    }

    private static Step.ReleaseWindow release(FieldReader f, YamlNode.Mapping map, Problems problems) {
        FieldReader rf = f.nested(map, "until-release");
        rf.allowOnly(Set.of("min", "warn", "max"));
        Duration min = rf.duration("min");
        Duration warn = rf.duration("warn");
        Duration max = rf.duration("max");
        if (!min.isZero() && !warn.isZero() && !max.isZero()
                && !(min.compareTo(warn) < 0 && warn.compareTo(max) <= 0)) {
            problems.error(map, ProblemKey.RELEASE_ORDER, fmt(min), fmt(warn), fmt(max));
        }
        return new Step.ReleaseWindow(min, warn, max);
    }

    private Target target(FieldReader f) {
        String muscle = f.text("muscle", "");
        if (!muscle.isEmpty() && catalog.muscle(muscle).isEmpty()) {
            f.node("muscle").ifPresent(n -> f.problems().error(n, ProblemKey.MUSCLE_UNKNOWN, muscle,
                    DidYouMean.words(muscle, catalog.muscles().keySet()),
                    catalog.muscles().isEmpty() ? ProblemKey.HINT_NO_MUSCLES.words() : ""));
        }
        Optional<YamlNode> sideNode = f.node("side");
        String written = sideNode.filter(n -> n instanceof YamlNode.Scalar)
                .map(n -> ((YamlNode.Scalar) n).text().strip()).orElse("");
        boolean bilateral = written.equals("bilateral");
        String side = bilateral ? "both" : "";
        if (!bilateral && sideNode.isPresent() && !SIDES.contains(written)) {
            List<String> words = SIDES.subList(0, 4);
            f.problems().error(sideNode.get(), ProblemKey.SIDE_INVALID, String.join(", ", words),
                    sideNode.get().described(), DidYouMean.words(written, SIDES));
        } else if (!bilateral) {
            side = f.oneOf("side", SIDES, null);
        }
        return new Target(muscle, bilateral ? Side.BOTH : Side.parse(side).orElse(Side.ASK), bilateral,
                f.yesNo("optional", false));
    }

    private String muscleName(Target target) {
        return catalog.muscle(target.muscle()).map(Muscle::name).orElse(target.muscle());
    }

    private static String fmt(Duration d) {
        return Durations.format(d);
    }
}
