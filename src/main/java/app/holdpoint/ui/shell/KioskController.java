package app.holdpoint.ui.shell;

import app.holdpoint.ui.common.Background;
import app.holdpoint.ui.common.KioskServices;
import app.holdpoint.ui.common.SignedIn;

import java.awt.CardLayout;
import java.awt.GraphicsEnvironment;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.store.SessionRecord;
import app.holdpoint.ui.audit.AuditWorkspace;
import app.holdpoint.ui.model.IdleWatch;
import app.holdpoint.ui.settings.KioskSettings;
import app.holdpoint.ui.platform.DisplayAwake;
import app.holdpoint.ui.screen.FirstAdminScreen;
import app.holdpoint.ui.screen.InterruptedScreen;
import app.holdpoint.ui.screen.PickerScreen;
import app.holdpoint.ui.screen.SettingsScreen;
import app.holdpoint.ui.screen.SignInScreen;
import app.holdpoint.ui.screen.TherapistsScreen;
import app.holdpoint.ui.session.SessionFlow;
import app.holdpoint.ui.theme.Theme;
import java.util.ArrayList;
import app.holdpoint.ui.model.SessionPreparation;
import java.time.LocalDate;

/**
 * The kiosk window and which screen it shows: first administrator, interrupted sessions, sign-in, picker,
 * session flow, settings, audit. Exit only with an administrator's PIN.
 */
public final class KioskController {
    private static final Logger LOG = Logger.getLogger(KioskController.class.getName());

    /** The cards of the window, by name. */
    public enum Screen { STARTING, FIRST_ADMIN, INTERRUPTED, SIGN_IN, PICKER, FLOW, SETTINGS, THERAPISTS,
        ADD_THERAPIST, AUDIT }

    private final KioskServices services;
    private final boolean fullScreen;
    private final Runnable onExit;
    private final CardLayout layout = new CardLayout();
    private JFrame frame;
    private JPanel cards;
    private StatusStrip status;
    private JLabel starting;
    private AdminPinOverlay admin;
    private FirstAdminScreen firstAdmin;
    private InterruptedScreen interrupted;
    private SignInScreen signIn;
    private PickerScreen picker;
    private SessionFlow flow;
    private SettingsScreen settings;
    private TherapistsScreen therapists;
    private FirstAdminScreen addTherapist;
    private AuditWorkspace audit;
    private IdleSignOut idle;
    private Screen showing = Screen.STARTING;
    private SignedIn who;

    /**
     * @param fullScreen undecorated, on top and covering the screen; false for {@code --windowed}
     * @param onExit     called on the Event Dispatch Thread after an administrator authorised the exit and the
     *                   window is gone: the caller closes the store and the process
     */
    public KioskController(KioskServices services, boolean fullScreen, Runnable onExit) {
        this.services = services;
        this.fullScreen = fullScreen;
        this.onExit = onExit;
    }

    private final List<Runnable> interactive = new ArrayList<>();
    private DisplayAwake displayAwake = DisplayAwake.none("not asked for");

    /**
     * How the display is kept on while a session runs: before or after {@link #start()} (the kiosk hands it over
     * once JNA has loaded, off the path to the first screen; a session needs a sign-in first). On the EDT.
     */
    public void keepDisplayAwakeWith(DisplayAwake awake) {
        this.displayAwake = awake;
        if (flow != null) {
            flow.keepDisplayAwakeWith(awake);
        }
    }

