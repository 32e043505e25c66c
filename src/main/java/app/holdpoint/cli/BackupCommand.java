package app.holdpoint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import app.holdpoint.store.BackupPlan;
import app.holdpoint.store.Backups;
import app.holdpoint.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    HoldpointCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "FILE")
    Path to;

    @Override
    public Integer call() {
        Locations settings = root.settings();
        settings.jdbcUrl().ifPresent(url -> {
            throw new UserError(Backups.serverRecord(url));
        });
        Backups.Written written;
        try (Stores.Opened opened = StoreAccess.openExisting(root, spec.commandLine().getErr())) {
            written = Backups.backup(opened.database(), to, Clock.systemUTC());
        }
        PrintWriter out = spec.commandLine().getOut();
        CliText words = root.words();
        out.println(words.get("backup.written", String.valueOf(written.verified().sessions())));
        out.println("  " + written.file());
        try {
            BackupPlan.recordLast(settings.dataDirectory(), written);
        } catch (IOException e) {
            out.println(words.get("backup.notNoted", String.valueOf(e.getMessage())));
        }
        out.flush();
        return 0;
    }
}
