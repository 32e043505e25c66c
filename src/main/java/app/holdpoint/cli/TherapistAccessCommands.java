package app.holdpoint.cli;

import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
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
                requireKnown(opened, name, parent.root.words());
                done = Stores.await(opened.store().unlockTherapist(name, actor));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(parent.root.words().get("access.unlocked", done.name(), actor));
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
                requireKnown(opened, name, parent.root.words());
                char[] pin = TherapistCommand.readPin(name, parent.root.words());
                try {
                    done = Stores.await(opened.store().resetPin(name, pin, actor));
                } finally {
                    Arrays.fill(pin, '0');
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(parent.root.words().get("access.pinReset", done.name(), actor));
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
            CliText words = parent.root.words();
            try (Stores.Opened opened = StoreAccess.openExistingForWriting(parent.root, spec.commandLine().getErr())) {
                Therapist who = opened.store().therapist(admin).orElseThrow(() -> new UserError(
                        words.get("therapist.unknownSeeList", admin)));
                if (!who.isAdmin() || who.disabled()) {
                    throw new UserError(words.get("access.recoveryNotAdmin", who.name()));
                }
                code = Stores.await(opened.store().newRecoveryCode(who.name(), actor));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(words.get("access.recoveryCode"));
            out.println("  " + code);
            out.flush();
            return 0;
        }
    }

    private static void requireKnown(Stores.Opened opened, String name, CliText words) {
        if (opened.store().therapist(name).isEmpty()) {
            throw new UserError(words.get("therapist.unknownSeeList", name));
        }
    }

    /** The history under {@code therapist list --history}: one line per unlock, reset or recovery code made. */
    static void printHistory(Stores.Opened opened, CliText words, PrintWriter out) {
        out.println();
        out.printf("%-20s  %-24s  %-13s  %s%n", words.get("history.when"), words.get("history.therapist"),
                words.get("history.what"), words.get("history.by"));
        var events = opened.store().therapistEvents();
        if (events.isEmpty()) {
            out.println(words.get("history.none"));
        }
        for (TherapistEvent event : events) {
            String what = switch (event.action()) {
                case TherapistEvent.UNLOCK -> words.get("history.unlock");
                case TherapistEvent.RESET_PIN -> words.get("history.resetPin");
                case TherapistEvent.RECOVERY_CODE -> words.get("history.recoveryCode");
                default -> event.action();
            };
            out.printf("%-20s  %-24s  %-13s  %s%n", event.at().truncatedTo(ChronoUnit.SECONDS)
                    .toString().replace('T', ' ').replace("Z", ""), event.therapistName(), what, event.actor());
        }
    }
}
