package app.holdpoint.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

import app.holdpoint.store.ServerLogin;
import app.holdpoint.store.Stores;
import app.holdpoint.store.VerifyResult;
import app.holdpoint.store.replication.CentralRecord;
import app.holdpoint.store.replication.CentralWitness;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Checks that nobody changed the record: every hash and every link.",
                "Every protocol text, session, event and addendum is checked against its hash and its link to",
                "the one before. Exit 0 when everything matches; 1 naming every row that does not (edited,",
                "inserted, deleted or reordered), one line each, the first 1000 at most.",
                "On a central record every kiosk's chain is checked on its own. With --against CENTRAL, this",
                "kiosk's sessions are also compared with the copies the central record holds: a session changed",
                "here after it was copied is reported even when every hash here was recomputed."})
final class VerifyCommand implements Callable<Integer> {

    @ParentCommand
    HoldpointCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--against", paramLabel = "CENTRAL-JDBC-URL", description = "Also compare this kiosk's record"
            + " with its copies in the central record (login from a credentials file or the environment).")
    String against;

    @Override
    public Integer call() {
        VerifyResult result;
        Optional<CentralWitness.Report> witness = Optional.empty();
        try (Stores.Opened opened = StoreAccess.openExisting(root, spec.commandLine().getErr())) {
            result = opened.store().verify();
            if (against != null) {
                witness = Optional.of(CentralWitness.compare(opened.database(),
                        CentralRecord.at(against.strip(), ServerLogin.fromEnvironment())));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!result.ok()) {
            failures(result, spec.commandLine().getErr());
            notices(result, out);
            witness.ifPresent(report -> witness(report, out));
            return 1;
        }
        if (witness.isPresent() && !witness.get().ok()) {
            witness(witness.get(), out);
            return 1;
        }
        out.println("verified " + result.sessions() + " sessions, " + result.events() + " events");
        out.println("  and " + result.addenda() + " addenda, " + result.protocolVersions()
                + " protocol versions; session chain head " + result.sessionHead());
        notices(result, out);
        witness.ifPresent(report -> witness(report, out));
        out.flush();
        return 0;
    }

    /** Every mismatch, one line each in the order found; a longer list says that more were not listed. */
    private static void failures(VerifyResult result, PrintWriter err) {
        if (result.failures().isEmpty()) {
            err.println("holdpoint: verify FAILED: " + result.firstProblem().get());
        }
        for (VerifyResult.Failure failure : result.failures()) {
            err.println("holdpoint: verify FAILED: " + failure.reason());
        }
        if (result.truncated()) {
            err.println("holdpoint: verify FAILED: more mismatches than the " + VerifyResult.MAX_FAILURES
                    + " listed (the record was changed widely)");
        }
        err.flush();
    }

    /** The central record's word on this kiosk's record: what matches, and every session that does not. */
    private void witness(CentralWitness.Report report, PrintWriter out) {
        PrintWriter err = spec.commandLine().getErr();
        for (String mismatch : report.mismatches()) {
            err.println("holdpoint: verify FAILED against the central record: " + mismatch);
        }
        err.flush();
        out.println("central record: " + report.compared() + " sessions of kiosk '" + report.kiosk() + "' compared"
                + " with their copies, " + report.mismatches().size() + " not matching; " + report.notCopiedYet()
                + " not copied yet");
        out.flush();
    }

    /** What does not break the chain but deserves a look (a clock that moved back between sessions). */
    private static void notices(VerifyResult result, PrintWriter out) {
        for (VerifyResult.Failure notice : result.notices()) {
            out.println("  note: " + notice.reason());
        }
        out.flush();
    }
}
