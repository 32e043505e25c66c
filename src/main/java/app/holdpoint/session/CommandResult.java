package app.holdpoint.session;

import java.util.Objects;

/**
 * The answer to every command: accepted, or refused with a reason a therapist can act on ("paused: resume
 * first"). A refused command changes nothing but is still recorded, as {@link EventType#COMMAND_REFUSED}.
 */
public record CommandResult(Command command, boolean accepted, String reason) {

    public CommandResult {
        Objects.requireNonNull(command, "command");
        reason = reason == null ? "" : reason;
        if (!accepted && reason.isBlank()) {
            throw new IllegalArgumentException("a refusal needs a reason");
        }
    }

    public static CommandResult accepted(Command command) {
        return new CommandResult(command, true, "");
    }

    public static CommandResult refused(Command command, String reason) {
        return new CommandResult(command, false, reason);
    }

    public boolean refused() {
        return !accepted;
    }
}
