package app.holdpoint.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import app.holdpoint.store.Stores;
import app.holdpoint.store.VerifyResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Checks that nobody changed the record: every hash and every link.",
                "Every protocol text, session, event and addendum is checked against its hash and its link to",
                "the one before. Exit 0 when everything matches; 1 naming the first row that does not (edited,",
                "inserted, deleted or reordered)."})
final class VerifyCommand implements Callable<Integer> {

    @ParentCommand
    HoldpointCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        VerifyResult result;
        try (Stores.Opened opened = StoreAccess.openExisting(root, spec.commandLine().getErr())) {
            result = opened.store().verify();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!result.ok()) {
            spec.commandLine().getErr().println("holdpoint: verify FAILED: " + result.firstProblem().get());
            spec.commandLine().getErr().flush();
            notices(result, out);
            return 1;
        }
        out.println("verified " + result.sessions() + " sessions, " + result.events() + " events");
        out.println("  and " + result.addenda() + " addenda, " + result.protocolVersions()
                + " protocol versions; session chain head " + result.sessionHead());
        notices(result, out);
        out.flush();
        return 0;
    }

    /** What does not break the chain but deserves a look (a clock that moved back between sessions). */
    private static void notices(VerifyResult result, PrintWriter out) {
        for (VerifyResult.Failure notice : result.notices()) {
            out.println("  note: " + notice.reason());
        }
        out.flush();
    }
}
