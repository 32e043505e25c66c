package app.holdpoint.session;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The answer to every command: accepted, or refused with a {@link Refusal} and the numbers it names (a minimum and
 * the time held, a needle count). A refused command changes nothing but is still recorded, as
 * {@link EventType#COMMAND_REFUSED} with the refusal's English sentence.
 *
 * @param refusal why the command was refused; null when it was accepted
 * @param args    the refusal's arguments, in the order its sentence names them; empty when accepted
 */
public record CommandResult(Command command, Refusal refusal, List<Object> args) {

    public CommandResult {
        Objects.requireNonNull(command, "command");
        args = List.copyOf(args);
        if (refusal == null && !args.isEmpty()) {
            throw new IllegalArgumentException("an accepted command has no refusal arguments");
        }
    }

    public static CommandResult accepted(Command command) {
        return new CommandResult(command, null, List.of());
    }

    public static CommandResult refused(Command command, Refusal refusal, Object... args) {
        return new CommandResult(command, Objects.requireNonNull(refusal, "refusal"), Arrays.asList(args));
    }

    public boolean accepted() {
        return refusal == null;
    }

    public boolean refused() {
        return refusal != null;
    }

    /** The refusal in English, as recorded ("release is allowed from 0:30; held 0:12 so far"); "" when accepted. */
    public String reason() {
        return refusal == null ? "" : refusal.english(args);
    }

    /** The refusal's arguments for its bundle pattern, as recorded ({@code 0:30}, {@code 4}); empty if accepted. */
    public Object[] shownArgs() {
        return refusal == null ? new Object[0] : refusal.arguments(args);
    }
}
