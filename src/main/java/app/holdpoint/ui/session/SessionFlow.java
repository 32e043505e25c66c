package app.holdpoint.ui.session;

import javax.swing.JPanel;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.store.SessionRecord;
import app.holdpoint.ui.kiosk.AdminAuthorizer;
import app.holdpoint.ui.kiosk.KioskServices;
import app.holdpoint.ui.kiosk.SignedIn;

/**
 * One session from preparation to the signed record: prepare, run, finish and sign, summary. The kiosk shows
 * this panel after a protocol is picked (or an interrupted session is resumed) and gets control back through
 * the listener. (Contract stub: the screens are being built.)
 */
public final class SessionFlow extends JPanel {

    /** How the flow hands control back to the kiosk; called on the Event Dispatch Thread. */
    public interface Listener {
        /** The session was sealed and its summary dismissed: back to the picker. */
        void finished();

        /** Left before anything was recorded (cancel on the preparation screen): back to the picker. */
        void cancelled();
    }

    private final KioskServices services;
    private final AdminAuthorizer admin;
    private final Listener listener;
    private boolean inSession;

    public SessionFlow(KioskServices services, AdminAuthorizer admin, Listener listener) {
        this.services = services;
        this.admin = admin;
        this.listener = listener;
        setName("sessionFlow");
    }

    /** Opens the preparation screen for this protocol. */
    public void begin(SignedIn who, Protocol protocol) {
        inSession = true;
    }

    /** Resumes a session a dead process left interrupted: restores the engine from its stored events. */
    public void resume(SignedIn who, SessionRecord interrupted) {
        inSession = true;
    }

    /** True from {@link #begin} or {@link #resume} until the listener is called: no idle sign-out meanwhile. */
    public boolean inSession() {
        return inSession;
    }
}
