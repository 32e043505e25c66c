package app.holdpoint.ui.session;

import java.awt.CardLayout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import javax.swing.ButtonGroup;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.SwingUtilities;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Side;
import app.holdpoint.store.Therapist;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.flow.SessionPreparation;
import app.holdpoint.ui.kiosk.AdminAuthorizer;
import app.holdpoint.ui.screen.Failures;
import app.holdpoint.ui.kiosk.KioskServices;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.BigButton;
import app.holdpoint.ui.widget.ClientRefPad;
import app.holdpoint.ui.widget.PainScale;

/**
 * Before the session, in three pages a therapist can move between freely: the client reference and side, the
 * screening questions, consent and pain before. The rules live in {@link SessionPreparation}; this screen only
 * asks and shows what is still missing. A stopping answer blocks the start, in words; an administrator may
 * override it with a written reason.
 */
final class PrepareScreen extends JPanel {

    /** Called on the Event Dispatch Thread. */
    interface Listener {
        void cancelled();

        /** The preparation can start: {@link SessionPreparation#newSession} is what to record. */
        void start(SessionPreparation preparation);
    }

    static final String CLIENT = "client";
    static final String SCREENING = "screening";
    static final String PAIN = "pain";

    private final KioskServices services;
    private final Theme theme;
    private final Text text;
    private final AdminAuthorizer admin;
    private final Listener listener;
    private final SessionPreparation preparation;
    private final CardLayout outer = new CardLayout();
    private final CardLayout pages = new CardLayout();
    private final JPanel pageArea = new JPanel(pages);
    private final List<JToggleButton> tabs = new ArrayList<>();
    private final MessageArea status;
    private final BigButton override;
    private final BigButton start;
    private final ScreeningPage screening;
    private final ReasonPanel reason;
    private boolean starting;

    PrepareScreen(KioskServices services, AdminAuthorizer admin, Protocol protocol, Therapist therapist,
                  Listener listener) {
        this.services = services;
        this.theme = services.theme();
        this.text = services.text();
        this.admin = admin;
        this.listener = listener;
        this.preparation = new SessionPreparation(protocol, therapist, LocalDate.now(services.clock()));
        setName("prepare");
        setLayout(outer);

        JPanel form = new JPanel(new MigLayout("insets 16 24 16 24, fill, wrap 1, gap 12",
                "[grow, fill]", "[][][grow, fill][]"));
        JLabel title = new JLabel(text.get("prepare.title", protocol.title()));
        title.setName("prepare.title");
        title.putClientProperty("FlatLaf.styleClass", "h1");
        BigButton cancel = new BigButton(theme, text.get("prepare.cancel"));
        cancel.setName("prepare.cancel");
        cancel.addActionListener(e -> listener.cancelled());
        JPanel header = new JPanel(new MigLayout("insets 0, fillx", "[grow][]"));
        header.add(title, "wmin 0");
        header.add(cancel);
        form.add(header);

        JPanel tabRow = new JPanel(new MigLayout("insets 0, fillx, gap 12", "[grow, fill, sg t]".repeat(3)));
        ButtonGroup tabGroup = new ButtonGroup();
        for (String page : List.of(CLIENT, SCREENING, PAIN)) {
            JToggleButton tab = new JToggleButton(text.get("prepare.tab." + page));
            tab.setName("prepare.tab." + page);
            tab.putClientProperty("FlatLaf.styleClass", "hpChip");
            tab.setFocusable(false);
            tab.addActionListener(e -> showPage(page));
            tabGroup.add(tab);
            tabs.add(tab);
            tabRow.add(tab, "h " + theme.integer("Holdpoint.session.control.height") + "!");
        }
        form.add(tabRow);

        pageArea.add(clientPage(protocol), CLIENT);
        screening = new ScreeningPage(theme, text, protocol, (id, yes) -> {
            preparation.answer(id, yes);
            refresh();
        });
        pageArea.add(screening, SCREENING);
        pageArea.add(painPage(protocol), PAIN);
        form.add(pageArea);

        status = new MessageArea(theme);
        status.setName("prepare.status");
        override = new BigButton(theme, text.get("prepare.override"));
        override.setName("prepare.override");
        override.addActionListener(e -> askOverride());
        start = BigButton.primary(theme, text.get("prepare.start"));
        start.setName("prepare.start");
        start.addActionListener(e -> {
            if (preparation.canStart() && !starting) {
                listener.start(preparation);
            }
        });
        JPanel bottom = new JPanel(new MigLayout("insets 0, fillx, gap 16", "[grow, fill][][]", "[fill]"));
        bottom.add(status, "wmin 0");
        bottom.add(override, "w 300!, h " + theme.integer("Holdpoint.session.control.height") + "!");
        bottom.add(start, "w 260!, h " + theme.integer("Holdpoint.session.control.height") + "!");
        form.add(bottom);

        reason = new ReasonPanel(theme, text, "override", () -> outer.show(this, "form"));
        add(form, "form");
        add(reason, "reason");
        showPage(CLIENT);
        refresh();
    }

    SessionPreparation preparation() {
        return preparation;
    }

    /** While the store begins the session: Start waits, so a second tap cannot begin a second one. */
    void starting(boolean busy) {
        starting = busy;
        refresh();
    }

    /** The store could not begin the session: say so, and let the therapist try again. */
    void startFailed(String message) {
        starting = false;
        refresh();
        status.show(text.get("prepare.startFailed", message), true);
    }

    void showPage(String page) {
        pages.show(pageArea, page);
        tabs.get(List.of(CLIENT, SCREENING, PAIN).indexOf(page)).setSelected(true);
    }