    /** Builds and shows the window on the first screen that applies. Call on the Event Dispatch Thread. */
    public void start() {
        assert Background.calledOnEdt() : "the kiosk window is built off the Event Dispatch Thread";
        frame = new JFrame(services.text().get("app.title"));
        frame.setName("kiosk");
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                requestExit();
            }
        });
        buildScreens();
        status = new StatusStrip(services);
        // The status strip stays above every screen: sound, a record not saved, who is signed in.
        frame.setContentPane(StatusStrip.frameContent(status, cards));
        if (fullScreen) {
            frame.setUndecorated(true);
            frame.setAlwaysOnTop(true);
            frame.setBounds(GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                    .getDefaultConfiguration().getBounds());
        } else {
            frame.setSize(1280, 800);
            frame.setLocationRelativeTo(null);
        }
        applySettings(services.settings().current());
        services.settings().onChange(this::applySettings);
        idle = new IdleSignOut(new IdleWatch(services.ticker(), services.settings().current().idleTimeout()),
                services.theme().integer("Holdpoint.idle.checkMillis"), () -> flow != null && flow.inSession(),
                () -> who != null, this::signOut);
        idle.start();
        frame.setVisible(true);
        firstScreen();
    }

    /**
     * The cards every start needs; each screen is built when first shown (the screens of a session, settings and
     * therapists are most of the kiosk's start-up work otherwise, and the first screen needs none of them).
     */
    private void buildScreens() {
        cards = new JPanel(layout);
        cards.setName("kiosk.cards");
        starting = new JLabel(services.text().get("kiosk.starting"), SwingConstants.CENTER);
        starting.setName("kiosk.starting");
        starting.putClientProperty("FlatLaf.styleClass", "h1");
        cards.add(starting, Screen.STARTING.name());
    }

    /**
     * Builds every screen not built yet, as the kiosk did at start before they were built on demand: for the
     * training run that records the class-data-sharing archive, so their classes are in it. On the EDT, after
     * {@link #start()}.
     */
    public void buildAllScreens() {
        firstAdmin().buildLaterPages();
        interrupted();
        signIn().pinEntry();
        signIn().recovery();
        picker();
        flow();
        settings();
        therapists();
        addTherapist().buildLaterPages();
    }

    private FirstAdminScreen firstAdmin() {
        if (firstAdmin == null) {
            firstAdmin = new FirstAdminScreen(services.theme(), services.text(), services.store(), this::showSignIn);
            cards.add(firstAdmin, Screen.FIRST_ADMIN.name());
        }
        return firstAdmin;
    }

    private InterruptedScreen interrupted() {
        if (interrupted == null) {
            interrupted = new InterruptedScreen(services, admin(), this::resume, this::showSignIn);
            cards.add(interrupted, Screen.INTERRUPTED.name());
        }
        return interrupted;
    }

    private SignInScreen signIn() {
        if (signIn == null) {
            signIn = new SignInScreen(services.theme(), services.text(), services.store(), services.reads(),
                    services.clock(), this::signedIn);
            cards.add(signIn, Screen.SIGN_IN.name());
        }
        return signIn;
    }

    private PickerScreen picker() {
        if (picker == null) {
            picker = new PickerScreen(services.text(), this::signOut, this::showSettings, this::showAudit,
                    this::choose);
            cards.add(picker, Screen.PICKER.name());
        }
        return picker;
    }

    private SessionFlow flow() {
        if (flow == null) {
            flow = new SessionFlow(services, admin(), new SessionFlow.Listener() {
                @Override
                public void finished() {
                    showPicker();
                }

                @Override
                public void cancelled() {
                    showPicker();
                }
            });
            flow.keepDisplayAwakeWith(displayAwake);
            flow.onSaveStatus(new SessionFlow.SaveStatus() {
                @Override
                public void saveFailed(String cause) {
                    status.saveFailed(cause);
                }

                @Override
                public void saveRecovered() {
                    status.saveRecovered();
                }
            });
            cards.add(flow, Screen.FLOW.name());
        }
        return flow;
    }

    private SettingsScreen settings() {
        if (settings == null) {
            settings = new SettingsScreen(services, this::signedIn, this::showPicker, this::showTherapists, this::requestExit);
            cards.add(settings, Screen.SETTINGS.name());
        }
        return settings;
    }

    private TherapistsScreen therapists() {
        if (therapists == null) {
            therapists = new TherapistsScreen(services, this::showAddTherapist, this::showSettings);
            cards.add(therapists, Screen.THERAPISTS.name());
        }
        return therapists;
    }

    private FirstAdminScreen addTherapist() {
        if (addTherapist == null) {
            addTherapist = FirstAdminScreen.forAdding(services.theme(), services.text(), services.store(),
                    this::showTherapists, this::showTherapists);
            cards.add(addTherapist, Screen.ADD_THERAPIST.name());
        }
        return addTherapist;
    }

    /** No therapists: first administrator; else interrupted sessions, if any; else sign-in. */
    private void firstScreen() {
        show(Screen.STARTING);
        Background.on(services.reads()).supply(() -> {
            if (services.store().therapists().isEmpty()) {
                return Screen.FIRST_ADMIN;
            }
            List<SessionRecord> open = services.store().findInterrupted();
            return open.isEmpty() ? Screen.SIGN_IN : Screen.INTERRUPTED;
        }).logAs(Level.SEVERE, "the kiosk could not read its records").onSuccess(screen -> {
            switch (screen) {
                case FIRST_ADMIN:
                    firstAdmin().reset();
                    show(Screen.FIRST_ADMIN);
                    break;
                case INTERRUPTED:
                    interrupted().refresh();
                    show(Screen.INTERRUPTED);
                    break;
                default:
                    showSignIn();
                    break;
            }
            // The screen just shown queued its own read (the sign-in tiles) on the single reads thread; queued
            // behind it, this runs once that content is on screen.
            Background.on(services.reads()).supply(() -> Boolean.TRUE).onSuccess(shown -> {
                interactive.forEach(Runnable::run);
                interactive.clear();
                // The PIN entry a tap on a tile opens (at first start, the name page with its letters and the PIN
                // entry behind the welcome), built and painted off screen while nobody has tapped yet: not part of
                // the first screen, which shows sooner without them.
                SwingUtilities.invokeLater(() -> {
                    if (signIn != null) {
                        signIn.buildLaterPages();
                    }
                    if (firstAdmin != null) {
                        firstAdmin.buildLaterPages();
                    }
                });
            }).start();
        }).onFailure(services.text(), reason ->
                starting.setText(services.text().get("kiosk.readFailed", reason))).start();
    }

    /**
     * Runs {@code action} on the Event Dispatch Thread once the first screen shows its content (the sign-in
     * tiles, the first-administrator form or the interrupted sessions): from then on a tap is answered. For the
     * start-up benchmark's ready marker.
     */
    public void whenInteractive(Runnable action) {
        interactive.add(action);
    }

    private void show(Screen screen) {
        showing = screen;
        if (status != null) {
            status.signedIn(Optional.ofNullable(who).map(SignedIn::name));
            status.refreshSound();
        }
        layout.show(cards, screen.name());
        if (idle != null) {
            idle.activity();
        }
    }

    private void showSignIn() {
        who = null;
        signIn().refresh();
        show(Screen.SIGN_IN);
    }

    private void signedIn(SignedIn signedIn) {
        who = signedIn;
        showPicker();
    }

    private void signOut() {
        if (admin != null) {
            admin.cancel();
        }
        if (settings != null) {
            settings.leave();
        }
        showSignIn();
    }

    private void showPicker() {
        if (who == null) {
            showSignIn();
            return;
        }
        picker().show(services.library(), who.name(), who.isAdmin(), protocol -> SessionPreparation
                .mayRun(protocol, who.therapist(), LocalDate.now(services.clock())));
        show(Screen.PICKER);
    }

    /** Runs {@code screen} only while an administrator is signed in; otherwise nothing happens. */
    private void requireAdmin(Runnable screen) {
        if (who != null && who.isAdmin()) {
            screen.run();
        }
    }

    private void showSettings() {
        requireAdmin(() -> {
            settings().load();
            show(Screen.SETTINGS);
        });
    }

    private void showTherapists() {
        requireAdmin(() -> {
            therapists().refresh(who.name());
            show(Screen.THERAPISTS);
        });
    }

    private void showAddTherapist() {
        requireAdmin(() -> {
            addTherapist().reset();
            show(Screen.ADD_THERAPIST);
        });
    }

    private void showAudit() {
        requireAdmin(() -> {
            if (audit == null) {
                // Built when an administrator first opens it: its tables, chart and PDF libraries are not needed
                // to start the kiosk, and most sessions never open it.
                audit = new AuditWorkspace(services.store(), services.library().catalog(), services.theme(),
                        services.text(), services.reads(), services.clock(), Optional.of(this::showPicker),
                        Optional.of(services.dataDirectory()));
                cards.add(audit, Screen.AUDIT.name());
            }
            audit.refresh();
            show(Screen.AUDIT);
        });
    }

    private void choose(Protocol protocol) {
        flow().begin(who, protocol);
        show(Screen.FLOW);
    }

    private void resume(SignedIn signedIn, SessionRecord record) {
        who = signedIn;
        flow().resume(signedIn, record);
        show(Screen.FLOW);
    }

    /** Asks an administrator's PIN; only then closes the window and calls {@code onExit}. */
    public void requestExit() {
        admin().authorize(services.text().get("kiosk.exit.purpose"), authorization -> exit());
    }

    private void exit() {
        LOG.info("kiosk exit authorised");
        dispose();
        onExit.run();
    }

    /** Closes the window without asking and without {@code onExit} (tests, or a caller shutting down). */
    public void dispose() {
        if (idle != null) {
            idle.stop();
        }
        if (settings != null) {
            settings.leave();
        }
        if (frame != null) {
            frame.dispose();
        }
    }

    private void applySettings(KioskSettings changed) {
        services.applySound(changed);
        if (status != null) {
            status.refreshSound();
        }
        Theme.Variant variant = changed.theme();
        if (services.theme().variant() != variant) {
            services.theme().switchTo(variant);
        }
        if (idle != null) {
            idle.watch().timeout(changed.idleTimeout());
        }
    }

    /** Signs out if the kiosk has been idle long enough (never during a session); the timer calls this too. */
    public boolean checkIdle() {
        return idle.checkIdle();
    }

    public JFrame frame() {
        return frame;
    }

    /** Which screen is showing, for tests. */
    public Screen showing() {
        return showing;
    }

    /** The signed-in therapist, if any. */
    public Optional<SignedIn> signedIn() {
        return Optional.ofNullable(who);
    }

    public StatusStrip statusStrip() {
        return status;
    }

    /** The administrator's PIN overlay, built now if nothing has asked for it yet. On the EDT. */
    public AdminPinOverlay adminOverlay() {
        return admin();
    }

    /**
     * Built when first needed (an exit, an interrupted session, a session's administrator step): its PIN pad and
     * tiles were a sixth of the Event Dispatch Thread's work before the first screen.
     */
    private AdminPinOverlay admin() {
        if (admin == null) {
            admin = new AdminPinOverlay(services, frame.getRootPane());
        }
        return admin;
    }

    /** The session flow, built now if no session has run yet. On the Event Dispatch Thread. */
    public SessionFlow sessionFlow() {
        return flow();
    }
}
