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

    /**
     * For commands that only read (verify, audit, therapist list): the record must already be there, and is
     * opened read-only. Opening a folder without one would create an empty record and report on it ("verified 0
     * sessions"), hiding that the data folder is the wrong one; instead nothing is created and the message says
     * where it looked. Sessions a stopped process left running stay as they are: marking them is the kiosk's
     * write, at its start.
     */
    static Stores.Opened openExisting(HoldpointCommand root, PrintWriter err) {
        Locations settings = root.settings();
        return Stores.forReading(settings.dataDirectory(), settings.jdbcUrl(), settings.login(),
                StoreConfig.forThisMachine("cli"));
    }

    /**
     * For commands that change a record that must already be there (unlock, reset a PIN, a new recovery code):
     * nothing is created in a mistyped data folder; the message says where it looked.
     */
    static Stores.Opened openExistingForWriting(HoldpointCommand root, PrintWriter err) {
        Locations settings = root.settings();
        Stores.requireRecord(settings.dataDirectory(), settings.jdbcUrl());
        return open(root, err);
    }

    /** Opens, and says so on {@code err} when sessions a dead process left running were found. */
    static Stores.Opened open(HoldpointCommand root, StoreConfig config, PrintWriter err) {
        Locations settings = root.settings();
        Stores.Opened opened = Stores.forCommandLine(settings.dataDirectory(), settings.jdbcUrl(), settings.login(),
                config);
        if (opened.recovered() > 0) {
            err.println(root.words().get("store.recovered", String.valueOf(opened.recovered())));
            err.flush();
        }
        opened.rollbackProblem().ifPresent(problem -> {
            err.println(root.words().get("store.warning", root.words().problem(problem)));
            err.flush();
        });
        return opened;
    }

}
