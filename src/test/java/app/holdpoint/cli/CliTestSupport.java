package app.holdpoint.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs the real command line in-process and captures what it prints. */
final class CliTestSupport {
    record Run(int exitCode, String out, String err) {
    }

    private CliTestSupport() {
    }

    static Run run(String... args) {
        return runWith(Map.of(), args);
    }

    /** On the data folder {@code data}: {@code --data DATA} before the arguments. */
    static Run runOn(Path data, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return run(all);
    }

    /** With these environment variables (a database server's login, say). */
    static Run runWith(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        HoldpointCommand root = new HoldpointCommand(env, Path.of("."), request -> {
            throw new AssertionError("the kiosk must not open in a CLI test");
        });
        int exit = HoldpointCommand.commandLine(root, new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
