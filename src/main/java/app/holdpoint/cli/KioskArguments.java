package app.holdpoint.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import picocli.CommandLine;

/**
 * The kiosk's own command line (no command; {@code --windowed}, {@code --data DIR}, ...) read without picocli.
 * Picocli's classes are compiled for Java 5, which class-data sharing cannot hold, and building the model of
 * every command takes a sizeable part of the kiosk's start (docs/benchmarks.md). Anything not read here exactly
 * as picocli reads it (a command, help, an unknown or repeated option, a value that looks like an option or is
 * empty, an argument file) is left to picocli, which then reads the whole line.
 */
public final class KioskArguments {
    private KioskArguments() {
    }

    /**
     * Sets the root command's options from {@code args} if they open the kiosk with options this reads.
     *
     * @return false, with {@code root} unchanged, when picocli must read the line
     */
    public static boolean read(HoldpointCommand root, String[] args) {
        Path protocols = null;
        Path data = null;
        String db = null;
        Path dbCredentials = null;
        boolean windowed = false;
        String scale = null;
        String central = null;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            if (!seen.add(name)) {
                return false;
            }
            if (name.equals("--windowed")) {
                if (value != null) {
                    return false;
                }
                windowed = true;
                continue;
            }
            if (!Set.of("--protocols", "--data", "--db", "--db-credentials", "--scale", "--central").contains(name)) {
                return false;
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    return false;
                }
                value = args[++i];
            }
            if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
                return false;
            }
            try {
                switch (name) {
                    case "--protocols" -> protocols = Path.of(value);
                    case "--data" -> data = Path.of(value);
                    case "--db" -> db = value;
                    case "--db-credentials" -> dbCredentials = Path.of(value);
                    case "--scale" -> scale = value;
                    default -> central = value;
                }
            } catch (InvalidPathException e) {
                return false;
            }
        }
        root.protocols = protocols;
        root.data = data;
        root.db = db;
        root.dbCredentials = dbCredentials;
        root.windowed = windowed;
        root.scale = scale;
        root.central = central;
        return true;
    }

    /**
     * Runs the root command as picocli would after {@link #read}: its exit status, or a failure reported in one
     * line by {@link HoldpointCommand#commandLine}'s handler (built only then).
     */
    public static int openKiosk(HoldpointCommand root, PrintWriter out, PrintWriter err) {
        try {
            return root.call();
        } catch (Exception e) {
            CommandLine cli = HoldpointCommand.commandLine(root, out, err);
            try {
                return cli.getExecutionExceptionHandler().handleExecutionException(e, cli, null);
            } catch (Exception unhandled) {
                throw new IllegalStateException(unhandled);
            }
        }
    }
}
