package app.holdpoint.ui.shell;

import app.holdpoint.ui.common.Background;
import app.holdpoint.ui.common.PinMessages;

import app.holdpoint.ui.common.AdminAuthorizer;
import app.holdpoint.ui.common.KioskServices;

import java.awt.Graphics;
import java.awt.event.MouseAdapter;
import java.util.List;
import java.util.function.Consumer;

import javax.swing.ButtonGroup;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRootPane;
import javax.swing.JToggleButton;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.store.PinCheck;
import app.holdpoint.store.Therapist;
import app.holdpoint.ui.common.PinEntry;
import app.holdpoint.ui.widget.TouchTarget;
import app.holdpoint.ui.widget.ScrollableRows;
import javax.swing.JScrollPane;
import app.holdpoint.ui.widget.TouchScroll;

/**
 * Asks an administrator's PIN in a layer over whatever the kiosk shows (the frame's glass pane): the purpose in
 * words, a tile per enabled administrator, the PIN pad and Cancel. Only an administrator's accepted PIN
 * authorises; the screen below stays as it was.
 */
public final class AdminPinOverlay extends JPanel implements AdminAuthorizer {

    private final KioskServices services;
    private final JRootPane root;
    private final PinEntry pin;
    private final JPanel adminTiles = new ScrollableRows(
            new MigLayout("insets 0, wrap 1, gap 0 12", "[grow, fill]"), 72);
    private ButtonGroup group = new ButtonGroup();
    private List<Therapist> admins = List.of();
    private Therapist chosen;
    private Consumer<Authorization> pending;
    private String purpose = "";

    public AdminPinOverlay(KioskServices services, JRootPane root) {
        super(new MigLayout("insets 0, fill", "[center]", "[center]"));
        this.services = services;
        this.root = root;
        setName("adminOverlay");
        setOpaque(false);
        // Taps on the dimmed screen must not reach the buttons under it.
        addMouseListener(new MouseAdapter() {
        });
        addMouseMotionListener(new MouseAdapter() {
        });
        pin = new PinEntry(services.theme(), services.text(), services.text().get("kiosk.cancel"), this::check,
                this::cancel);
        pin.setName("adminOverlay.pin");
        pin.putClientProperty("FlatLaf.style", "background: $Holdpoint.overlay.background");
        JPanel extra = new JPanel(new MigLayout("insets 0, fillx, wrap 1", "[grow, fill]"));
        extra.setOpaque(false);
        JLabel who = new JLabel(services.text().get("admin.who"));
        who.putClientProperty("FlatLaf.styleClass", "h2");
        extra.add(who);
        // Many administrators scroll instead of pushing Cancel off the card.
        adminTiles.setOpaque(false);
        JScrollPane tilesScroll = TouchScroll.of(adminTiles, services.theme(),
                services.theme().touchMinimum());
        tilesScroll.setOpaque(false);
        tilesScroll.getViewport().setOpaque(false);
        extra.add(tilesScroll, "hmin " + services.theme().touchMinimum() + "px, wmin 0");
        pin.setExtra(extra);
        // A share of whatever screen it covers (1180x700 on the 1280x800 design), never a fixed size that would put
        // the pad or Cancel off a smaller or portrait screen; the entry stacks its pad under the words in portrait.
        add(pin, "w 92%!, h 88%!");
    }

    @Override
    public void authorize(String purpose, Consumer<Authorization> onAuthorized) {
        this.purpose = purpose;
        this.pending = onAuthorized;
        chosen = null;
        pin.reset(purpose);
        pin.message(services.text().get("kiosk.working"), true);
        adminTiles.removeAll();
        root.setGlassPane(this);
        setVisible(true);
        revalidate();
        repaint();
        Background.on(services.reads()).supply(() -> services.store().therapists())
                .stillWanted(() -> pending == onAuthorized).logAs("could not list administrators")
                .onSuccess(list -> showAdmins(list.stream().filter(t -> t.isAdmin() && !t.disabled()).toList()))
                .onFailure(services.text(), reason ->
                        pin.message(services.text().get("kiosk.readFailed", reason), true)).start();
    }

    private void showAdmins(List<Therapist> found) {
        admins = found;
        group = new ButtonGroup();
        adminTiles.removeAll();
        pin.reset(purpose);
        if (found.isEmpty()) {
            pin.message(services.text().get("admin.none"), true);
        }
        for (Therapist admin : found) {
            JToggleButton tile = new JToggleButton(admin.name());
            tile.setName("admin." + admin.name());
            tile.putClientProperty("FlatLaf.styleClass", "hpBig");
            tile.setFocusable(false);
            tile.addActionListener(e -> choose(admin));
            group.add(tile);
            adminTiles.add(TouchTarget.atLeastMinimum(tile, services.theme()),
                    "h " + services.theme().dimension("Holdpoint.bigButton.minimumSize").height + "px!");
            if (chosen == null) {
                tile.setSelected(true);
                chosen = admin;
            }
        }
        adminTiles.revalidate();
        adminTiles.repaint();
    }

    private void choose(Therapist admin) {
        chosen = admin;
        pin.reset(purpose);
    }

    private void check(char[] entered) {
        Therapist who = chosen;
        Consumer<Authorization> waiting = pending;
        if (who == null || waiting == null) {
            return;
        }
        Background.await(services.store().verifyPin(who.name(), entered))
                .stillWanted(() -> pending == waiting && chosen == who).logAs("administrator PIN check failed")
                .onFailure(services.text(), reason ->
                        pin.message(services.text().get("kiosk.readFailed", reason), false))
                .onSuccess(result -> {
                    if (result.accepted() && admins.stream().anyMatch(a -> a.id() == who.id() && a.isAdmin())) {
                        close();
                        waiting.accept(new Authorization(result.signature().orElseThrow()));
                    } else if (result.accepted()) {
                        pin.message(services.text().get("admin.notAdmin"), false);
                    } else {
                        boolean blocked = result.outcome() == PinCheck.Outcome.LOCKED
                                || result.outcome() == PinCheck.Outcome.DISABLED;
                        pin.message(PinMessages.of(result, services.text(), services.clock()), blocked);
                    }
                }).start();
    }

    /** Closes the overlay without authorising (Cancel, or the kiosk signing out). */
    public void cancel() {
        close();
    }

    public boolean isOpen() {
        return pending != null;
    }

    private void close() {
        pending = null;
        chosen = null;
        setVisible(false);
    }

    @Override
    protected void paintComponent(Graphics g) {
        g.setColor(services.theme().color("Holdpoint.overlay.scrim"));
        g.fillRect(0, 0, getWidth(), getHeight());
    }

    /** The PIN entry, for tests and screenshots. */
    public PinEntry pinEntry() {
        return pin;
    }
}
