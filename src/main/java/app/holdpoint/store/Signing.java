package app.holdpoint.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Signs seals and addenda with the kiosk key, registering its public half in {@code kiosk_key} the first time
 * (in the signing transaction, so a record never holds a signature by an unregistered key). Confined to the
 * writer thread; {@link #forget()} after a rollback, which may have undone the registration.
 */
final class Signing {
    private final KioskKey key;
    private final StoreConfig config;
    private boolean registered;

    Signing(KioskKey key, StoreConfig config) {
        this.key = key;
        this.config = config;
    }

    String keyId() {
        return key.keyId();
    }

    /** The base64 signature of {@code hash}, after making sure the key is registered. */
    String sign(Sql sql, String hash) throws SQLException {
        register(sql);
        return key.sign(hash);
    }

    void forget() {
        registered = false;
    }

    private void register(Sql sql) throws SQLException {
        if (registered) {
            return;
        }
        PreparedStatement known = sql.prepare("SELECT 1 FROM kiosk_key WHERE key_id = ?");
        known.setString(1, key.keyId());
        try (ResultSet r = known.executeQuery()) {
            if (!r.next()) {
                PreparedStatement insert = sql.prepare("INSERT INTO kiosk_key (key_id, kiosk_id, public_key,"
                        + " registered_at) VALUES (?, ?, ?, ?)");
                insert.setString(1, key.keyId());
                insert.setString(2, config.kioskId());
                insert.setString(3, key.publicKeyText());
                Jdbc.setInstant(insert, 4, config.clock().instant());
                insert.executeUpdate();
            }
        }
        registered = true;
    }
}
