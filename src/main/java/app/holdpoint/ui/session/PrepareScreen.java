package app.holdpoint.ui.session;

import java.awt.CardLayout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.swing.ButtonGroup;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.TriggerPoint;
import app.holdpoint.protocol.TriggerPointPlan;
import app.holdpoint.store.PriorScreening;
import app.holdpoint.store.Therapist;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.model.SessionPreparation;
import app.holdpoint.ui.common.Background;
import app.holdpoint.ui.common.AdminAuthorizer;
import app.holdpoint.ui.common.FailureText;
import app.holdpoint.ui.common.KioskServices;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.ReadOnlyText;
import app.holdpoint.ui.widget.BigButton;
import app.holdpoint.ui.widget.ClientRefPad;
import app.holdpoint.ui.widget.PainScale;
import java.util.function.Consumer;
import javax.swing.JTextArea;
import java.util.Map;
import java.util.LinkedHashMap;
import app.holdpoint.ui.widget.ScrollableRows;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import app.holdpoint.protocol.ScreeningQuestion;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.LinkedHashSet;
import javax.swing.JScrollPane;
import app.holdpoint.ui.widget.TouchScroll;
import javax.swing.SwingConstants;
import app.holdpoint.protocol.TriggerPointChoice;

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
    static final String POINTS = "points";
    static final String PAIN = "pain";
    private static final List<String> PAGES = List.of(CLIENT, SCREENING, POINTS, PAIN);

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
    private boolean screeningSeen;
    private boolean narrow;
    private final JPanel bottom = new JPanel();
    private Consumer<Boolean> clientArrangement;
    private final JPanel tabRow = new JPanel();
    /** The reference whose history was looked up (OK on the pad, or a scanned reference and Enter). */
    private String lookedUp = "";
    /** The day of the session the offered or carried-over answers come from, as the screen says it. */
    private String historyDay;
    /** Look-ups of a client's history answered so far (found or not), for tests. */
    private int historyLookups;
    /** "Something changed": the carried-over answers are shown for editing. */
    private boolean reviewing;
    private final JPanel pointsList;
    private final JTextArea pointsCount;
    private final MessageArea pointsRefusal;
    private final JTextArea pointsLeft;
    private final Map<TriggerPoint, JToggleButton> pointToggles = new LinkedHashMap<>();
    private List<TriggerPoint> shownPoints = List.of();
    private String refusal;
    /** The therapist has looked at the trigger-point page since its points last changed. */
    private boolean pointsSeen;

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
        // A long protocol title wraps instead of pushing Cancel off a narrow screen.
        JTextArea title = ReadOnlyText.wrapping(text.get("prepare.title", protocol.title()), theme.font("h1.font"));
        title.setName("prepare.title");
        BigButton cancel = new BigButton(theme, text.get("prepare.cancel"));
        cancel.setName("prepare.cancel");
        cancel.addActionListener(e -> listener.cancelled());
        JPanel header = new JPanel(new MigLayout("insets 0, fillx", "[grow, fill][]"));
        header.add(title, "wmin 0, aligny center");
        header.add(cancel);
        form.add(header);

        ButtonGroup tabGroup = new ButtonGroup();
        for (String page : PAGES) {
            JToggleButton tab = new JToggleButton(tabText(text.get("prepare.tab." + page)));
            tab.setName("prepare.tab." + page);
            tab.putClientProperty("FlatLaf.styleClass", "hpChip");
            tab.setFocusable(false);
            tab.addActionListener(e -> showPage(page));
            tabGroup.add(tab);
            tabs.add(tab);
        }
        arrangeTabs(false);
        form.add(tabRow);

        pageArea.add(clientPage(protocol), CLIENT);
        screening = new ScreeningPage(theme, text, protocol, preparation::answers, (id, yes) -> {
            preparation.answer(id, yes);
            refresh();
        });
        screening.onCarryOver(this::confirmCarriedOver, this::reviewCarriedOver);
        pageArea.add(screening, SCREENING);
        pointsList = new ScrollableRows(new MigLayout("insets 0, fillx, wrap 1, gap "
                + theme.integer("Holdpoint.key.gap"), "[grow, fill]"), theme.integer("Holdpoint.session.control.height"));
        pointsList.setName("prepare.points.list");
        pointsCount = ReadOnlyText.wrapping("", theme.font("Holdpoint.session.heading.font"));
        pointsCount.setName("prepare.points.count");
        pointsRefusal = new MessageArea(theme);
        pointsRefusal.setName("prepare.points.refusal");
        pointsLeft = ReadOnlyText.wrapping("", theme.font("Holdpoint.session.question.font"));
        pointsLeft.setName("prepare.points.left");
        pageArea.add(pointsPage(), POINTS);
        pageArea.add(painPage(protocol), PAIN);
        form.add(pageArea);

        status = new MessageArea(theme);
        status.setName("prepare.status");
        // "Still needed: answers to 3 screening questions" is also the way to them: a tap shows the first one.
        status.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                goToMissing();
            }
        });
        override = new BigButton(theme, text.get("prepare.override"));
        override.setName("prepare.override");
        override.addActionListener(e -> askOverride());
        start = BigButton.primary(theme, text.get("prepare.start"));
        start.setName("prepare.start");
        start.addActionListener(e -> {
            if (preparation.canStart() && !mustSeePoints() && !starting) {
                listener.start(preparation);
            }
        });
        form.add(bottom);
        arrange(false);
        addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                boolean portrait = getHeight() > getWidth();
                if (portrait != narrow) {
                    arrange(portrait);
                }
            }
        });

        reason = new ReasonPanel(theme, text, "override", () -> outer.show(this, "form"));
        add(form, "form");
        add(reason, "reason");
        showPage(CLIENT);
        refresh();
    }

    /**
     * Landscape: the keypad beside the sides, the missing items beside Override and Start. Portrait: the sides
     * under the keypad in a row, the missing items over the buttons, so nothing runs off a narrow screen.
     */
    private void arrange(boolean portrait) {
        narrow = portrait;
        int height = theme.integer("Holdpoint.session.control.height");
        bottom.removeAll();
        if (portrait) {
            bottom.setLayout(new MigLayout("insets 0, fillx, wrap 2, gap 16", "[grow, fill, sg b][grow, fill, sg b]"));
            bottom.add(status, "span 2, wmin 0");
            // Hidden, Override still holds its cell, so Start stays on the right.
            bottom.add(override, "h " + height + "!, hidemode 2");
            bottom.add(start, "h " + height + "!");
        } else {
            bottom.setLayout(new MigLayout("insets 0, fillx, gap 16", "[grow, fill][][]", "[fill]"));
            bottom.add(status, "wmin 0");
            bottom.add(override, "w 300!, h " + height + "!, hidemode 3");
            bottom.add(start, "w 260!, h " + height + "!");
        }
        if (clientArrangement != null) {
            clientArrangement.accept(portrait);
        }
        if (tabs.size() == PAGES.size()) {
            arrangeTabs(tabs.get(2).isVisible());
        }
        revalidate();
        repaint();
    }

    /** Lets a tab's words wrap onto a second line in a narrow column. */
    private static String tabText(String words) {
        return "<html><center>" + words.replace("&", "&amp;").replace("<", "&lt;") + "</center></html>";
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
        tabs.get(PAGES.indexOf(page)).setSelected(true);
        if (page.equals(POINTS) && !pointsSeen) {
            pointsSeen = true;
            refresh();
        }
        if (page.equals(SCREENING) && !screeningSeen) {
            screeningSeen = true;
            screening.validate();
            screening.scrollToTop();
        }
    }

    /** The first thing still missing, on its page: the first unanswered question, the client page, or pain. */
    void goToMissing() {
        List<SessionPreparation.Missing> missing = preparation.missing();
        if (missing.contains(SessionPreparation.Missing.CLIENT_REFERENCE)
                || missing.contains(SessionPreparation.Missing.SIDE)) {
            showPage(CLIENT);
        } else if (missing.contains(SessionPreparation.Missing.SCREENING)
                || missing.contains(SessionPreparation.Missing.STOPPING_ANSWER)) {
            showPage(SCREENING);
            screening.validate();
            screening.revealFirstUnanswered();
        } else if (missing.contains(SessionPreparation.Missing.TRIGGER_POINTS) || mustSeePoints()) {
            showPage(POINTS);
        } else if (!missing.isEmpty()) {
            showPage(PAIN);
        }
    }

    /** The screening page, for tests. */
    ScreeningPage screeningPage() {
        return screening;
    }

    private JPanel clientPage(Protocol protocol) {
        JPanel page = new JPanel(new MigLayout("insets 0, fill, gap 24", "[grow, fill][300!, fill]",
                "[][grow, fill]"));
        JTextArea refLabel = ReadOnlyText.wrapping(text.get("prepare.clientRef"),
                theme.font("Holdpoint.session.heading.font"));
        ClientRefPad pad = new ClientRefPad(theme, text);
        pad.addChangeListener(e -> {
            preparation.clientReference(pad.value());
            if (!preparation.clientReference().equals(lookedUp)) {
                // Another client: the history offered was someone else's.
                lookedUp = "";
                historyDay = null;
                reviewing = false;
                preparation.clearCarryOver();
            }
            refresh();
        });
        pad.addActionListener(e -> {
            lookUpHistory();
            showPage(protocol.asksSide() && preparation.side().isEmpty() ? CLIENT : SCREENING);
        });
        if (!protocol.asksSide()) {
            page.setLayout(new MigLayout("insets 0, fill, wrap 1, gap 24", "[grow, fill]", "[][grow, fill]"));
            page.add(refLabel, "wmin 0");
            page.add(pad, "wmin 0");
            return page;
        }
        JTextArea sideLabel = ReadOnlyText.wrapping(text.get("prepare.side"),
                theme.font("Holdpoint.session.heading.font"));
        JPanel sides = new JPanel();
        ButtonGroup group = new ButtonGroup();
        for (Side side : List.of(Side.LEFT, Side.RIGHT, Side.BOTH)) {
            JToggleButton button = CheckIcon.on(new JToggleButton(text.get("prepare.side." + side.name())),
                    theme.size("Holdpoint.session.checkPixels"));
            button.setName("prepare.side." + side.name());
            button.putClientProperty("FlatLaf.styleClass", "hpChip");
            button.setFocusable(false);
            button.addActionListener(e -> chooseSide(side));
            group.add(button);
            sides.add(button);
        }
        clientArrangement = portrait -> {
            page.removeAll();
            int height = theme.integer("Holdpoint.session.control.height");
            if (portrait) {
                page.setLayout(new MigLayout("insets 0, fill, wrap 1, gap 16", "[grow, fill]",
                        "[][grow, fill][][]"));
                sides.setLayout(new MigLayout("insets 0, fill, gap 12", "[grow, fill, sg s]".repeat(3),
                        "[" + height + "!, fill]"));
                page.add(refLabel, "wmin 0");
                page.add(pad, "wmin 0");
                page.add(sideLabel, "wmin 0");
                page.add(sides);
            } else {
                page.setLayout(new MigLayout("insets 0, fill, gap 24", "[grow, fill][300!, fill]",
                        "[][grow, fill]"));
                sides.setLayout(new MigLayout("insets 0, fill, wrap 1, gap 12", "[grow, fill]",
                        "[grow, fill, sg s][grow, fill, sg s][grow, fill, sg s]"));
                page.add(refLabel, "wmin 0");
                page.add(sideLabel, "wmin 0, wrap");
                page.add(pad, "wmin 0");
                page.add(sides);
            }
        };
        return page;
    }

    /** The side to treat; another side means other trigger points, so their choice starts again. */
    void chooseSide(Side side) {
        preparation.side(side);
        refresh();
    }

    private JPanel painPage(Protocol protocol) {
        JPanel page = new JPanel(new MigLayout("insets 0, fillx, wrap 1, gap 16", "[grow, fill]", "[]"));
        if (protocol.consentRequired()) {
            JToggleButton consent = CheckIcon.on(new JToggleButton(tabText(text.get("prepare.consent"))),
                    theme.size("Holdpoint.session.checkPixels"));
            consent.setName("prepare.consent");
            consent.putClientProperty("FlatLaf.styleClass", "hpChip");
            consent.setFocusable(false);
            consent.addActionListener(e -> {
                preparation.consent(consent.isSelected());
                refresh();
            });
            page.add(consent, "wmin 0, aligny center, h " + theme.integer("Holdpoint.session.control.height") + "!, gapbottom 16");
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

    private boolean absoluteStop() {
        return preparation.stoppingQuestions().stream().anyMatch(ScreeningQuestion::absolute);
    }

    private void askOverride() {
        if (absoluteStop()) {
            return;
        }
        admin.authorize(text.get("prepare.override.purpose"), authorization -> {
            reason.ask(written -> {
                // The preparation checks the role itself, so it needs the administrator's record, read off the EDT.
                String name = authorization.signature().name();
                Background.on(services.reads()).supply(() -> services.store().therapist(name))
                        .logAs("the administrator " + name + " could not be read")
                        .onSuccess(found -> {
                            String problem = null;
                            if (found.isEmpty()) {
                                problem = text.get("kiosk.readFailed", text.get("kiosk.noTherapist", name));
                            } else {
                                try {
                                    preparation.override(found.get(), written);
                                } catch (IllegalArgumentException | IllegalStateException refused) {
                                    problem = FailureText.reason(refused, text);
                                }
                            }
                            backFromOverride(problem);
                        })
                        .onFailure(text, reason -> backFromOverride(text.get("kiosk.readFailed", reason))).start();
            });
            outer.show(this, "reason");
        });
    }

    /** Back on the screening page after an override, with what stopped it if it did not apply. */
    private void backFromOverride(String problem) {
        outer.show(this, "form");
        showPage(SCREENING);
        refresh();
        if (problem != null) {
            status.show(problem, true);
        }
    }

    /** The tab row: the trigger-point tab only when the therapist has points to choose. */
    private void arrangeTabs(boolean withPoints) {
        tabRow.removeAll();
        // Four tabs across a portrait screen would wrap to three lines each: two rows of two instead.
        int count = withPoints ? (narrow ? 2 : 4) : 3;
        tabRow.setLayout(new MigLayout("insets 0, fillx, gap 12, wrap " + count,
                "[grow, fill, sg t]".repeat(count)));
        for (int i = 0; i < tabs.size(); i++) {
            JToggleButton tab = tabs.get(i);
            tab.setVisible(withPoints || i != 2);
            if (tab.isVisible()) {
                tabRow.add(tab, "wmin 0, aligny center, h " + theme.integer("Holdpoint.session.control.height") + "!");
            }
        }
        tabRow.revalidate();
    }

    // Carry-over of history answers

    /**
     * Once the reference is settled: the client's last screening within the carry-over period, read off the Event
     * Dispatch Thread. Nothing is offered when carry-over is off, for a first visit, or when the read fails (then
     * every question is asked, as for a first visit).
     */
    private void lookUpHistory() {
        String reference = preparation.clientReference();
        Duration period = services.settings().current().carryOverPeriod();
        if (reference.equals(lookedUp) || period.isZero()
                || !SessionPreparation.CLIENT_REFERENCE.matcher(reference).matches()) {
            return;
        }
        lookedUp = reference;
        Instant notBefore = services.clock().instant().minus(period);
        // Another reference typed meanwhile: that one's look-up decides.
        Background.on(services.reads()).supply(() -> services.store().lastScreening(reference, notBefore))
                .whenDone(() -> historyLookups++).stillWanted(() -> reference.equals(preparation.clientReference()))
                .logAs("the client's last screening could not be read")
                .onSuccess(found -> {
                    found.ifPresent(this::offerCarryOver);
                    refresh();
                })
                .onFailure(text, reason -> refresh()).start();
    }

    int historyLookups() {
        return historyLookups;
    }

    /** Offers the client's last screening (what the look-up found); the screening page asks "any change?". */
    void offerCarryOver(PriorScreening prior) {
        preparation.offerCarryOver(prior);
        reviewing = false;
        // The day as the kiosk's language writes it: "2 Mar" in English, "2. März" in German.
        historyDay = DateTimeFormatter.ofPattern(text.get("prepare.carryOver.dayPattern"),
                        text.locale())
                .withZone(services.clock().getZone()).format(prior.startedAt());
        refresh();
    }

    /** "No change": every offered answer is carried over in one tap. */
    private void confirmCarriedOver() {
        if (preparation.carryOverOffer().isPresent()) {
            preparation.confirmCarriedOver();
        }
        reviewing = false;
        refresh();
        screening.revealFirstUnanswered();
    }

    /** "Something changed": the carried-over answers, preselected, to change what differs today. */
    private void reviewCarriedOver() {
        if (preparation.carryOverOffer().isPresent()) {
            preparation.confirmCarriedOver();
        }
        reviewing = true;
        refresh();
        screening.scrollToTop();
    }

    private ScreeningPage.CarryOver carryOverState() {
        Optional<PriorScreening> pending = preparation.carryOverOffer();
        if (pending.isPresent()) {
            return new ScreeningPage.CarryOver(text.get("prepare.carryOver.offer", historyDay,
                    pending.get().answers().size()), true, true, pending.get().answers().keySet());
        }
        Set<String> carried = preparation.protocol().screening().stream()
                .map(ScreeningQuestion::id)
                .filter(id -> preparation.carriedFrom(id).isPresent())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (carried.isEmpty() || historyDay == null) {
            return ScreeningPage.CarryOver.NONE;
        }
        if (reviewing) {
            return new ScreeningPage.CarryOver(text.get("prepare.carryOver.reviewing", historyDay), false, false,
                    Set.of());
        }
        return new ScreeningPage.CarryOver(text.get("prepare.carryOver.confirmed", historyDay, carried.size()),
                false, true, carried);
    }

    // Trigger points

    private JPanel pointsPage() {
        JPanel page = new JPanel(new MigLayout("insets 0, fill, wrap 1, gap 8", "[grow, fill]", "[][][grow, fill]"));
        page.add(pointsCount, "wmin 0");
        page.add(pointsRefusal, "wmin 0, hidemode 3");
        JScrollPane scroll = TouchScroll.of(pointsList, theme,
                theme.size("Holdpoint.session.control.height"));
        scroll.setName("prepare.points.scroll");
        page.add(scroll);
        return page;
    }

    /**
     * With "both sides" and more points than one session treats (or more required points on any side), Start waits
     * until the therapist has seen what is left for next time.
     */
    private boolean mustSeePoints() {
        boolean bothSides = preparation.side().filter(side -> side == Side.BOTH).isPresent();
        return !pointsSeen && preparation.plan().map(plan -> plan.cap().isPresent()
                && ((bothSides ? plan.points() : plan.required()).size() > plan.cap().getAsInt())).orElse(false);
    }

    /** The trigger-point tab and page in line with the plan (side, answers) and the choice. */
    private void refreshPoints() {
        Optional<TriggerPointPlan> plan = preparation.plan().filter(TriggerPointPlan::needsChoice);
        boolean shown = plan.isPresent();
        if (shown != tabs.get(2).isVisible()) {
            arrangeTabs(shown);
        }
        if (plan.isEmpty()) {
            shownPoints = List.of();
            return;
        }
        if (!plan.get().points().equals(shownPoints)) {
            shownPoints = plan.get().points();
            pointsSeen = false;
            refusal = null;
            pointsList.removeAll();
            pointToggles.clear();
            int height = theme.integer("Holdpoint.session.control.height");
            for (TriggerPoint point : shownPoints) {
                JToggleButton toggle = CheckIcon.on(new JToggleButton(tabText(pointWords(point)
                        + (point.optional() ? " \u00B7 " + text.get("prepare.points.optional") : ""))),
                        theme.size("Holdpoint.session.checkPixels"));
                toggle.setName("points." + point.muscleId() + "." + point.side().name());
                toggle.putClientProperty("FlatLaf.styleClass", "hpChip");
                toggle.setHorizontalAlignment(SwingConstants.LEADING);
                toggle.setFocusable(false);
                toggle.addActionListener(e -> togglePoint(point, toggle.isSelected()));
                pointToggles.put(point, toggle);
                pointsList.add(toggle, "wmin 0, aligny top, h " + height + "!");
            }
            // Under the toggles, scrolling with them: a long list of what waits would squeeze them on a small screen.
            pointsList.add(pointsLeft, "wmin 0, gaptop " + theme.integer("Holdpoint.key.gap"));
            pointsList.revalidate();
        }
        TriggerPointPlan current = plan.get();
        TriggerPointChoice choice = preparation.choice();
        pointToggles.forEach((point, toggle) -> toggle.setSelected(choice.treats(point)));
        int treated = choice.treatedIn(current).size();
        pointsCount.setText(current.cap().isPresent()
                ? text.get("prepare.points.count", treated, current.cap().getAsInt(), current.points().size())
                : text.get("prepare.points.countNoCap", treated, current.points().size()));
        pointsRefusal.setVisible(refusal != null);
        if (refusal != null) {
            pointsRefusal.show(refusal, true);
        }
        List<TriggerPoint> left = current.leftOut(choice);
        pointsLeft.setText(left.isEmpty() ? text.get("prepare.points.nothingLeft")
                : text.get("prepare.points.left", left.stream().map(this::pointWords)
                        .collect(Collectors.joining(", "))));
    }

    /**
     * Turns a trigger point on or off for this session. Beyond the cap the choice is refused: the toggle stays
     * off and the page says why.
     */
    void togglePoint(TriggerPoint point, boolean on) {
        TriggerPointPlan plan = preparation.plan().orElseThrow();
        Set<TriggerPoint> treated = new LinkedHashSet<>(preparation.choice().treatedIn(plan));
        treated.removeIf(t -> t.isAt(point.muscleId(), point.side()));
        if (on) {
            treated.add(point);
        }
        try {
            preparation.choose(new TriggerPointChoice(treated));
            refusal = null;
        } catch (IllegalArgumentException refused) {
            refusal = text.get("prepare.points.refused", plan.cap().orElse(0), pointWords(point));
        }
        refresh();
    }

    /** "Upper trapezius · Left"; a bilateral step's point is both sides at once. */
    private String pointWords(TriggerPoint point) {
        return point.muscleName() + " \u00B7 " + (point.side() == Side.BOTH ? text.get("prepare.points.bilateral")
                : text.get("prepare.side." + point.side().name()));
    }

    /** Brings the tabs, the blocked-start words and the Start button in line with the preparation. */
    private void refresh() {
        List<SessionPreparation.Missing> missing = preparation.missing();
        refreshPoints();
        screening.showCarryOver(carryOverState());
        screening.showAnswers();
        tabs.get(0).setText(tabText(text.get("prepare.tab." + CLIENT)
                + done(!missing.contains(SessionPreparation.Missing.CLIENT_REFERENCE)
                        && !missing.contains(SessionPreparation.Missing.SIDE))));
        tabs.get(1).setText(tabText(text.get("prepare.tab." + SCREENING)
                + done(!missing.contains(SessionPreparation.Missing.SCREENING)
                        && !missing.contains(SessionPreparation.Missing.STOPPING_ANSWER)
                        && !missing.contains(SessionPreparation.Missing.ABSOLUTE_STOP))));
        tabs.get(2).setText(tabText(text.get("prepare.tab." + POINTS)
                + done(!missing.contains(SessionPreparation.Missing.TRIGGER_POINTS) && pointsSeen)));
        tabs.get(3).setText(tabText(text.get(tabs.get(2).isVisible() ? "prepare.tab.pain.fourth" : "prepare.tab.pain")
                + done(!missing.contains(SessionPreparation.Missing.CONSENT)
                        && !missing.contains(SessionPreparation.Missing.PAIN_BEFORE))));
        screening.showStops(preparation.stoppingQuestions(), preparation.override());
        boolean blocked = missing.contains(SessionPreparation.Missing.STOPPING_ANSWER)
                || missing.contains(SessionPreparation.Missing.ABSOLUTE_STOP)
                || missing.contains(SessionPreparation.Missing.DRY_NEEDLING_CREDENTIAL);
        // Nobody overrides an absolute stop, so there is no button for it; the stops above say why.
        override.setVisible(preparation.canOverride() && preparation.override().isEmpty());
        boolean ready = missing.isEmpty() && !mustSeePoints();
        start.setEnabled(ready && !starting);
        if (ready) {
            status.show(starting ? text.get("prepare.starting") : text.get("prepare.ready"), false);
        } else {
            int pending = preparation.carryOverOffer().map(o -> o.answers().size()).orElse(0);
            List<String> words = new ArrayList<>();
            for (SessionPreparation.Missing m : missing) {
                if (m != SessionPreparation.Missing.SCREENING) {
                    words.add(text.get("prepare.missing." + m.name()));
                    continue;
                }
                // The answers offered from the last visit are one tap, not one question each.
                int open = screening.unanswered() - pending;
                if (open > 0) {
                    words.add(text.get("prepare.missing.SCREENING", open));
                }
                if (pending > 0) {
                    words.add(text.get("prepare.missing.carryOver", historyDay));
                }
            }
            if (mustSeePoints()) {
                words.add(text.get("prepare.missing.pointsSeen"));
            }
            status.show(text.get("prepare.missing", String.join(", ", words)), blocked);
        }
    }

    private String done(boolean complete) {
        return complete ? "  \u2713" : "";
    }
}
