package app.holdpoint.protocol;

import java.util.List;
import java.util.Set;

/**
 * Which trigger points one session treats, chosen before it starts. A point not treated drops every step that
 * targets its muscle on its side (the stretch and spray-stretch too) and is left for next time.
 *
 * @param everything true only for {@link #ALL}: every point, optional ones included
 */
public record TriggerPointChoice(Set<TriggerPoint> treated, boolean everything) {

    /** Every trigger point the protocol has, optional ones included. */
    public static final TriggerPointChoice ALL = new TriggerPointChoice(Set.of(), true);

    public TriggerPointChoice {
        treated = Set.copyOf(treated);
    }

    public TriggerPointChoice(Set<TriggerPoint> treated) {
        this(treated, false);
    }

    public boolean treats(TriggerPoint point) {
        return everything || treated.stream().anyMatch(t -> t.isAt(point.muscleId(), point.side()));
    }

    /** The plan's points this choice treats, in protocol order. */
    public List<TriggerPoint> treatedIn(TriggerPointPlan plan) {
        return plan.points().stream().filter(this::treats).toList();
    }

    /** True when the choice treats more of the plan's points than its cap allows. */
    public boolean exceedsCap(TriggerPointPlan plan) {
        return plan.cap().isPresent() && treatedIn(plan).size() > plan.cap().getAsInt();
    }

    /** This choice, or an exception that says by how much it exceeds the cap. */
    public TriggerPointChoice validate(TriggerPointPlan plan) {
        if (exceedsCap(plan)) {
            throw new IllegalArgumentException(treatedIn(plan).size() + " trigger points chosen; the protocol "
                    + "treats at most " + plan.cap().getAsInt() + " in one session");
        }
        return this;
    }
}
