package app.holdpoint;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import app.holdpoint.cli.HoldpointCommand;
import app.holdpoint.cli.KioskArguments;
import app.holdpoint.store.Database;

/** Wiring: reads the command line and starts the kiosk or a command. */
public final class App {
    private App() {
    }

    public static void main(String[] args) {
        Database.keepServersLocal();
        Path installation = Path.of(System.getProperty("holdpoint.home", "."));
        HoldpointCommand root = new HoldpointCommand(System.getenv(), installation, Kiosk::open,
                AuditWindow::open);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        // The kiosk's plain options are read without picocli, which is most of the main thread's start-up work.
        int exit = KioskArguments.read(root, args) ? KioskArguments.openKiosk(root, out, err)
                : HoldpointCommand.commandLine(root, out, err).execute(args);
        if (!Kiosk.isOpen() && !AuditWindow.isOpen()) {
            System.exit(exit);
        }
    }
}
