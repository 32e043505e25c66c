package app.holdpoint.protocol;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Expands a protocol's steps into the phases the engine runs. A step on side BOTH runs left then right; a step
 * on side ASK takes the side the therapist chose (BOTH again meaning left then right); a bilateral step runs
 * once, on side BOTH. The result depends only on (protocol, side, answers, trigger-point choice), so a session
 * restored from its record gets the same timeline.
 */
public final class TimelineExpander {

    private TimelineExpander() {
    }

    /** Expands with no side chosen: ASK steps appear once, with side ASK, as {@code plan} shows them. */
    public static Timeline expand(Protocol protocol) {
        return expand(protocol, Optional.empty());
    }

    public static Timeline expand(Protocol protocol, Optional<Side> chosenSide) {
        return expand(protocol, chosenSide, Optional.empty());
    }

    /**
     * Expands for a session: with the screening answers given, steps whose {@link Gate} they do not meet are
     * left out; without answers every step is kept (as {@code plan} shows them). Trigger points follow the
     * protocol's default choice when it has optional ones or more than its cap, else all are treated.
     */
    public static Timeline expand(Protocol protocol, Optional<Side> chosenSide,
                                  Optional<Map<String, Boolean>> screeningAnswers) {
        TriggerPointPlan plan = TriggerPointPlan.of(protocol, chosenSide, screeningAnswers);
        return expand(protocol, chosenSide, screeningAnswers,
                plan.needsChoice() ? plan.defaultChoice() : TriggerPointChoice.ALL);
    }

    /**
     * Expands for a session with the therapist's choice of trigger points: a point not treated drops every step
     * that targets its muscle on its side. Each phase carries its precautions: the when-yes lines of the yes
     * answers that apply to its step's kind, then its muscle's catalog precautions.
     */
    public static Timeline expand(Protocol protocol, Optional<Side> chosenSide,
                                  Optional<Map<String, Boolean>> screeningAnswers, TriggerPointChoice choice) {
        chosenSide.ifPresent(side -> {
            if (side == Side.ASK) {
                throw new IllegalArgumentException("the chosen side must be left, right or both");
            }
        });
        TriggerPointPlan plan = TriggerPointPlan.of(protocol, chosenSide, screeningAnswers);
        List<Phase> phases = new ArrayList<>();
        List<Step> steps = protocol.steps();
        for (int stepIndex = 0; stepIndex < steps.size(); stepIndex++) {
            Step step = steps.get(stepIndex);
            Gate gate = protocol.gate(stepIndex);
            if (screeningAnswers.isPresent() && !gate.isMetBy(screeningAnswers.get())) {
                continue;
            }
            List<String> precautions = precautions(protocol, step, screeningAnswers);
            for (Optional<Side> side : sidesFor(step, chosenSide)) {
                if (side.isPresent() && !isTreated(plan, choice, step, side.get())) {
                    continue;
                }
                new Builder(phases, stepIndex, step, side, precautions).expand();
            }
        }
        return new Timeline(protocol, chosenSide, phases);
    }

    /** A targeted step runs unless every trigger point of its muscle on that side is left for next time. */
    private static boolean isTreated(TriggerPointPlan plan, TriggerPointChoice choice, Step step, Side side) {
        String muscle = targetOf(step).orElseThrow().muscle();
        List<TriggerPoint> touching = plan.points().stream()
                .filter(point -> point.muscleId().equals(muscle) && overlap(point.side(), side)).toList();
        return touching.isEmpty() || touching.stream().anyMatch(choice::treats);
    }

    private static boolean overlap(Side a, Side b) {
        return a == b || a == Side.BOTH && b != Side.ASK || b == Side.BOTH && a != Side.ASK;
    }

    /** The when-yes lines of yes answers for this step's kind, then the muscle's own; no duplicates. */
    static List<String> precautions(Protocol protocol, Step step, Optional<Map<String, Boolean>> answers) {
        LinkedHashSet<String> lines = new LinkedHashSet<>();
        answers.ifPresent(given -> protocol.screening().forEach(question -> question.whenYes()
                .filter(precaution -> Boolean.TRUE.equals(given.get(question.id())))
                .filter(precaution -> precaution.appliesTo(step.kind()))
                .ifPresent(precaution -> lines.add(precaution.text()))));
        targetOf(step).flatMap(target -> protocol.muscle(target.muscle()))
                .ifPresent(muscle -> lines.addAll(muscle.precautions()));
        return List.copyOf(lines);
    }

    public static Optional<Target> targetOf(Step step) {
        return switch (step.kind()) {
            case HOLD -> Optional.of(((Step.Hold) step).target());
            case COMPRESSION -> Optional.of(((Step.Compression) step).target());
            case SPRAY_STRETCH -> Optional.of(((Step.SprayStretch) step).target());
            case STRETCH -> Optional.of(((Step.Stretch) step).target());
            case NEEDLING -> Optional.of(((Step.Needling) step).target());
            case RELAX, INSTRUCT, RATE, HOME_CARE -> Optional.empty();
        };
    }

    private static List<Optional<Side>> sidesFor(Step step, Optional<Side> chosen) {
        return targetOf(step).map(target -> sides(target, chosen).stream().map(Optional::of).toList())
                .orElse(List.of(Optional.empty()));
    }

    /** The sides a target's phases run on, in order: BOTH once for a bilateral step, else left then right. */
    static List<Side> sides(Target target, Optional<Side> chosen) {
        if (target.bilateral()) {
            return List.of(Side.BOTH);
        }
        Side written = target.side();
        Side side = written == Side.ASK ? chosen.orElse(Side.ASK) : written;
        return side == Side.BOTH ? List.of(Side.LEFT, Side.RIGHT) : List.of(side);
    }

