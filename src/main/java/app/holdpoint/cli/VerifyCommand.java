package app.holdpoint.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

import app.holdpoint.store.ServerLogin;
import app.holdpoint.store.Stores;
import app.holdpoint.store.VerifyFinding;
import app.holdpoint.store.VerifyResult;
import app.holdpoint.store.replication.CentralRecord;
import app.holdpoint.store.replication.CentralWitness;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true)
final class VerifyCommand implements Callable<Integer> {

    @ParentCommand
    HoldpointCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--against", paramLabel = "CENTRAL-JDBC-URL")
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
            failures(result, root.words(), spec.commandLine().getErr());
            notices(result, root.words(), out);
            witness.ifPresent(report -> witness(report, out));
            return 1;
        }
        if (witness.isPresent() && !witness.get().ok()) {
            witness(witness.get(), out);
            return 1;
        }
        CliText words = root.words();
        out.println(words.get("verify.ok", String.valueOf(result.sessions()), String.valueOf(result.events())));
        out.println(words.get("verify.okMore", String.valueOf(result.addenda()),
                String.valueOf(result.protocolVersions()), result.sessionHead()));
        notices(result, words, out);
        witness.ifPresent(report -> witness(report, out));
        out.flush();
        return 0;
    }

    /** Every mismatch, one line each in the order found; a longer list says that more were not listed. */
    private static void failures(VerifyResult result, CliText words, PrintWriter err) {
        if (result.failures().isEmpty()) {
            err.println(words.get("verify.failed", result.firstProblem().get()));
        }
        for (VerifyResult.Failure failure : result.failures()) {
            err.println(words.get("verify.failed", words.finding(failure.finding())));
        }
        if (result.truncated()) {
            err.println(words.get("verify.failedMore", String.valueOf(VerifyResult.MAX_FAILURES)));
        }
        err.flush();
    }

    /** The central record's word on this kiosk's record: what matches, and every session that does not. */
    private void witness(CentralWitness.Report report, PrintWriter out) {
        PrintWriter err = spec.commandLine().getErr();
        CliText words = root.words();
        for (VerifyFinding mismatch : report.findings()) {
            err.println(words.get("verify.failedCentral", words.finding(mismatch)));
        }
        err.flush();
        out.println(words.get("verify.central", String.valueOf(report.compared()), report.kiosk(),
                String.valueOf(report.findings().size()), String.valueOf(report.notCopiedYet())));
        out.flush();
    }

    /** What does not break the chain but deserves a look (a clock that moved back between sessions). */
    private static void notices(VerifyResult result, CliText words, PrintWriter out) {
        for (VerifyResult.Failure notice : result.notices()) {
            out.println(words.get("verify.note", words.finding(notice.finding())));
        }
        out.flush();
    }
}
