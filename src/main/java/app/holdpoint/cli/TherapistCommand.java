package app.holdpoint.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import app.holdpoint.domain.Pin;
import app.holdpoint.store.PinCheck;
import app.holdpoint.store.PersonText;
import app.holdpoint.store.Role;
import app.holdpoint.store.TherapistDirectory;
import app.holdpoint.store.Signature;
import app.holdpoint.store.Credential;
import app.holdpoint.store.Stores;
import app.holdpoint.store.Therapist;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "therapist", mixinStandardHelpOptions = true,
        subcommands = {TherapistCommand.Add.class, TherapistCommand.ListAll.class, TherapistCommand.Disable.class,
                TherapistCommand.CredentialCommand.class, TherapistAccessCommands.Unlock.class,
                TherapistAccessCommands.ResetPin.class, TherapistAccessCommands.RecoveryCode.class})
final class TherapistCommand {

    @ParentCommand
    HoldpointCommand root;

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add extends TherapistSubcommand {
        @Parameters(paramLabel = "NAME", descriptionKey = "name")
        String name;

        @Option(names = "--admin")
        boolean admin;

        @Override
        public Integer call() {
            PersonText.line(name, "a therapist's name"); // refused before the PIN is asked for
            CliText words = words();
            char[] pin = readPin(name, words);
            try (Stores.Opened opened = open()) {
                Therapist added = Stores.await(opened.store().createTherapist(name, admin ? Role.ADMIN
                        : Role.THERAPIST, pin));
                return said(words.get("therapist.added", added.role().word(), added.name()));
            } finally {
                Arrays.fill(pin, '0');
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListAll extends TherapistSubcommand {
        @Option(names = "--history")
        boolean history;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            CliText words = words();
            try (Stores.Opened opened = openExisting()) {
                out.printf("%-24s  %-9s  %-33s  %s%n", words.get("therapist.list.name"),
                        words.get("therapist.list.role"), words.get("therapist.list.state"),
                        words.get("therapist.list.dryNeedling"));
                Instant now = Instant.now();
                LocalDate today = LocalDate.now();
                for (Therapist t : opened.store().therapists()) {
                    String state = t.disabled() ? words.get("therapist.state.disabled")
                            : t.lockedUntil().filter(until -> until.isAfter(now))
                            .map(until -> words.get("therapist.state.locked", until.toString()))
                            .orElse(words.get("therapist.state.active"));
                    String needling = t.dryNeedling()
                            .map(c -> c.validOn(today) ? words.get("therapist.needling.valid", describe(c, words))
                                    : words.get("therapist.needling.expired", describe(c, words)))
                            .orElse(words.get("therapist.needling.none"));
                    out.printf("%-24s  %-9s  %-33s  %s%n", t.name(), t.role().word(), state, needling);
                }
                if (history) {
                    TherapistAccessCommands.printHistory(opened, words, out);
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true)
    static final class Disable extends TherapistSubcommand {
        @Parameters(paramLabel = "NAME", descriptionKey = "therapist.name")
        String name;

        @Override
        public Integer call() {
            try (Stores.Opened opened = open()) {
                Stores.await(opened.store().disableTherapist(name));
            }
            return said(words().get("therapist.disabled", name));
        }
    }

    @Command(name = "credential", mixinStandardHelpOptions = true)
    static final class CredentialCommand extends TherapistSubcommand {
        @Parameters(paramLabel = "NAME", descriptionKey = "therapist.name")
        String name;

        @Option(names = "--dry-needling")
        boolean dryNeedling;

        @Option(names = "--revoke")
        boolean revoke;

        @Option(names = "--jurisdiction", paramLabel = "X")
        String jurisdiction;

        @Option(names = "--expires", paramLabel = "YYYY-MM-DD")
        String expires;

        @Option(names = "--by", paramLabel = "ADMIN")
        String by;

        @Override
        public Integer call() {
            CliText words = words();
            if (dryNeedling == revoke) {
                throw new UserError(words.get("credential.what"), 2);
            }
            if (revoke && (jurisdiction != null || expires != null)) {
                throw new UserError(words.get("credential.revokeOptions"), 2);
            }
            Optional<LocalDate> until = Optional.ofNullable(expires).map(text -> date(text, words));
            PrintWriter out = spec.commandLine().getOut();
            try (Stores.Opened opened = open()) {
                TherapistDirectory store = opened.store();
                if (store.therapist(name).isEmpty()) {
                    throw new UserError(words.get("therapist.unknownAdd", name));
                }
                String admin = administrator(store, words);
                char[] pin = readAdminPin(admin, words);
                Signature signature;
                try {
                    PinCheck check = Stores.await(store.verifyPin(admin, pin));
                    signature = check.signature().orElseThrow(() -> new UserError(words.get("credential.pinRefused",
                            admin, pinOutcome(check, words))));
                } finally {
                    Arrays.fill(pin, '0');
                }
                if (dryNeedling) {
                    Therapist t = Stores.await(store.grantDryNeedling(name,
                            jurisdiction == null ? "" : jurisdiction, until, signature.therapistId()));
                    out.println(words.get("credential.granted", t.name(), describe(t.dryNeedling().orElseThrow(), words),
                            signature.name()));
                } else {
                    Therapist t = Stores.await(store.revokeDryNeedling(name, signature.therapistId()));
                    out.println(words.get("credential.revoked", t.name(), signature.name()));
                }
            }
            out.flush();
            return 0;
        }

        private String administrator(TherapistDirectory store, CliText words) {
            if (by != null) {
                Therapist admin = store.therapist(by).orElseThrow(() -> new UserError(
                        words.get("therapist.unknown", by)));
                if (!admin.isAdmin() || admin.disabled()) {
                    throw new UserError(words.get("credential.notAdmin", by));
                }
                return admin.name();
            }
            List<Therapist> admins = store.therapists().stream().filter(t -> t.isAdmin() && !t.disabled()).toList();
            if (admins.size() != 1) {
                throw new UserError(admins.isEmpty() ? words.get("credential.noAdmin")
                        : words.get("credential.whichAdmin", String.valueOf(admins.size())), 2);
            }
            return admins.get(0).name();
        }

        private static LocalDate date(String text, CliText words) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new UserError(words.get("credential.expires", text), 2);
            }
        }

        /** The administrator's PIN from the terminal without echo, else one line of standard input. */
        private static char[] readAdminPin(String admin, CliText words) {
            Console console = System.console();
            if (console != null) {
                char[] pin = console.readPassword("%s", words.get("pin.askAdmin", admin));
                if (pin == null) {
                    throw new UserError(words.get("pin.noneGiven"));
                }
                return pin;
            }
            return readLine(words.get("pin.noAdminOnStdin"), words);
        }
    }

    /** A name as one shell word: quoted when it has spaces or quotes. */
    static String shellWord(String name) {
        return name.matches("[A-Za-z0-9._-]+") ? name : "'" + name.replace("'", "'\\''") + "'";
    }

    /** From the terminal without echo (asked twice), else one line of standard input. */
    static char[] readPin(String name, CliText words) {
        Console console = System.console();
        String min = String.valueOf(Pin.MIN_LENGTH);
        String max = String.valueOf(Pin.MAX_LENGTH);
        if (console != null) {
            char[] first = console.readPassword("%s", words.get("pin.ask", name, min, max));
            char[] again = console.readPassword("%s", words.get("pin.again"));
            if (first == null || again == null || !Arrays.equals(first, again)) {
                throw new UserError(words.get("pin.differ"));
            }
            Arrays.fill(again, '0');
            return first;
        }
        return readLine(words.get("pin.noneOnStdin", min, max), words);
    }

    private static char[] readLine(String missing, CliText words) {
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isBlank()) {
                throw new UserError(missing);
            }
            return line.strip().toCharArray();
        } catch (IOException e) {
            throw new UserError(words.get("pin.unreadable", String.valueOf(e.getMessage())));
        }
    }

    /** "jurisdiction X, until 2027-03-31" / "no jurisdiction stated, no expiry", in the command line's language. */
    static String describe(Credential credential, CliText words) {
        String where = credential.jurisdiction().isEmpty() ? words.get("credential.noJurisdiction")
                : credential.jurisdiction();
        return credential.expires().map(day -> words.get("credential.until", where, day.toString()))
                .orElse(words.get("credential.noExpiry", where));
    }

    /** A PIN check's outcome in the command line's language (PinCheck.message() is the English). */
    static String pinOutcome(PinCheck check, CliText words) {
        return switch (check.outcome()) {
            case ACCEPTED -> words.get("pin.check.accepted");
            case WRONG_PIN -> check.attemptsLeft() > 0
                    ? words.get("pin.check.wrongLeft", String.valueOf(check.attemptsLeft()))
                    : words.get("pin.check.wrong");
            case LOCKED -> words.get("pin.check.locked", check.lockedUntil().map(Instant::toString)
                    .orElse(words.get("pin.check.later")));
            case DISABLED -> words.get("pin.check.disabled");
            case UNKNOWN_THERAPIST -> words.get("pin.check.unknown");
        };
    }
}
