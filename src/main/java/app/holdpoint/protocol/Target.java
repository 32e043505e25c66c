package app.holdpoint.protocol;

/** The muscle a step works on and the side, as written in the protocol (ASK and BOTH are resolved later). */
public record Target(String muscle, Side side) {
}
