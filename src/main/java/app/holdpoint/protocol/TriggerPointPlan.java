package app.holdpoint.protocol;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The trigger points a protocol would treat for one side and one set of screening answers, against its cap
 * ({@code max-trigger-points}). With "both sides" a protocol may have more points than one session should treat;
 * the therapist then chooses which to leave for next time.
 *
 * @param points every point, in protocol order (within a step, left before right)
 * @param cap    the most one session treats, when the protocol sets it
 */
public record TriggerPointPlan(List<TriggerPoint> points, OptionalInt cap) {

    /** The step kinds that treat a trigger point. */
    public static final Set<StepKind> TREATING = StepSchema.treating();

    public TriggerPointPlan {
        points = List.copyOf(points);
    }

    /** The points for the chosen side (LEFT, RIGHT or BOTH) after the answers' gates. */
    public static TriggerPointPlan of(Protocol protocol, Side chosenSide, Map<String, Boolean> answers) {
        return of(protocol, Optional.of(chosenSide), Optional.of(answers));
    }

    /**
     * Without a side, steps that ask stay on side ASK; without answers every step counts, whatever its gate (as
     * {@code plan} shows them).
     */
    public static TriggerPointPlan of(Protocol protocol, Optional<Side> chosenSide,
                               Optional<Map<String, Boolean>> answers) {
        Map<String, TriggerPoint> found = new LinkedHashMap<>();
        List<Step> steps = protocol.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (!TREATING.contains(step.kind())
                    || answers.isPresent() && !protocol.gate(i).isMetBy(answers.get())) {
                continue;
            }
            Target target = TimelineExpander.targetOf(step).orElseThrow();
            String name = protocol.muscle(target.muscle()).map(Muscle::name).orElse(target.muscle());
            for (Side side : TimelineExpander.sides(target, chosenSide)) {
                TriggerPoint point = new TriggerPoint(target.muscle(), name, side, target.optional());
                // required as soon as one step treating it is required
                found.merge(target.muscle() + "/" + side, point, (old, added) -> old.optional() && !added.optional()
                        ? added : old);
            }
        }
        return new TriggerPointPlan(List.copyOf(found.values()), protocol.maxTriggerPoints());
    }

    public List<TriggerPoint> required() {
        return points.stream().filter(point -> !point.optional()).toList();
    }

    /** True when the therapist has something to decide: optional points, or more points than the cap. */
    public boolean needsChoice() {
        return points.stream().anyMatch(TriggerPoint::optional)
                || cap.isPresent() && points.size() > cap.getAsInt();
    }

    /** The required points in protocol order, as many as the cap allows. */
    public TriggerPointChoice defaultChoice() {
        List<TriggerPoint> required = required();
        int limit = cap.isPresent() ? Math.min(cap.getAsInt(), required.size()) : required.size();
        return new TriggerPointChoice(Set.copyOf(required.subList(0, limit)));
    }

    /** The points a choice leaves for next time, in protocol order. */
    public List<TriggerPoint> leftOut(TriggerPointChoice choice) {
        return points.stream().filter(point -> !choice.treats(point)).toList();
    }

    /** "4 of 6 trigger points (cap 4)". */
    public String describe(TriggerPointChoice choice) {
        int treated = choice.treatedIn(this).size();
        return treated + " of " + points.size() + " trigger points"
                + (cap.isPresent() ? " (at most " + cap.getAsInt() + " per session)" : "");
    }

    /** The point ids as "muscle/side", for messages and records. */
    public static String ids(List<TriggerPoint> points) {
        return points.stream().map(p -> p.muscleId() + "/" + p.side().word()).collect(Collectors.joining(", "));
    }
}
