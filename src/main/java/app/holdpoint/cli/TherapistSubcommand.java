package app.holdpoint.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import app.holdpoint.store.Stores;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every {@code therapist} subcommand holds: its parent (for the data paths and words) and its own spec. */
abstract class TherapistSubcommand implements Callable<Integer> {
    @ParentCommand
    TherapistCommand parent;

    @Spec
    CommandSpec spec;

    final CliText words() {
        return parent.root.words();
    }

    /** The record, created when missing. */
    final Stores.Opened open() {
        return StoreAccess.open(parent.root, spec.commandLine().getErr());
    }

    /** The record, which must exist, read-only. */
    final Stores.Opened openExisting() {
        return StoreAccess.openExisting(parent.root, spec.commandLine().getErr());
    }

    /** The record, which must exist, for a write. */
    final Stores.Opened openExistingForWriting() {
        return StoreAccess.openExistingForWriting(parent.root, spec.commandLine().getErr());
    }

    /** Prints the lines, flushes, and gives the command's exit code (0). */
    final int said(String... lines) {
        PrintWriter out = spec.commandLine().getOut();
        for (String line : lines) {
            out.println(line);
        }
        out.flush();
        return 0;
    }
}
