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
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.SourceTags;
import app.holdpoint.protocol.Timing;
import app.holdpoint.session.CommandResult;
import app.holdpoint.session.Cue;
import app.holdpoint.session.SessionEngine;
import app.holdpoint.session.SessionSnapshot;
import app.holdpoint.session.SessionState;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.common.KioskServices;
import app.holdpoint.ui.model.EngineDriver;
import app.holdpoint.ui.model.RunnerDisplay;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.BigButton;
import app.holdpoint.ui.widget.CountdownDial;
import app.holdpoint.ui.widget.PhaseBanner;
import java.util.Set;
import java.util.HashSet;
import java.awt.event.WindowFocusListener;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.Window;

/**
 * The running session: the current phase fills the screen (banner, countdown dial, body map, cue, what comes
 * next) above five big controls. The dial is the primary action (tap anywhere on it, space, enter or a pedal):
 * confirm, mark release, count needles, rate, resume. Sound and a flash mark each cue; a refused command is
 * worded briefly beside the body map. Time is the engine's: the driver wakes it and this screen only shows.
 */
final class RunnerScreen extends JPanel {
    private static final Logger LOG = Logger.getLogger(RunnerScreen.class.getName());
    /** The cards of the runner: the dial and controls, or one of the panels a control opens over them. */
    enum Card { RUN, RATE, COUNT, END }
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
    private final RunnerSide side;
    private final RunCard runCard;
    private final JPanel bar;
    private boolean longClock;
    private final BigButton pause;
    private final List<BigButton> controls = new ArrayList<>();
    private final RatingPanel rating;
    private final CountPanel count;
    private final ReasonPanel endEarly;
    private final Timer messageTimer;
    private RunnerDisplay current;
    private int shownPhase = -2;
    private Card shownCard = Card.RUN;
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
        side = new RunnerSide(theme, text);
        side.retry.addActionListener(e -> recorder.retry());
        messageTimer = new Timer(theme.integer("Holdpoint.session.messageMillis"), e -> {
            if (!recorder.failed()) {
                side.message.setVisible(false);
            }
        });
        messageTimer.setRepeats(false);

        pause = control("runner.pause", () -> engine.state() == SessionState.PAUSED ? engine.resume()
                : engine.pause());
        control("runner.extend", () -> engine.extend(EXTEND_SECONDS));
        control("runner.back", engine::back);
        control("runner.skip", engine::skip);
        BigButton end = new BigButton(theme, text.get("runner.end"));
        end.setName("runner.end");
        end.addActionListener(e -> askEndEarly());
        controls.add(end);
        bar = new JPanel();
        bar.setName("runner.controls");
        runCard = new RunCard();
        runCard.setFocusable(true);