    /** Appends one step's phases for one side. */
    private static final class Builder {
        private final List<Phase> phases;
        private final int stepIndex;
        private final Step step;
        private final Optional<Side> side;
        private final Optional<String> muscle;
        private final List<String> precautions;

        Builder(List<Phase> phases, int stepIndex, Step step, Optional<Side> side, List<String> precautions) {
            this.phases = phases;
            this.stepIndex = stepIndex;
            this.step = step;
            this.side = side;
            this.muscle = targetOf(step).map(Target::muscle);
            this.precautions = precautions;
        }

        void expand() {
            switch (step.kind()) {
                case HOLD -> hold((Step.Hold) step);
                case COMPRESSION -> compression((Step.Compression) step);
                case RELAX -> {
                    Step.Relax relax = (Step.Relax) step;
                    add(PhaseKind.RELAX, relax.label(), new Timing.Fixed(relax.duration()), 1, 1, relax.cue(), 0);
                }
                case SPRAY_STRETCH -> sprayStretch((Step.SprayStretch) step);
                case STRETCH -> stretch((Step.Stretch) step);
                case NEEDLING -> needling((Step.Needling) step);
                case INSTRUCT -> instruct((Step.Instruct) step);
                case RATE -> add(PhaseKind.RATE, step.label(), confirmed(), 1, 1, step.cue(), 0);
                case HOME_CARE -> {
                    Step.HomeCare care = (Step.HomeCare) step;
                    add(PhaseKind.HOME_CARE, care.label(), confirmed(), 1, 1, care.advice(), 0);
                }
            }
        }

        private void hold(Step.Hold hold) {
            Timing timing = hold.release()
                    .<Timing>map(r -> new Timing.UntilRelease(r.min(), r.warn(), r.max()))
                    .orElseGet(() -> new Timing.Fixed(hold.duration().orElseThrow()));
            add(PhaseKind.PRESS, hold.label(), timing, 1, 1, hold.cue(), 0);
        }

        /** Relax only between presses: after the last press the next step takes over. */
        private void compression(Step.Compression c) {
            for (int cycle = 1; cycle <= c.cycles(); cycle++) {
                add(PhaseKind.PRESS, c.label(), new Timing.Fixed(c.press()), cycle, c.cycles(), c.cue(), 0);
                if (cycle < c.cycles()) {
                    add(PhaseKind.RELAX, c.label(), new Timing.Fixed(c.relax()), cycle, c.cycles(),
                            "Release pressure and rest before the next press.", 0);
                }
            }
        }

        private void sprayStretch(Step.SprayStretch s) {
            for (int cycle = 1; cycle <= s.cycles(); cycle++) {
                add(PhaseKind.SPRAY, s.label(), confirmed(), cycle, s.cycles(), s.sweeps(), 0);
                add(PhaseKind.STRETCH, s.label(), new Timing.Fixed(s.stretch()), cycle, s.cycles(), s.cue(), 0);
            }
            s.rewarm().ifPresent(rewarm -> add(PhaseKind.REWARM, s.label(), new Timing.Fixed(rewarm), 1, 1,
                    "Moist heat over the treated muscle.", 0));
        }

        private void stretch(Step.Stretch s) {
            for (int rep = 1; rep <= s.repeat(); rep++) {
                int cycle = rep;
                s.postIsometric().ifPresent(pir -> {
                    for (int i = 1; i <= pir.cycles(); i++) {
                        add(PhaseKind.CONTRACT, s.label(), new Timing.Fixed(pir.contract()), cycle, s.repeat(),
                                "Gentle contraction against minimal resistance.", 0);
                        add(PhaseKind.RELAX, s.label(), new Timing.Fixed(pir.relax()), cycle, s.repeat(),
                                "Relax; take up the new slack.", 0);
                    }
                });
                add(PhaseKind.STRETCH, s.label(), new Timing.Fixed(s.hold()), cycle, s.repeat(), s.cue(), 0);
            }
        }

        private void needling(Step.Needling n) {
            add(PhaseKind.NEEDLE, n.label(), confirmed(), 1, 1,
                    n.cue() + " Confirm when " + n.needles() + " needle(s) are in.", n.needles());
            n.retention().ifPresent(retention ->
                    add(PhaseKind.RETAIN, n.label(), new Timing.Fixed(retention), 1, 1, "Needles in situ.", 0));
            add(PhaseKind.NEEDLES_OUT, n.label(), confirmed(), 1, 1,
                    "Remove the needles and count them out: " + n.needles() + ".", n.needles());
            add(PhaseKind.HAEMOSTASIS, n.label(), new Timing.Fixed(n.haemostasis()), 1, 1,
                    "Press the site with cotton.", 0);
        }

        private void instruct(Step.Instruct i) {
            Timing timing = i.confirm()
                    ? new Timing.UntilConfirmed(i.duration())
                    : new Timing.Fixed(i.duration().orElseThrow());
            add(PhaseKind.INSTRUCT, i.label(), timing, 1, 1, i.cue(), 0);
        }

        private static Timing confirmed() {
            return new Timing.UntilConfirmed(Optional.empty());
        }

        private void add(PhaseKind kind, String label, Timing timing, int cycle, int cycles, String cue,
                         int expectedCount) {
            phases.add(new Phase(phases.size(), stepIndex, kind, label, muscle, side, timing, cycle, cycles, cue,
                    expectedCount, precautions));
        }
    }
}
