package app.holdpoint.store;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A store failure whose message a clinician or administrator can act on ("no therapist named 'Ann'",
 * "session 12 is sealed"). The command line prints it as one line; nothing was half-written when it is thrown.
 * The failures met most often carry a {@link StoreProblem} and its arguments, so the command line and the kiosk
 * word them in their own language; the message is the English sentence either way.
 */
public class StoreException extends RuntimeException {
    private final transient StoreProblem problem;
    private final transient List<String> arguments;

    public StoreException(String message) {
        super(message);
        this.problem = null;
        this.arguments = List.of();
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
        this.problem = null;
        this.arguments = List.of();
    }

    /** A known problem; the message is its English sentence with {@code args} in place. */
    public StoreException(StoreProblem problem, Object... args) {
        super(problem.english(args));
        this.problem = problem;
        this.arguments = Arrays.stream(args).map(String::valueOf).toList();
    }

    /** A known problem with the failure behind it. */
    public StoreException(Throwable cause, StoreProblem problem, Object... args) {
        super(problem.english(args), cause);
        this.problem = problem;
        this.arguments = Arrays.stream(args).map(String::valueOf).toList();
    }

    /** The problem, when it is one of the known ones; else only the message says what happened. */
    public Optional<StoreProblem> problem() {
        return Optional.ofNullable(problem);
    }

    /** The problem's arguments as text, in the order of its sentence; empty when there is no known problem. */
    public List<String> arguments() {
        return arguments;
    }
}
