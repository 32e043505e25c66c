package app.holdpoint;

import java.awt.GraphicsEnvironment;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

import app.holdpoint.cli.HoldpointCommand.AuditWindowRequest;
import app.holdpoint.cli.Locations;
import app.holdpoint.cli.UserError;
import app.holdpoint.protocol.load.CatalogLoader;
import app.holdpoint.store.StoreConfig;
import app.holdpoint.store.Stores;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.audit.AuditWorkspace;
import app.holdpoint.ui.theme.Theme;

/**
 * {@code audit-ui}: the audit workspace in a normal desktop window, on the store opened the command-line way
 * (beside a running kiosk). Closing the window closes the store and ends the program.
 */
final class AuditWindow {
    private static volatile boolean open;

    private AuditWindow() {
    }

    static boolean isOpen() {
        return open;
    }

    static void open(AuditWindowRequest request) {
        if (GraphicsEnvironment.isHeadless()) {
            throw new UserError("the audit window needs a display; use 'audit' and 'audit export' on a machine"
                    + " without one (see --help)");
        }
        Locations settings = request.settings();
        Stores.Opened opened = Stores.forAuditWindow(settings.dataDirectory(), settings.jdbcUrl(),
                settings.login(), StoreConfig.defaults("audit@" + hostName()));
        ExecutorService reads = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "audit-reads");
            thread.setDaemon(true);
            return thread;
        });
        open = true;
        SwingUtilities.invokeLater(() -> {
            Theme theme = Theme.install(Theme.Variant.DARK);
            Text text = new Text(Locale.getDefault());
            AuditWorkspace workspace = new AuditWorkspace(opened.store(),
                    CatalogLoader.load(settings.protocols()).catalog(), theme, text, reads,
                    Clock.systemDefaultZone(), Optional.empty(), opened.database().dataDirectory());
            JFrame frame = new JFrame(text.get("audit.window.title", text.get("app.title")));
            frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            frame.addWindowListener(new WindowAdapter() {
                @Override
                public void windowClosed(WindowEvent e) {
                    reads.shutdownNow();
                    opened.close();
                    System.exit(0);
                }
            });
            frame.add(workspace);
            frame.setSize(1280, 800);
            frame.setLocationRelativeTo(null);
            frame.setVisible(true);
            workspace.refresh();
        });
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
