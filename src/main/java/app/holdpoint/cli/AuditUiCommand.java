package app.holdpoint.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "audit-ui", mixinStandardHelpOptions = true)
final class AuditUiCommand implements Callable<Integer> {

    @ParentCommand
    HoldpointCommand root;

    @Override
    public Integer call() {
        root.openAuditWindow();
        return 0;
    }
}
