package app.holdpoint.ui.session;

import java.awt.CardLayout;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;

import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.protocol.Phase;
import app.holdpoint.protocol.Timing;
import app.holdpoint.session.CommandResult;
import app.holdpoint.session.SessionEngine;
import app.holdpoint.session.SessionSnapshot;
import app.holdpoint.session.SessionState;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.kiosk.KioskServices;
import app.holdpoint.ui.run.EngineDriver;
import app.holdpoint.ui.run.RunnerDisplay;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.BigButton;
import app.holdpoint.ui.widget.BodyMap;
import app.holdpoint.ui.widget.CountdownDial;
import app.holdpoint.ui.widget.PhaseBanner;

/**
 * The running session: the current phase fills the screen (banner, countdown dial, body map, cue, what comes
 * next) above five big controls. The dial is the primary action (tap anywhere on it, space, enter or a pedal):
 * confirm, mark release, count needles, rate, resume. Sound and a flash mark each cue; a refused command is
 * worded briefly beside the body map. Time is the engine's: the driver wakes it and this screen only shows.
 */
final class RunnerScreen extends JPanel {
    private static final Logger LOG = Logger.getLogger(RunnerScreen.class.getName());
    static final String RUN = "run";
    static final String RATE = "rate";
    static final String COUNT = "count";
    static final String END = "end";
    /** Seconds one tap on "+15 s" adds. */
    static final int EXTEND_SECONDS = 15;

    private final KioskServices services;
    private final Theme theme;
    private final Text text;
    private final SessionEngine engine;
    private final EventRecorder recorder;
    private final Runnable onFinished;
    private final EngineDriver driver;
    private final CardLayout cards = new CardLayout();
    private final PhaseBanner banner;
    private final CountdownDial dial;
    private final BodyMap bodyMap;
    private final MessageArea cueText;
    private final MessageArea next;
    private final MigLayout runLayout;
    private JPanel side;
    private final JPanel runCard;
    private boolean longClock;
    private final MessageArea progress;
    private final MessageArea message;
    private final BigButton retry;
    private final BigButton pause;
    private final List<BigButton> controls = new ArrayList<>();
    private final RatingPanel rating;
    private final CountPanel count;
    private final ReasonPanel endEarly;
    private final Timer messageTimer;
    private RunnerDisplay current;
    private int shownPhase = -2;
    private String shownCard = RUN;
    private boolean finished;

    RunnerScreen(KioskServices services, SessionEngine engine, EventRecorder recorder, Runnable onFinished) {
        this.services = services;
        this.theme = services.theme();
        this.text = services.text();
        this.engine = engine;
        this.recorder = recorder;
        this.onFinished = onFinished;
        setName("runner");
        setLayout(cards);
        this.driver = new EngineDriver(engine, services.ticker(), services.wakes().get(), this::refresh);
        engine.onCue(this::cue);

        banner = new PhaseBanner(theme, text);
        dial = new CountdownDial(theme, services.ticker()::nanoTime);
        dial.addActionListener(e -> primary());
        bodyMap = new BodyMap(theme, text);
        cueText = new MessageArea(theme);
        cueText.setName("runner.cue");
        cueText.setFont(theme.font("Holdpoint.session.cue.font"));
        next = new MessageArea(theme);
        next.setName("runner.next");
        progress = new MessageArea(theme);
        progress.setName("runner.progress");
        progress.setFont(theme.font("Holdpoint.session.small.font"));
        progress.setForeground(theme.color("Holdpoint.text.muted"));
        message = new MessageArea(theme);
        message.setName("runner.message");
        message.setVisible(false);
        retry = new BigButton(theme, text.get("runner.retrySave"));
        retry.setName("runner.retrySave");
        retry.setVisible(false);
        retry.addActionListener(e -> recorder.retry());
        messageTimer = new Timer(theme.integer("Holdpoint.session.messageMillis"), e -> {
            if (!recorder.failed()) {
                message.setVisible(false);
            }
        });
        messageTimer.setRepeats(false);

        int controlHeight = theme.integer("Holdpoint.session.control.height");
        runLayout = new MigLayout("insets 12 12 12 12, gap 12 12, fill", "[grow, fill][fill]", "[][grow, fill][]");
        JPanel run = new JPanel(runLayout);
        run.setFocusable(true);
        runCard = run;
        run.add(banner, "span 2, growx, hmin pref, wrap");
        run.add(dial, "wmin 0, hmin 0");
        JPanel side = new JPanel(new MigLayout("insets 0, fill, wrap 1, gap 8", "[grow, fill]",
                "[grow, fill][][][][][]"));
        side.add(bodyMap, "hmin 100");
        side.add(cueText, "wmin 0");
        side.add(next, "wmin 0");
        side.add(progress, "wmin 0");
        side.add(message, "wmin 0, hidemode 3");
        side.add(retry, "hidemode 3, h " + controlHeight + "!");
        this.side = side;
        run.add(side, sideConstraint(false));

        pause = control("runner.pause", () -> engine.state() == SessionState.PAUSED ? engine.resume()
                : engine.pause());
        control("runner.extend", () -> engine.extend(EXTEND_SECONDS));
        control("runner.back", engine::back);
        control("runner.skip", engine::skip);
        BigButton end = new BigButton(theme, text.get("runner.end"));
        end.setName("runner.end");
        end.addActionListener(e -> askEndEarly());
        controls.add(end);
        JPanel bar = new JPanel(new MigLayout("insets 0, gap 12, fillx", "[grow, fill, sg c]".repeat(5)));
        controls.forEach(button -> bar.add(button, "h " + controlHeight + "!"));
        run.add(bar, "span 2, growx");

        rating = new RatingPanel(theme, text, () -> showCard(RUN));
        count = new CountPanel(theme, text, () -> showCard(RUN));
        endEarly = new ReasonPanel(theme, text, "endEarly", () -> showCard(RUN));
        add(run, RUN);
        add(rating, RATE);
        add(count, COUNT);
        add(endEarly, END);
        bindKeys();
    }

