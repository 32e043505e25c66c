package app.holdpoint.testsupport;

import java.util.function.Consumer;

import app.holdpoint.protocol.Protocol;

/**
 * The steps a therapist takes on the kiosk, as the names of the components tapped: shared by the walk tests
 * (taps by a robot) and the kiosk benchmark's probe (events delivered on the EDT), which differ only in how a tap
 * is made.
 */
public final class SessionWalk {
    private SessionWalk() {
    }

    /** At sign-in: the therapist's tile, the PIN's digits, OK. */
    public static void signIn(String name, String pin, Consumer<String> tap) {
        tap.accept("tile." + name);
        keys(pin, tap);
        tap.accept("key.ok");
    }

    /**
     * Before the session: the client reference, the left side when the protocol asks for one, every screening
     * question answered no, consent when the protocol requires it, the pain before; then Start.
     */
    public static void prepare(Protocol protocol, String clientRef, int painBefore, Consumer<String> tap) {
        keys(clientRef, tap);
        if (protocol.asksSide()) {
            tap.accept("prepare.side.LEFT");
        }
        tap.accept("prepare.tab.screening");
        protocol.screening().forEach(question -> tap.accept("screening." + question.id() + ".no"));
        tap.accept("prepare.tab.pain");
        if (protocol.consentRequired()) {
            tap.accept("prepare.consent");
        }
        tap.accept("pain." + painBefore);
        tap.accept("prepare.start");
    }

    /** {@code key.<c>} on the showing pad for each character. */
    public static void keys(String characters, Consumer<String> tap) {
        for (char c : characters.toCharArray()) {
            tap.accept("key." + c);
        }
    }
}
