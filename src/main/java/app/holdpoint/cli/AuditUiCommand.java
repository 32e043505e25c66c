package app.holdpoint.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "audit-ui", mixinStandardHelpOptions = true,
        description = {"Opens the audit workspace in a normal window: sessions, detail, summaries, integrity and",
                "exports, on the configured data. Works beside a running kiosk (it only reads, and writes",
                "addenda through the store like the kiosk does)."})
final class AuditUiCommand implements Callable<Integer> {

    @ParentCommand
    HoldpointCommand root;

    @Override
    public Integer call() {
        root.openAuditWindow();
        return 0;
    }
}
