package app.holdpoint.ui.audit;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;

import javax.swing.JPanel;

import app.holdpoint.protocol.Catalog;
import app.holdpoint.store.SessionStore;
import app.holdpoint.ui.Text;

/**
 * The clinic's audit workspace: sessions, one session's detail, summaries, integrity and exports. Shown inside
 * the kiosk to administrators, and in a desktop window by {@code audit-ui}. (Contract stub: being built.)
 *
 * @param onClose present in the kiosk (a button back to the picker); empty in the desktop window
 */
public final class AuditWorkspace extends JPanel {

    public AuditWorkspace(SessionStore store, Catalog catalog, Text text, Executor reads, Clock clock,
                          Optional<Runnable> onClose) {
        setName("audit");
    }

    /** Loads the first page afresh (the kiosk calls this each time the workspace is opened). */
    public void refresh() {
    }
}
