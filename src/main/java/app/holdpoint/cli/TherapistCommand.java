package app.holdpoint.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.Callable;

import app.holdpoint.store.PersonText;
import app.holdpoint.store.Role;
import app.holdpoint.store.Stores;
import app.holdpoint.store.Therapist;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "therapist", mixinStandardHelpOptions = true,
        description = "Manages the therapists who may sign in and sign sessions.",
        subcommands = {TherapistCommand.Add.class, TherapistCommand.ListAll.class, TherapistCommand.Disable.class})
final class TherapistCommand {

    @ParentCommand
    HoldpointCommand root;

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Adds a therapist. The PIN (4 to 8 digits) is asked twice without echo, or read as one "
                    + "line from standard input when it is piped."})
    static final class Add implements Callable<Integer> {
        @ParentCommand
        TherapistCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "The name shown on the sign-in screen.")
        String name;

        @Option(names = "--admin", description = "May manage therapists and open the audit workspace.")
        boolean admin;

        @Override
        public Integer call() {
            PersonText.line(name, "a therapist's name"); // refused before the PIN is asked for
            char[] pin = readPin(name);
            try (Stores.Opened opened = StoreAccess.open(parent.root, spec.commandLine().getErr())) {
                Therapist added = Stores.await(opened.store().createTherapist(name, admin ? Role.ADMIN
                        : Role.THERAPIST, pin));
                spec.commandLine().getOut().println("added " + added.role().word() + " '" + added.name() + "'");
                spec.commandLine().getOut().flush();
                return 0;
            } finally {
                Arrays.fill(pin, '0');
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists therapists and their state.")
    static final class ListAll implements Callable<Integer> {
        @ParentCommand
        TherapistCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Stores.Opened opened = StoreAccess.openExisting(parent.root, spec.commandLine().getErr())) {
                out.printf("%-24s  %-9s  %s%n", "NAME", "ROLE", "STATE");
                Instant now = Instant.now();
                for (Therapist t : opened.store().therapists()) {
                    String state = t.disabled() ? "disabled"
                            : t.lockedUntil().filter(until -> until.isAfter(now))
                            .map(until -> "locked until " + until).orElse("active");
                    out.printf("%-24s  %-9s  %s%n", t.name(), t.role().word(), state);
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Stops a therapist signing in; their sessions stay in the record under their name.")
    static final class Disable implements Callable<Integer> {
        @ParentCommand
        TherapistCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            try (Stores.Opened opened = StoreAccess.open(parent.root, spec.commandLine().getErr())) {
                Stores.await(opened.store().disableTherapist(name));
            }
            spec.commandLine().getOut().println("disabled '" + name + "'");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    /** From the terminal without echo (asked twice), else one line of standard input. */
    static char[] readPin(String name) {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("PIN for %s (4 to 8 digits): ", name);
            char[] again = console.readPassword("Same PIN again: ");
            if (first == null || again == null || !Arrays.equals(first, again)) {
                throw new UserError("the two PINs differ; nothing was added");
            }
            Arrays.fill(again, '0');
            return first;
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isBlank()) {
                throw new UserError("no PIN on standard input; pipe one line with 4 to 8 digits");
            }
            return line.strip().toCharArray();
        } catch (IOException e) {
            throw new UserError("cannot read the PIN from standard input: " + e.getMessage());
        }
    }
}
