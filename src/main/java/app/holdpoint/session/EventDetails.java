package app.holdpoint.session;

import java.util.Optional;
import java.util.OptionalInt;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Side;

/**
 * Every {@link SessionEvent#detail()} format, written and read in this one place. The strings are hashed into the
 * record, so each format here is fixed for good (they are listed on {@link EventType}); the engine writes them
 * through {@link Outbox}'s typed emitters and {@link EventReplay} reads them back through the readers below.
 */
public final class EventDetails {
    private static final String REPEAT = "repeat";
    private static final String PREVIOUS = "previous";

    private EventDetails() {
    }

    /** SESSION_STARTED: {@code <protocol id> v<version>[ side <side>]}, e.g. {@code neck-release v3 side left}. */
    static String sessionStarted(Protocol protocol, Optional<Side> side) {
        return protocol.id() + " v" + protocol.version() + side.map(chosen -> " side " + chosen.word()).orElse("");
    }

    /** PAUSED by the machine after a forward clock step: {@code suspend: clock +<N>s}. */
    static String suspendedByClock(long stepNanos) {
        return "suspend: clock " + clockStep(stepNanos);
    }

    /** PAUSED by the machine after a late wake: {@code suspend: woke <N>s late}, N whole seconds, rounded. */
    static String suspendedByLateWake(long lateNanos) {
        return "suspend: woke " + Math.round(lateNanos / 1e9) + "s late";
    }

    /** CLOCK_STEPPED: {@code +3600s}, {@code -7200s}: whole seconds, rounded, always signed. */
    static String clockStep(long nanos) {
        long seconds = Math.round(Math.abs(nanos) / 1e9);
        return (nanos < 0 ? "-" : "+") + seconds + "s";
    }

    /** RESUMED (the pause's length) and RESTORED (active time on record): whole milliseconds, rounded down. */
    static String millis(long nanos) {
        return Long.toString(Machine.millis(nanos));
    }

    /** EXTENDED: the seconds added, e.g. {@code 15}. */
    static String seconds(int seconds) {
        return Integer.toString(seconds);
    }

    /** CONFIRMED (the needle count, or "" for none) and RATED (the rating). */
    static String value(OptionalInt value) {
        return value.isPresent() ? Integer.toString(value.getAsInt()) : "";
    }

    /** BACK: {@code repeat} or {@code previous}. */
    static String back(BackTarget target) {
        return target == BackTarget.REPEAT ? REPEAT : PREVIOUS;
    }

    /** COMMAND_REFUSED: {@code <COMMAND>: <English reason>}, e.g. {@code SKIP: the session has not started}. */
    static String refused(CommandResult result) {
        return result.command() + ": " + result.reason();
    }

    /**
     * The seconds an EXTENDED event added.
     *
     * @throws NumberFormatException when the detail is not a whole number (a damaged record)
     */
    public static int seconds(SessionEvent extended) {
        return Integer.parseInt(extended.detail());
    }

    /**
     * The number a CONFIRMED or RATED event carries: the needle count or the rating; empty for a confirmation
     * without one.
     *
     * @throws NumberFormatException when the detail is neither empty nor a whole number (a damaged record)
     */
    public static OptionalInt value(SessionEvent confirmed) {
        String detail = confirmed.detail();
        return detail.isBlank() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(detail));
    }

    /** Where a BACK event went: {@link BackTarget#REPEAT} for {@code repeat}, otherwise the previous phase. */
    public static BackTarget backTarget(SessionEvent back) {
        return REPEAT.equals(back.detail()) ? BackTarget.REPEAT : BackTarget.PREVIOUS;
    }

    /** The reason a SESSION_ENDED_EARLY event gives; "" for any other event. */
    public static String endReason(SessionEvent finish) {
        return finish.type() == EventType.SESSION_ENDED_EARLY ? finish.detail() : "";
    }
}
