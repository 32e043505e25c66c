package app.holdpoint.cli;

import java.util.Optional;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Side;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The protocol and side that {@code plan} and {@code simulate} both take (a picocli mixin). */
final class ProtocolChoice {
    @Parameters(paramLabel = "FILE-OR-ID", descriptionKey = "protocol.file")
    String protocol;

    @Option(names = "--side", paramLabel = "SIDE", descriptionKey = "protocol.side")
    String side;

    /** The side given, if any; "ask" or an unknown word is refused. */
    Optional<Side> side(CliText words) {
        return Optional.ofNullable(side).map(text -> Side.parse(text).filter(s -> s != Side.ASK)
                .orElseThrow(() -> new UserError(words.get("plan.side", text), 2)));
    }

    /** The protocol, by file or by id in the protocols folder. */
    Protocol find(HoldpointCommand root, CliText words) {
        return PlanCommand.ProtocolLookup.find(root.settings().protocols(), protocol, words);
    }
}
