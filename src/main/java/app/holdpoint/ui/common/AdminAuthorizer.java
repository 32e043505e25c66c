package app.holdpoint.ui.common;

import java.util.function.Consumer;
import app.holdpoint.store.Signature;

/**
 * Asks for an administrator's PIN before something only an administrator may do: exit the kiosk, override a
 * stopping screening answer, close another therapist's interrupted session. The kiosk shows its PIN overlay;
 * tests pass a fake.
 */
public interface AdminAuthorizer {

    /**
     * Shows {@code purpose} (already in the user's language) and a PIN keypad over the current screen. Calls
     * {@code onAuthorized} on the Event Dispatch Thread with the administrator's signature once a PIN is
     * accepted; does nothing if the person cancels.
     */
    void authorize(String purpose, Consumer<Authorization> onAuthorized);

    /** Who authorised, for the record. */
    record Authorization(Signature signature) {
    }
}
