package app.holdpoint.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;

import app.holdpoint.store.Stores;
import app.holdpoint.store.Therapist;
import app.holdpoint.store.TherapistEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code therapist unlock} and {@code therapist reset-pin}: for whoever has access to the data folder (the
 * operating system guards it), when no administrator can help at the kiosk. Each is recorded in the record with
 * the operating-system user, as "ana (command line)"; {@code therapist list --history} shows them.
 */
final class TherapistAccessCommands {
    private TherapistAccessCommands() {
    }

    /** Who did it, as the record keeps it. */
    static String actor() {
        return TherapistEvent.commandLine(System.getProperty("user.name", "unknown user"));
    }

    @Command(name = "unlock", mixinStandardHelpOptions = true,
            description = {"Lifts a therapist's lock-out after too many wrong PINs (the PIN stays as it was).",
                    "Recorded in the record with your operating-system user."})
    static final class Unlock implements Callable<Integer> {
        @ParentCommand
        TherapistCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            String actor = actor();
            Therapist done;
            try (Stores.Opened opened = StoreAccess.openExistingForWriting(parent.root, spec.commandLine().getErr())) {
                requireKnown(opened, name);
                done = Stores.await(opened.store().unlockTherapist(name, actor));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("unlocked '" + done.name() + "'; recorded as done by " + actor);
            out.flush();
            return 0;
        }
    }

    @Command(name = "reset-pin", mixinStandardHelpOptions = true,
            description = {"Gives a therapist a new PIN and lifts any lock-out. The new PIN (4 to 8 digits) is asked",
                    "twice without echo, or read as one line from standard input when it is piped; never given",
                    "as an argument. Recorded in the record with your operating-system user."})
    static final class ResetPin implements Callable<Integer> {
        @ParentCommand
        TherapistCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            String actor = actor();
            Therapist done;
            try (Stores.Opened opened = StoreAccess.openExistingForWriting(parent.root, spec.commandLine().getErr())) {
                requireKnown(opened, name);
                char[] pin = TherapistCommand.readPin(name);
                try {
                    done = Stores.await(opened.store().resetPin(name, pin, actor));
                } finally {
                    Arrays.fill(pin, '0');
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("new PIN set for '" + done.name() + "' (any lock-out lifted); recorded as done by " + actor);
            out.flush();
            return 0;
        }
    }

    @Command(name = "recovery-code", mixinStandardHelpOptions = true,
            description = {"Makes a new recovery code for the kiosk's Forgot PIN? (replacing any earlier one) and",
                    "prints it once: for a record set up before recovery codes existed, or a code that was lost.",
                    "Only its slow hash is stored. Recorded against administrator ADMIN with your",
                    "operating-system user."})
    static final class RecoveryCode implements Callable<Integer> {
        @ParentCommand
        TherapistCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ADMIN", description = "An enabled administrator.")
        String admin;

        @Override
        public Integer call() {
            String actor = actor();
            String code;
            try (Stores.Opened opened = StoreAccess.openExistingForWriting(parent.root, spec.commandLine().getErr())) {
                Therapist who = opened.store().therapist(admin).orElseThrow(() -> new UserError(
                        "no therapist named '" + admin + "'; see: therapist list"));
                if (!who.isAdmin() || who.disabled()) {
                    throw new UserError("'" + who.name() + "' is not an enabled administrator; the recovery code"
                            + " is kept for administrators");
                }
                code = Stores.await(opened.store().newRecoveryCode(who.name(), actor));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("new recovery code (shown only now; write it down, the earlier one no longer works):");
            out.println("  " + code);
            out.flush();
            return 0;
        }
    }

    private static void requireKnown(Stores.Opened opened, String name) {
        if (opened.store().therapist(name).isEmpty()) {
            throw new UserError("no therapist named '" + name + "'; see: therapist list");
        }
    }

    /** The history under {@code therapist list --history}: one line per unlock, reset or recovery code made. */
    static void printHistory(Stores.Opened opened, PrintWriter out) {
        out.println();
        out.printf("%-20s  %-24s  %-13s  %s%n", "WHEN (UTC)", "THERAPIST", "WHAT", "BY");
        var events = opened.store().therapistEvents();
        if (events.isEmpty()) {
            out.println("(no unlocks, PIN resets or recovery codes recorded)");
        }
        for (TherapistEvent event : events) {
            String what = switch (event.action()) {
                case TherapistEvent.UNLOCK -> "unlocked";
                case TherapistEvent.RESET_PIN -> "PIN reset";
                case TherapistEvent.RECOVERY_CODE -> "recovery code made";
                default -> event.action();
            };
            out.printf("%-20s  %-24s  %-13s  %s%n", event.at().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                    .toString().replace('T', ' ').replace("Z", ""), event.therapistName(), what, event.actor());
        }
    }
}
