package app.holdpoint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import app.holdpoint.store.Backups;
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
                "holdpoint-replaced-<time>.mv.db. Exit 0 when the restored record verifies."})
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    HoldpointCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "The backup to restore.")
    Path from;

    @Override
    public Integer call() {
        Locations settings = root.settings();
        settings.jdbcUrl().ifPresent(url -> {
            throw new UserError(Backups.serverRecord(url));
        });
        Backups.Restored restored = Backups.restore(settings.dataDirectory(), from, Clock.systemUTC());
        VerifyResult result;
        try (Stores.Opened opened = StoreAccess.open(root, spec.commandLine().getErr())) {
            result = opened.store().verify();
        }
        PrintWriter out = spec.commandLine().getOut();
        CliText words = root.words();
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
}
