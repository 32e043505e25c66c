package app.holdpoint.protocol;

/**
 * The muscle a step works on and the side, as written in the protocol (ASK and BOTH are resolved later).
 *
 * @param bilateral both sides at once in one phase ({@code side: bilateral}); side is then BOTH
 * @param optional  left out unless the therapist turns it on before the session ({@code optional: yes})
 */
public record Target(String muscle, Side side, boolean bilateral, boolean optional) {

    public Target {
        if (bilateral && side != Side.BOTH) {
            throw new IllegalArgumentException("a bilateral target is on side BOTH, got " + side);
        }
    }

    public Target(String muscle, Side side) {
        this(muscle, side, false, false);
    }
}
