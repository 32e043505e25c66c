package app.holdpoint.cli;

import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

import app.holdpoint.store.Stores;
import app.holdpoint.store.Therapist;
import app.holdpoint.store.TherapistEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

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

    /**
     * The shape unlock and reset-pin share: open the existing record for writing, refuse a name it does not know,
     * do the change (recorded with {@link #actor()}), then say it.
     */
    abstract static class NamedChange extends TherapistSubcommand {
        @Parameters(paramLabel = "NAME", descriptionKey = "therapist.name")
        String name;

        /** The change, done and awaited; the therapist as it is afterwards. */
        abstract Therapist change(Stores.Opened opened, String actor);

        /** The bundle key of the line that says it was done (with the therapist's name and the actor). */
        abstract String doneKey();

        @Override
        public final Integer call() {
            String actor = actor();
            Therapist done;
            try (Stores.Opened opened = openExistingForWriting()) {
                requireKnown(opened, name, words());
                done = change(opened, actor);
            }
            return said(words().get(doneKey(), done.name(), actor));
        }
    }

    @Command(name = "unlock", mixinStandardHelpOptions = true)
    static final class Unlock extends NamedChange {
        @Override
        Therapist change(Stores.Opened opened, String actor) {
            return Stores.await(opened.store().unlockTherapist(name, actor));
        }

        @Override
        String doneKey() {
            return "access.unlocked";
        }
    }

    @Command(name = "reset-pin", mixinStandardHelpOptions = true)
    static final class ResetPin extends NamedChange {
        @Override
        Therapist change(Stores.Opened opened, String actor) {
            char[] pin = TherapistCommand.readPin(name, words());
            try {
                return Stores.await(opened.store().resetPin(name, pin, actor));
            } finally {
                Arrays.fill(pin, '0');
            }
        }

        @Override
        String doneKey() {
            return "access.pinReset";
        }
    }

    @Command(name = "recovery-code", mixinStandardHelpOptions = true)
    static final class RecoveryCode extends TherapistSubcommand {
        @Parameters(paramLabel = "ADMIN", descriptionKey = "admin")
        String admin;

        @Override
        public Integer call() {
            String actor = actor();
            String code;
            CliText words = words();
            try (Stores.Opened opened = openExistingForWriting()) {
                Therapist who = opened.store().therapist(admin).orElseThrow(() -> new UserError(
                        words.get("therapist.unknownSeeList", admin)));
                if (!who.isAdmin() || who.disabled()) {
                    throw new UserError(words.get("access.recoveryNotAdmin", who.name()));
                }
                code = Stores.await(opened.store().newRecoveryCode(who.name(), actor));
            }
            return said(words.get("access.recoveryCode"), "  " + code);
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
