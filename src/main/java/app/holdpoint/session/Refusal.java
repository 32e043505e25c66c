package app.holdpoint.session;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.holdpoint.protocol.Durations;

/**
 * Why a command was refused: one constant per rule in {@code Guard}. Each knows its bundle key, for the screen, and
 * its English sentence, for the record ({@link EventType#COMMAND_REFUSED} keeps {@code <COMMAND>: <english>}, hashed,
 * so an English template here never changes wording).
 *
 * <p>Arguments are placed as {@code {0}}, {@code {1}} in both: a {@link Duration} reads as {@code m:ss} (or, for
 * {@link #EXTEND_RELEASE}, in protocol notation such as {@code 2m}), anything else as {@link String#valueOf}. The
 * screen gets the same words through {@link #arguments(List)}, so the numbers it shows are the ones recorded.
 */
public enum Refusal {
    ALREADY_RUNNING("refused.alreadyRunning", "the session is already running"),
    ALREADY_PAUSED("refused.alreadyPaused", "the session is already paused"),
    NOT_PAUSED("refused.notPaused", "the session is not paused"),
    /** While paused only resume and end early apply: everything else would move time the therapist stopped. */
    PAUSED("refused.paused", "the session is paused; resume first"),
    AT_START("refused.atStart", "already at the start of the first phase"),
    /** Argument: the hold's safety maximum (Duration). */
    EXTEND_RELEASE("refused.extendRelease",
            "a hold until release ends at its safety maximum of {0}; it cannot be extended", true),
    /** Arguments: the most one extension may add (seconds), the seconds asked for (zero or less). */
    EXTEND_TOO_SHORT("refused.extendTooShort", "extend by 1 to {0} seconds, not {1}"),
    /** Arguments: the most one extension may add (seconds), the seconds asked for (more than that). */
    EXTEND_TOO_LONG("refused.extendTooLong", "extend by 1 to {0} seconds, not {1}"),
    EXTEND_WAITING("refused.extendWaiting", "nothing is counting down: the phase waits for a confirmation"),
    CONFIRM_HOLD("refused.confirmHold", "this hold ends when release is marked"),
    /** Argument: the countdown's time left (Duration), before the phase waits for a confirmation. */
    CONFIRM_COUNTDOWN("refused.confirmCountdown", "the countdown has {0} left; skip to end it early"),
    /** Argument: the time left (Duration) before the phase ends by itself. */
    CONFIRM_TIMED("refused.confirmTimed", "this phase ends on its own in {0}; skip to end it early"),
    NOT_RELEASE("refused.notRelease", "this phase is not a hold until release"),
    /** Arguments: the hold's minimum (Duration), the time held so far (Duration). */
    RELEASE_TOO_EARLY("refused.releaseEarly", "release is allowed from {0}; held {1} so far"),
    NO_END_REASON("refused.reason", "give a reason for ending early"),
    RATING_MISSING("refused.rating", "give a rating from 0 to 10"),
    /** Argument: the number given. */
    RATING_OUT_OF_RANGE("refused.ratingRange", "give a rating from 0 to 10, not {0}"),
    /** Argument: the protocol's planned count. */
    NEEDLES_IN_MISSING("refused.needlesIn", "give the number of needles in (planned: {0})"),
    /** Argument: the count that went in. */
    NEEDLES_OUT_MISSING("refused.needlesOut", "count the needles out: {0} went in"),
    /** Arguments: the count given, the count that went in. */
    NEEDLES_OUT_MISMATCH("refused.needlesOutMismatch",
            "{0} needle(s) counted out but {1} went in: account for every needle, then confirm {1}"),
    NO_NUMBER("refused.noNumber", "this prompt takes no number; confirm without one"),
    NOT_STARTED("refused.notStarted", "the session has not started"),
    COMPLETE("refused.finished", "the session is complete"),
    /** Argument: the reason the session was ended with. */
    ENDED_EARLY("refused.finished", "the session was ended early ({0})");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    private final String key;
    private final String english;
    /** Durations in protocol notation ({@code 2m30s}) rather than as a clock ({@code 2:30}). */
    private final boolean span;

    Refusal(String key, String english) {
        this(key, english, false);
    }

    Refusal(String key, String english, boolean span) {
        this.key = key;
        this.english = english;
        this.span = span;
    }

    /** The full bundle key, e.g. {@code refused.releaseEarly}; its pattern takes {@link #arguments(List)}. */
    public String key() {
        return key;
    }

    /**
     * The English sentence for the record, e.g. {@code release is allowed from 0:30; held 0:12 so far}.
     *
     * @throws IndexOutOfBoundsException when fewer arguments are given than the sentence names
     */
    public String english(List<?> args) {
        String[] words = arguments(args);
        // One pass over the template, so an argument's own text (an end reason) is never read as a placeholder.
        return PLACEHOLDER.matcher(english)
                .replaceAll(m -> Matcher.quoteReplacement(words[Integer.parseInt(m.group(1))]));
    }

    /** The arguments as they read in any language: durations as {@code m:ss} (or notation), others as written. */
    public String[] arguments(List<?> args) {
        String[] words = new String[args.size()];
        for (int i = 0; i < words.length; i++) {
            Object arg = args.get(i);
            words[i] = arg instanceof Duration d ? (span ? Durations.format(d) : Durations.clock(d))
                    : String.valueOf(arg);
        }
        return words;
    }
}
