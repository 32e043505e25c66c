package app.holdpoint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import app.holdpoint.store.Backups;
import app.holdpoint.store.RestoredByHand;
import app.holdpoint.store.Stores;
import app.holdpoint.store.VerifyResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    HoldpointCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "FILE")
    Path from;

    @Option(names = "--accept-current")
    boolean acceptCurrent;

    @Override
    public Integer call() {
        Locations settings = root.settings();
        settings.jdbcUrl().ifPresent(url -> {
            throw new UserError(Backups.serverRecord(url));
        });
        CliText words = root.words();
        if ((from == null) == !acceptCurrent) {
            throw new UserError(words.get("restore.fromOrAccept"));
        }
        if (acceptCurrent) {
            return accept(settings, words);
        }
        Backups.Restored restored = Backups.restore(settings.dataDirectory(), from, Clock.systemUTC());
        VerifyResult result;
        try (Stores.Opened opened = StoreAccess.open(root, spec.commandLine().getErr())) {
            result = opened.store().verify();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!result.ok()) {
            spec.commandLine().getErr().println(words.get("restore.fails", result.firstProblem().get()));
            spec.commandLine().getErr().flush();
            return 1;
        }
        out.println(words.get("restore.done", restored.from().toString(), String.valueOf(result.sessions())));
        out.println(restored.replacedKeptAs().map(kept -> words.get("restore.keptAs", kept.toString()))
                .orElseGet(() -> words.get("restore.nothingReplaced")));
        out.flush();
        return 0;
    }

    private int accept(Locations settings, CliText words) {
        RestoredByHand.Accepted accepted = RestoredByHand.accept(settings.dataDirectory(), Clock.systemUTC());
        PrintWriter out = spec.commandLine().getOut();
        out.println(words.get("restore.accepted", accepted.folder().toString(),
                String.valueOf(accepted.verified().sessions())));
        out.println(accepted.headKeptAs().map(kept -> words.get("restore.headKeptAs", kept.toString()))
                .orElseGet(() -> words.get("restore.noHeadToAccept")));
        out.flush();
        return 0;
    }
}
