package app.holdpoint.protocol;

/**
 * A trigger point a session may treat: one muscle on one side, worked by a {@code hold}, {@code compression} or
 * {@code needling} step. Both sides of a bilateral step (suboccipitals) are one trigger point on side BOTH.
 *
 * @param side     LEFT, RIGHT, BOTH for a bilateral step; ASK only in a plan made before the side is chosen
 * @param optional every step treating it is {@code optional: yes}: left out unless the therapist turns it on
 */
public record TriggerPoint(String muscleId, String muscleName, Side side, boolean optional) {

    /** Same muscle and side, whatever the name and optional flag say. */
    public boolean isAt(String muscle, Side at) {
        return muscleId.equals(muscle) && side == at;
    }

    /** "Upper trapezius (left)". */
    public String describe() {
        return muscleName + " (" + (side == Side.BOTH ? "both sides at once" : side.word()) + ")";
    }
}