    /** Starts a new session's engine and its wake-ups. */
    void start() {
        run(engine::start);
        driver.start();
        showCard(RUN);
    }

    /** Shows a restored engine, paused where it was; the therapist resumes with a tap. */
    void startRestored() {
        driver.start();
        showCard(RUN);
    }

    EngineDriver driver() {
        return driver;
    }

    CountdownDial dial() {
        return dial;
    }

    PhaseBanner banner() {
        return banner;
    }

    RunnerDisplay display() {
        return current;
    }

    /** What the message area says now, "" when hidden. */
    String message() {
        return message.isVisible() ? message.getText() : "";
    }

    String card() {
        return shownCard;
    }

    /** A write failed: pause the session, say so plainly and offer to try again. */
    void saveFailed(String cause) {
        if (engine.state() == SessionState.RUNNING || engine.state() == SessionState.AWAITING_CONFIRMATION) {
            driver.command(engine::pause);
        }
        showCard(RUN);
        message.show(text.get("runner.saveFailed", cause), true);
        message.setVisible(true);
        retry.setVisible(true);
        messageTimer.stop();
        revalidate();
    }

    void saveRecovered() {
        retry.setVisible(false);
        say(text.get("runner.saveRecovered"), false);
    }

    private BigButton control(String name, Supplier<CommandResult> command) {
        BigButton button = new BigButton(theme, text.get(name));
        button.setName(name);
        button.addActionListener(e -> run(command));
        controls.add(button);
        return button;
    }

    private void run(Supplier<CommandResult> command) {
        if (recorder.failed() && engine.state() == SessionState.PAUSED) {
            // Nothing more is recorded until the failed write is saved: the session stays paused meanwhile.
            message.show(text.get("runner.saveFailedStill"), true);
            message.setVisible(true);
            return;
        }
        CommandResult result = driver.command(command);
        if (result.refused()) {
            say(Refusals.of(result, text), true);
        }
    }

    private void primary() {
        if (!RUN.equals(shownCard)) {
            return;
        }
        driver.wake();
        Phase phase = engine.snapshot().phase().orElse(null);
        switch (current.primary()) {
            case RESUME:
                run(engine::resume);
                break;
            case CONFIRM:
                run(engine::confirm);
                break;
            case MARK_RELEASE:
                run(engine::markRelease);
                break;
            case RATE:
                rating.ask(phase.label(), value -> {
                    showCard(RUN);
                    run(() -> engine.confirm(value));
                });
                showCard(RATE);
                break;
            case COUNT_NEEDLES:
                count.ask(text.get("count.title." + phase.kind().name(), phase.label()), phase.expectedCount(),
                        value -> {
                            showCard(RUN);
                            run(() -> engine.confirm(value));
                        });
                showCard(COUNT);
                break;
            default:
                break;
        }
    }

