package app.holdpoint.ui.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import javax.swing.SwingUtilities;

import app.holdpoint.store.Signature;
import app.holdpoint.ui.common.AdminAuthorizer;

/**
 * Stands in for the kiosk's administrator PIN overlay: remembers what it was asked for and, unless told to
 * refuse, authorises at once (on the EDT, later, as the overlay would) with a real administrator's signature.
 */
public final class FakeAdmin implements AdminAuthorizer {
    private final Signature administrator;
    private final List<String> purposes = new CopyOnWriteArrayList<>();
    private volatile boolean refuse;

    public FakeAdmin(Signature administrator) {
        this.administrator = administrator;
    }

    /** True: the administrator cancels every request from now on. */
    public void refuse(boolean value) {
        refuse = value;
    }

    public List<String> purposes() {
        return List.copyOf(purposes);
    }

    @Override
    public void authorize(String purpose, Consumer<Authorization> onAuthorized) {
        purposes.add(purpose);
        if (!refuse) {
            SwingUtilities.invokeLater(() -> onAuthorized.accept(new Authorization(administrator)));
        }
    }
}