        rating = new RatingPanel(theme, text, () -> showCard(Card.RUN));
        count = new CountPanel(theme, text, () -> showCard(Card.RUN));
        endEarly = new ReasonPanel(theme, text, "endEarly", () -> showCard(Card.RUN));
        add(runCard, Card.RUN.name());
        add(rating, Card.RATE.name());
        add(count, Card.COUNT.name());
        add(endEarly, Card.END.name());
        bindKeys();
    }

    /** Starts a new session's engine and its wake-ups. */
    void start() {
        run(engine::start);
        driver.start();
        showCard(Card.RUN);
    }

    /** Shows a restored engine, paused where it was; the therapist resumes with a tap. */
    void startRestored() {
        driver.start();
        showCard(Card.RUN);
    }

    EngineDriver driver() {
        return driver;
    }

    SessionEngine engine() {
        return engine;
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
        return side.message.isVisible() ? side.message.getText() : "";
    }

    Card card() {
        return shownCard;
    }

    /** A write failed: pause the session, say so plainly and offer to try again. */
    void saveFailed(String cause, boolean diskFull) {
        if (engine.state() == SessionState.RUNNING || engine.state() == SessionState.AWAITING_CONFIRMATION) {
            driver.command(engine::pause);
        }
        showCard(Card.RUN);
        side.message.show(diskFull ? text.get("runner.diskFull", services.dataDirectory().toAbsolutePath())
                : text.get("runner.saveFailed", cause), true);
        side.message.setVisible(true);
        side.retry.setVisible(true);
        messageTimer.stop();
        revalidate();
    }

    void saveRecovered() {
        side.retry.setVisible(false);
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
            side.message.show(text.get("runner.saveFailedStill"), true);
            side.message.setVisible(true);
            return;
        }
        CommandResult result = driver.command(command);
        if (result.refused()) {
            say(refusal(result, text), true);
        }
    }

    /** A refused command in the therapist's language, with the numbers the engine named (held 0:12 of 0:30). */
    static String refusal(CommandResult result, Text text) {
        return text.get(result.refusal().key(), result.shownArgs());
    }

    private void primary() {
        if (shownCard != Card.RUN) {
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
                rating.ask(current.label(), value -> {
                    showCard(Card.RUN);
                    run(() -> engine.confirm(value));
                });
                showCard(Card.RATE);
                break;
            case COUNT_NEEDLES:
                count.ask(text.get("count.title." + phase.kind().name(), current.label()), phase.expectedCount(),
                        value -> {
                            showCard(Card.RUN);
                            run(() -> engine.confirm(value));
                        });
                showCard(Card.COUNT);
                break;
            default:
                break;
        }
    }

    private void askEndEarly() {
        endEarly.ask(reason -> {
            showCard(Card.RUN);
            run(() -> engine.endEarly(reason));
        });
        showCard(Card.END);
    }

    private void showCard(Card card) {
        shownCard = card;
        cards.show(this, card.name());
        if (card == Card.RUN) {
            // Something in the window must own the focus for space, enter and the pedals to arrive.
            runCard.requestFocusInWindow();
        }
    }

    /**
     * Space, enter and the administrator's pedal keys act as a tap on the dial, once per press: a key or pedal
     * held down repeats its KEY_PRESSED (auto-repeat) without a release, and only the first of those counts.
     */
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
        for (KeyStroke stroke : strokes) {
            int code = stroke.getKeyCode();
            String press = "primary." + code;
            String release = "released." + code;
            getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(code,
                    stroke.getModifiers(), false), press);
            // Released with or without the modifiers still down: either way the key is up again.
            getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(code, 0, true), release);
            getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(code,
                    stroke.getModifiers(), true), release);
            getActionMap().put(press, new AbstractAction() {
                @Override
                public void actionPerformed(ActionEvent e) {
                    if (held.add(code) && shownCard == Card.RUN) {
                        dial.activate();
                    }
                }
            });
            getActionMap().put(release, new AbstractAction() {
                @Override
                public void actionPerformed(ActionEvent e) {
                    held.remove(code);
                }
            });
        }
    }

    /** Keys pressed and not yet released: their repeats are not new presses. */
    private final Set<Integer> held = new HashSet<>();
    /** A release that happens while another window has the focus never arrives: forget what was held. */
    private final WindowFocusListener forgetHeld = new WindowAdapter() {
        @Override
        public void windowLostFocus(WindowEvent e) {
            held.clear();
        }
    };

    @Override
    public void addNotify() {
        super.addNotify();
        Window window = SwingUtilities.getWindowAncestor(this);
        if (window != null) {
            window.addWindowFocusListener(forgetHeld);
        }
    }

    @Override
    public void removeNotify() {
        Window window = SwingUtilities.getWindowAncestor(this);
        if (window != null) {
            window.removeWindowFocusListener(forgetHeld);
        }
        held.clear();
        super.removeNotify();
    }

    private void cue(Cue cue) {
        CueSounds.of(cue).ifPresent(tone -> {
            // Queues and returns: the player has its own thread. The word is dropped while spoken cues are off.
            services.sound().play(tone, CueSounds.spoken(cue).orElse(null));
            dial.flash();
        });
    }

    private void say(String words, boolean alert) {
        side.message.show(words, alert);
        side.message.setVisible(true);
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
            side.showMap(display.muscle().orElse(null), display.side().orElse(null));
            side.showCautions(phase == null ? List.of()
                    : phase.precautions().stream().map(SourceTags::strip).toList());
            side.showWords(phase == null ? "" : cueWords(display), display.next());
            snapshot.next().ifPresent(next -> side.prepareMap(
                    next.muscle().flatMap(services.library().catalog()::muscle).orElse(null),
                    next.side().filter(s -> s != Side.ASK).orElse(null)));
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
            // Ten minutes and more take five characters: beside the dial, the side column gives it room to keep
            // the digits a quarter of the screen tall.
            longClock = longer;
            runCard.arrange(runCard.portrait, true);
        }
        dial.setCaption(display.primaryLabel());
        side.progress.setText(display.sessionProgress());
        pause.setText(text.get(snapshot.state() == SessionState.PAUSED ? "runner.resume" : "runner.pause"));
        if (snapshot.state().isFinal() && !finished) {
            finished = true;
            driver.stop();
            controls.forEach(button -> button.setEnabled(false));
            // After this wake-up has finished: the flow replaces this screen.
            SwingUtilities.invokeLater(onFinished);
        }
    }

    /**
     * The running phase's card: banner on top and controls at the bottom in fixed places; between them the dial
     * beside the side information (landscape) or above it (portrait). It picks its arrangement from its own
     * shape each time it is laid out, so a rotated screen or a resized window gets the right one.
     */
    private final class RunCard extends JPanel {
        private boolean portrait;
        private boolean arranged;

        @Override
        public void doLayout() {
            boolean tall = getHeight() > getWidth();
            if (!arranged || tall != portrait) {
                arrange(tall, false);
            }
            super.doLayout();
        }

        void arrange(boolean tall, boolean force) {
            if (arranged && tall == portrait && !force) {
                return;
            }
            arranged = true;
            portrait = tall;
            removeAll();
            banner.setStacked(tall);
            side.arrange(tall);
            dial.setCornerShare(tall ? theme.decimal("Holdpoint.session.portrait.cornerShare") : 0.5);
            int controlHeight = theme.integer("Holdpoint.session.control.height");
            arrangeControls(tall, controlHeight);
            if (tall) {
                setLayout(new MigLayout("insets 12, gap 12, fill, wrap 1", "[grow, fill]",
                        "[][grow, fill][][]"));
                add(banner, "growx, h pref!");
                add(dial, "wmin 0, hmin 0, h 0:0, grow, push");
                add(side, "wmin 0, h " + theme.integer("Holdpoint.session.portrait.sideHeight") + "!");
                add(bar, "growx");
            } else {
                setLayout(new MigLayout("insets 12, gap 12, fill", "[grow, fill][fill]", "[][grow, fill][]"));
                add(banner, "span 2, growx, h pref!, wrap");
                add(dial, "wmin 0, hmin 0, h 0:0, w 0:0, grow, push");
                add(side, "hmin 0, h 0:0, growy, wrap, w " + theme.integer(longClock
                        ? "Holdpoint.session.sideWidth.narrow" : "Holdpoint.session.sideWidth") + "!");
                add(bar, "span 2, growx");
            }
            revalidate();
            repaint();
        }
    }

    /**
     * Five controls in a row beside a landscape dial, each as wide as its words and the rest shared out (equal
     * fifths cut German's "Überspringen" and "Vorzeitig beenden"); on a portrait screen, too narrow for "End
     * early" in a fifth of it, three above two.
     */
    private void arrangeControls(boolean tall, int controlHeight) {
        bar.removeAll();
        String size = "h " + controlHeight + "!, wmin 0";
        if (tall) {
            bar.setLayout(new MigLayout("insets 0, gap 12, fillx, wrap 6", "[grow, fill, sg c]".repeat(6)));
            for (int i = 0; i < controls.size(); i++) {
                bar.add(controls.get(i), size + ", span " + (i < 3 ? 2 : 3));
            }
        } else {
            bar.setLayout(new MigLayout("insets 0, gap 12, fillx", "[grow, fill]".repeat(5)));
            controls.forEach(button -> bar.add(button, size));
        }
    }

    /** The phase's label and cue; sentences the timeline adds around a protocol's words in the kiosk's language. */
    private String cueWords(RunnerDisplay display) {
        String label = display.label() == null ? "" : display.label();
        String cue = display.cue() == null ? "" : services.library().translations().of(display.cue());
        return label.isBlank() || cue.startsWith(label) ? cue : cue.isBlank() ? label : label + ": " + cue;
    }
}
