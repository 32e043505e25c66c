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

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Puts a backup in place of the record in the data folder.",
                "Refused while a kiosk runs on the folder (exit it first). The backup is verified first and",
                "refused if it does not verify; the record it replaces is kept beside it as",
                "holdpoint-replaced-<time>.mv.db. Exit 0 when the restored record verifies.",
                "With --accept-current instead of --from: accepts a record put back in the data folder by hand,",
                "which the kiosk reports as older than the last one it wrote: once it verifies, the kiosk's",
                "remembered head is kept aside as kiosk-head-replaced-<time>."})
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    HoldpointCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "FILE", description = "The backup to restore.")
    Path from;

    @Option(names = "--accept-current", description = "Accept the record already in the data folder (put back by"
            + " hand) as this kiosk's.")
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
