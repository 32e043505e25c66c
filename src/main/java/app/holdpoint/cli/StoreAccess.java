package app.holdpoint.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;

import app.holdpoint.store.StoreConfig;
import app.holdpoint.store.Stores;

/** Opens the store the way every command does: beside a running kiosk, on the configured data. */
final class StoreAccess {
    private StoreAccess() {
    }

    static Stores.Opened open(HoldpointCommand root) {
        return open(root, StoreConfig.defaults("cli@" + hostName()));
    }

    static Stores.Opened open(HoldpointCommand root, StoreConfig config) {
        Settings settings = root.settings();
        return Stores.forCommandLine(settings.dataDirectory(), settings.jdbcUrl(), config);
    }

    static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