    private JPanel clientPage(Protocol protocol) {
        JPanel page = new JPanel(new MigLayout("insets 0, fill, gap 24", "[grow, fill][300!, fill]",
                "[][grow, fill]"));
        JLabel refLabel = label("prepare.clientRef");
        page.add(refLabel);
        ClientRefPad pad = new ClientRefPad(theme, text, 2, 24);
        pad.addChangeListener(e -> {
            preparation.clientReference(pad.value());
            refresh();
        });
        pad.addActionListener(e -> showPage(protocol.asksSide() && preparation.side().isEmpty() ? CLIENT
                : SCREENING));
        if (!protocol.asksSide()) {
            page.add(pad, "newline, span 2");
            return page;
        }
        page.add(label("prepare.side"), "wrap");
        page.add(pad);
        JPanel sides = new JPanel(new MigLayout("insets 0, fill, wrap 1, gap 12", "[grow, fill]",
                "[grow, fill, sg s][grow, fill, sg s][grow, fill, sg s]"));
        ButtonGroup group = new ButtonGroup();
        for (Side side : List.of(Side.LEFT, Side.RIGHT, Side.BOTH)) {
            JToggleButton button = CheckIcon.on(new JToggleButton(text.get("prepare.side." + side.name())),
                    theme.size("Holdpoint.session.checkPixels"));
            button.setName("prepare.side." + side.name());
            button.putClientProperty("FlatLaf.styleClass", "hpChip");
            button.setFocusable(false);
            button.addActionListener(e -> {
                preparation.side(side);
                refresh();
            });
            group.add(button);
            sides.add(button);
        }
        page.add(sides);
        return page;
    }

    private JPanel painPage(Protocol protocol) {
        JPanel page = new JPanel(new MigLayout("insets 0, fillx, wrap 1, gap 16", "[grow, fill]", "[]"));
        if (protocol.consentRequired()) {
            JToggleButton consent = CheckIcon.on(new JToggleButton(text.get("prepare.consent")),
                    theme.size("Holdpoint.session.checkPixels"));
            consent.setName("prepare.consent");
            consent.putClientProperty("FlatLaf.styleClass", "hpChip");
            consent.setFocusable(false);
            consent.addActionListener(e -> {
                preparation.consent(consent.isSelected());
                refresh();
            });
            page.add(consent, "h " + theme.integer("Holdpoint.session.control.height") + "!, gapbottom 16");
        }
        page.add(label("prepare.painBefore"));
        PainScale pain = new PainScale(theme, text);
        pain.setName("prepare.painBefore");
        pain.addActionListener(e -> {
            preparation.painBefore(Integer.parseInt(e.getActionCommand()));
            refresh();
        });
        page.add(pain);
        return page;
    }

    private JLabel label(String key) {
        JLabel label = new JLabel(text.get(key));
        label.setFont(theme.font("Holdpoint.session.heading.font"));
        return label;
    }

    private void askOverride() {
        admin.authorize(text.get("prepare.override.purpose"), authorization -> {
            reason.ask(written -> {
                // The preparation checks the role itself, so it needs the administrator's record, read off the EDT.
                String name = authorization.signature().name();
                CompletableFuture.supplyAsync(() -> services.store().therapist(name), services.reads())
                        .whenComplete((found, error) -> SwingUtilities.invokeLater(() -> {
                            String problem = null;
                            if (error != null || found.isEmpty()) {
                                problem = text.get("kiosk.readFailed", error == null
                                        ? "no therapist named " + name : Failures.reason(error));
                            } else {
                                try {
                                    preparation.override(found.get(), written);
                                } catch (IllegalArgumentException | IllegalStateException refused) {
                                    problem = refused.getMessage();
                                }
                            }
                            outer.show(this, "form");
                            showPage(SCREENING);
                            refresh();
                            if (problem != null) {
                                status.show(problem, true);
                            }
                        }));
            });
            outer.show(this, "reason");
        });
    }

    /** Brings the tabs, the blocked-start words and the Start button in line with the preparation. */
    private void refresh() {
        List<SessionPreparation.Missing> missing = preparation.missing();
        tabs.get(0).setText(text.get("prepare.tab." + CLIENT)
                + done(!missing.contains(SessionPreparation.Missing.CLIENT_REFERENCE)
                        && !missing.contains(SessionPreparation.Missing.SIDE)));
        tabs.get(1).setText(text.get("prepare.tab." + SCREENING)
                + done(!missing.contains(SessionPreparation.Missing.SCREENING)
                        && !missing.contains(SessionPreparation.Missing.STOPPING_ANSWER)
                        && !missing.contains(SessionPreparation.Missing.ABSOLUTE_STOP)));
        tabs.get(2).setText(text.get("prepare.tab." + PAIN)
                + done(!missing.contains(SessionPreparation.Missing.CONSENT)
                        && !missing.contains(SessionPreparation.Missing.PAIN_BEFORE)));
        screening.showStops(preparation.stoppingQuestions(), preparation.override());
        boolean blocked = missing.contains(SessionPreparation.Missing.STOPPING_ANSWER)
                || missing.contains(SessionPreparation.Missing.ABSOLUTE_STOP)
                || missing.contains(SessionPreparation.Missing.DRY_NEEDLING_CREDENTIAL);
        override.setVisible(preparation.canOverride() && preparation.override().isEmpty());
        start.setEnabled(missing.isEmpty() && !starting);
        if (missing.isEmpty()) {
            status.show(starting ? text.get("prepare.starting") : text.get("prepare.ready"), false);
        } else {
            status.show(text.get("prepare.missing", missing.stream()
                    .map(m -> text.get("prepare.missing." + m.name())).collect(Collectors.joining(", "))), blocked);
        }
    }

    private String done(boolean complete) {
        return complete ? "  \u2713" : "";
    }
}
