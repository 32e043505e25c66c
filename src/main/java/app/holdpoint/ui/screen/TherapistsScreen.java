package app.holdpoint.ui.screen;

import app.holdpoint.ui.common.Background;

import app.holdpoint.ui.widget.ReadOnlyText;
import app.holdpoint.ui.widget.Labels;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.store.Therapist;
import app.holdpoint.ui.common.KioskServices;
import app.holdpoint.ui.widget.BigButton;
import app.holdpoint.ui.widget.ScrollableRows;
import app.holdpoint.ui.widget.TouchScroll;

/**
 * The therapists, for an administrator: add one (name and PIN twice), grant or withdraw a dry-needling
 * credential, or disable one. Disabled therapists stay in
 * the record (their sessions name them) but can no longer sign in. Nobody disables themselves, so the kiosk always
 * keeps an administrator who can sign in.
 */
public final class TherapistsScreen extends JPanel {
    private final KioskServices services;
    private final JPanel rows;
    private final JTextArea message = ReadOnlyText.wrapping("");
    private String self = "";

    public TherapistsScreen(KioskServices services, Runnable onAdd, Runnable onBack) {
        super(new MigLayout("insets 24 48 24 48, fill, wrap 1", "[grow, fill]", "[]12[]12[grow, fill]16[]"));
        this.services = services;
        setName("therapists");
        int gap = services.theme().integer("Holdpoint.key.gap");
        // Name, role and the button share the width; a long name wraps instead of pushing the button off.
        rows = new ScrollableRows(new MigLayout("insets 0, fillx, wrap 1, gap 0 " + gap, "[grow, fill]"),
                services.theme().touchMinimum());
        rows.setName("therapists.rows");
        add(Labels.heading(services.text().get("therapists.title"), "h0"));
        message.setName("therapists.message");
        message.putClientProperty("FlatLaf.styleClass", "hpWarning");
        add(message, "wmin 0");
        JScrollPane scroll = TouchScroll.of(rows, services.theme(), services.theme().touchMinimum());
        add(scroll);
        BigButton back = new BigButton(services.theme(), services.text().get("kiosk.back"));
        back.setName("therapists.back");
        back.addActionListener(e -> onBack.run());
        BigButton addOne = BigButton.primary(services.theme(), services.text().get("therapists.add"));
        addOne.setName("therapists.add");
        addOne.addActionListener(e -> onAdd.run());
        JPanel bottom = new JPanel(new MigLayout("insets 0, fillx", "[]push[]"));
        bottom.add(back);
        bottom.add(addOne);
        add(bottom, "growx");
    }

    /** Reloads the list off the Event Dispatch Thread; {@code signedIn} cannot disable themselves. */
    public void refresh(String signedIn) {
        self = signedIn;
        message.setText("");
        Background.on(services.reads()).supply(services.store()::therapists).logAs("could not list therapists")
                .onSuccess(this::show)
                .onFailure(services.text(), reason ->
                        message.setText(services.text().get("kiosk.readFailed", reason))).start();
    }

    private void show(List<Therapist> therapists) {
        rows.removeAll();
        int gap = services.theme().integer("Holdpoint.key.gap");
        LocalDate today = LocalDate.now(services.clock());
        for (Therapist therapist : therapists) {
            // One row each: name and state wrap over the width, the buttons sit at the right below them, so a
            // long name or a portrait screen never pushes a button out of reach.
            JPanel row = new JPanel(new MigLayout("insets " + gap / 2 + " 0 " + gap / 2 + " 0, fillx, gap " + gap,
                    "[grow, fill, 0::][][]"));
            row.setOpaque(false);
            JTextArea name = ReadOnlyText.wrapping(therapist.name());
            name.putClientProperty("FlatLaf.styleClass", "h2");
            name.setName("therapists.name." + therapist.name());
            String role = services.text().get(therapist.isAdmin() ? "signIn.admin" : "therapists.therapist");
            String needling = therapist.mayNeedleOn(today) ? " \u00B7 " + services.text().get("therapists.needling")
                    : "";
            JLabel state = Labels.heading(therapist.disabled() ? services.text().get("therapists.disabled")
                    : role + needling, "h3");
            state.setName("therapists.state." + therapist.name());
            row.add(name, "span 3, wmin 0, wrap");
            row.add(state, "wmin 0");
            if (!therapist.disabled()) {
                // Grant or withdraw the dry-needling credential; recorded with the administrator who did it.
                boolean holds = therapist.dryNeedling().isPresent() && therapist.mayNeedleOn(today);
                BigButton credential = new BigButton(services.theme(), services.text().get(holds
                        ? "therapists.needling.revoke" : "therapists.needling.grant"));
                credential.setName("therapists.needling." + therapist.name());
                credential.addActionListener(e -> credential(therapist, !holds));
                row.add(credential);
            }
            if (!therapist.disabled() && !therapist.name().equals(self)) {
                BigButton disable = new BigButton(services.theme(), services.text().get("therapists.disable"));
                disable.setName("therapists.disable." + therapist.name());
                disable.addActionListener(e -> disable(therapist));
                row.add(disable);
            }
            rows.add(row, "wmin 0");
        }
        rows.revalidate();
        rows.repaint();
    }

    private void credential(Therapist therapist, boolean grant) {
        String admin = self;
        Background.on(services.reads()).supply(() -> services.store().therapist(admin))
                .then(found -> {
                    long adminId = found.orElseThrow(() -> new IllegalStateException("no administrator named "
                            + admin)).id();
                    return grant ? services.store().grantDryNeedling(therapist.name(), "", Optional.empty(), adminId)
                            : services.store().revokeDryNeedling(therapist.name(), adminId);
                })
                .logAs("could not change the credential of " + therapist.name())
                .onSuccess(done -> refresh(self))
                .onFailure(services.text(), reason ->
                        message.setText(services.text().get("therapists.failed", reason))).start();
    }

    private void disable(Therapist therapist) {
        Background.await(services.store().disableTherapist(therapist.name()))
                .logAs("could not disable " + therapist.name())
                .onSuccess(done -> refresh(self))
                .onFailure(services.text(), reason ->
                        message.setText(services.text().get("therapists.failed", reason))).start();
    }
}