    private void askEndEarly() {
        endEarly.ask(reason -> {
            showCard(RUN);
            run(() -> engine.endEarly(reason));
        });
        showCard(END);
    }

    private void showCard(String card) {
        shownCard = card;
        cards.show(this, card);
        if (RUN.equals(card)) {
            // Something in the window must own the focus for space, enter and the pedals to arrive.
            runCard.requestFocusInWindow();
        }
    }

    /** Space, enter and the administrator's pedal keys act as a tap on the dial. */
    private void bindKeys() {
        List<KeyStroke> strokes = new ArrayList<>(List.of(KeyStroke.getKeyStroke(KeyEvent.VK_SPACE, 0),
                KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0)));
        for (String name : services.settings().current().pedalKeys()) {
            KeyStroke stroke = KeyStroke.getKeyStroke(name);
            if (stroke == null) {
                LOG.warning("pedal key \"" + name + "\" is not a key name Java knows; ignored");
            } else {
                strokes.add(stroke);
            }
        }
        strokes.forEach(stroke -> getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(stroke, "primary"));
        getActionMap().put("primary", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                if (RUN.equals(shownCard)) {
                    dial.activate();
                }
            }
        });
    }

    private void cue(app.holdpoint.session.Cue cue) {
        CueSounds.of(cue).ifPresent(tone -> {
            services.sound().play(tone);   // queues and returns: the player has its own thread
            dial.flash();
        });
    }

    private void say(String words, boolean alert) {
        message.show(words, alert);
        message.setVisible(true);
        messageTimer.restart();
        revalidate();
    }

    /** After every wake-up and command: show the engine's snapshot. */
    private void refresh() {
        SessionSnapshot snapshot = engine.snapshot();
        RunnerDisplay display = RunnerDisplay.of(snapshot, services.library().catalog(), text);
        if (display.kind().isPresent()) {
            if (current == null || !display.kind().equals(current.kind()) || !display.word().equals(current.word())
                    || !display.cycle().equals(current.cycle()) || !display.target().equals(current.target())) {
                banner.show(display.kind().get(), text.get("phase." + display.kind().get().name()),
                        display.cycle(), display.target());
            }
        } else {
            banner.clear();
        }
        Phase phase = snapshot.phase().orElse(null);
        int index = phase == null ? -1 : phase.index();
        if (index != shownPhase) {
            shownPhase = index;
            bodyMap.show(display.muscle().orElse(null), display.side().orElse(null));
            cueText.setText(phase == null ? "" : cueWords(phase));
            next.setText(display.next());
        }
        current = display;
        dial.setPhase(display.kind().orElse(null));
        if (phase == null) {
            dial.showIdle();
        } else if (snapshot.remaining().isPresent()) {
            dial.showCountdown(snapshot.remaining().get(), snapshot.elapsed().plus(snapshot.remaining().get()));
        } else if (phase.timing() instanceof Timing.UntilRelease release) {
            dial.showCountUp(snapshot.elapsed(), release.min(), release.warn(), release.max());
        } else {
            dial.showWaiting(snapshot.elapsed());
        }
        dial.setPaused(snapshot.state() == SessionState.PAUSED);
        boolean longer = display.clock().length() > 4;
        if (longer != longClock) {
            // Ten minutes and more take five characters: the side column gives the dial room to keep the
            // digits a quarter of the screen tall.
            longClock = longer;
            runLayout.setComponentConstraints(side, sideConstraint(longer));
            side.getParent().revalidate();
        }
        dial.setCaption(display.primaryLabel());
        progress.setText(display.sessionProgress());
        pause.setText(text.get(snapshot.state() == SessionState.PAUSED ? "runner.resume" : "runner.pause"));
        if (snapshot.state().isFinal() && !finished) {
            finished = true;
            driver.stop();
            controls.forEach(button -> button.setEnabled(false));
            // After this wake-up has finished: the flow replaces this screen.
            SwingUtilities.invokeLater(onFinished);
        }
    }

    private String sideConstraint(boolean narrow) {
        return "wrap, w " + theme.integer(narrow ? "Holdpoint.session.sideWidth.narrow"
                : "Holdpoint.session.sideWidth") + "!";
    }

    private static String cueWords(Phase phase) {
        String label = phase.label() == null ? "" : phase.label();
        String cue = phase.cue() == null ? "" : phase.cue();
        return label.isBlank() || cue.startsWith(label) ? cue : cue.isBlank() ? label : label + ": " + cue;
    }
}
