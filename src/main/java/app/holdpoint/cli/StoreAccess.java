package app.holdpoint.cli;

import java.io.PrintWriter;

import app.holdpoint.store.StoreConfig;
import app.holdpoint.store.Stores;

/** Opens the store the way every command does: beside a running kiosk, on the configured data. */
final class StoreAccess {
    private StoreAccess() {
    }

    static Stores.Opened open(HoldpointCommand root, PrintWriter err) {
        return open(root, StoreConfig.forThisMachine("cli"), err);
    }

    /** Opens, and says so on {@code err} when sessions a dead process left running were found. */
    static Stores.Opened open(HoldpointCommand root, StoreConfig config, PrintWriter err) {
        Settings settings = root.settings();
        Stores.Opened opened = Stores.forCommandLine(settings.dataDirectory(), settings.jdbcUrl(), config);
        if (opened.recovered() > 0) {
            err.println("holdpoint: note: " + opened.recovered() + " session(s) left running by a process that"
                    + " stopped are now marked interrupted (see: audit --status interrupted)");
            err.flush();
        }
        return opened;
    }

}
