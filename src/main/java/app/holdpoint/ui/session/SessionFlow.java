package app.holdpoint.ui.session;

import java.awt.CardLayout;
import java.util.List;
import java.util.Optional;

import javax.swing.JPanel;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.session.SessionEngine;
import app.holdpoint.session.SessionEvent;
import app.holdpoint.store.NewSession;
import app.holdpoint.store.SessionRecord;
import app.holdpoint.ui.model.SessionPreparation;
import app.holdpoint.ui.common.Background;
import app.holdpoint.ui.common.AdminAuthorizer;
import app.holdpoint.ui.common.FailureText;
import app.holdpoint.ui.common.KioskServices;
import app.holdpoint.ui.common.SignedIn;
import app.holdpoint.ui.platform.DisplayAwake;
import java.awt.Component;

/**
 * One session from preparation to the signed record: prepare, run, finish and sign, summary. The kiosk shows
 * this panel after a protocol is picked (or an interrupted session is resumed) and gets control back through
 * the listener. Every store call runs off the Event Dispatch Thread and hands its answer back to it.
 */
public final class SessionFlow extends JPanel {
    /** How the flow hands control back to the kiosk; called on the Event Dispatch Thread. */
    public interface Listener {
        /** The session was sealed and its summary dismissed: back to the picker. */
        void finished();

        /** Left before anything was recorded (cancel on the preparation screen): back to the picker. */
        void cancelled();
    }

    /** The cards of the flow, one per step of the session. */
    enum Card { PREPARE, RUNNER, FINISH, SUMMARY, LOADING }

    private final KioskServices services;
    private final AdminAuthorizer admin;
    private final Listener listener;
    private final CardLayout cards = new CardLayout();
    private final LoadingScreen loading;
    private boolean inSession;
    private SignedIn who;
    private PrepareScreen prepare;
    private RunnerScreen runner;
    private FinishScreen finish;
    private SummaryScreen summary;
    private SessionEngine engine;
    private EventRecorder recorder;
    private Card shown = Card.LOADING;
    private DisplayAwake awake = DisplayAwake.none("not asked for");
    private SaveStatus saveStatus = new SaveStatus() {
        @Override
        public void saveFailed(String cause) {
        }

        @Override
        public void saveRecovered() {
        }
    };

    /** Told on the Event Dispatch Thread when a write of the record fails and when it is saved again. */
    public interface SaveStatus {
        void saveFailed(String cause);

        void saveRecovered();
    }

    /** Who else hears about failed writes (the kiosk's status strip); the runner always does. */
    public void onSaveStatus(SaveStatus status) {
        this.saveStatus = status;
    }

    /** Keeps the display on while the runner counts (from its start until the finish screen or leaving). */
    public void keepDisplayAwakeWith(DisplayAwake displayAwake) {
        this.awake = displayAwake;
    }

    public SessionFlow(KioskServices services, AdminAuthorizer admin, Listener listener) {
        this.services = services;
        this.admin = admin;
        this.listener = listener;
        setName("sessionFlow");
        setLayout(cards);
        loading = new LoadingScreen(services.theme(), services.text(), () -> leave(listener::cancelled));
        add(loading, Card.LOADING.name());
    }

    /** Opens the preparation screen for this protocol. */
    public void begin(SignedIn who, Protocol protocol) {
        assert Background.calledOnEdt() : "a session begins off the Event Dispatch Thread";
        reset(who);
        prepare = new PrepareScreen(services, admin, protocol, who.therapist(), new PrepareScreen.Listener() {
            @Override
            public void cancelled() {
                leave(listener::cancelled);
            }

            @Override
            public void start(SessionPreparation preparation) {
                startSession(preparation);
            }
        });
        show(prepare, Card.PREPARE);
    }

    /** Resumes a session a dead process left interrupted: restores the engine from its stored events. */
    public void resume(SignedIn who, SessionRecord interrupted) {
        assert Background.calledOnEdt() : "a session resumes off the Event Dispatch Thread";
        reset(who);
        loading.showLoading(services.text().get("resume.loading", interrupted.clientRef()));
        show(loading, Card.LOADING);
        ResumeLoader.load(services, interrupted.id()).logAs("session " + interrupted.id() + " could not be resumed")
                .onSuccess(loaded -> run(interrupted.id(), loaded.timeline(), Optional.of(loaded.events())))
                .onFailureCause(cause -> loading.showProblem(services.text().get("resume.failed",
                        cause instanceof ResumeLoader.Unreadable unreadable ? unreadable.getMessage()
                                : FailureText.reason(cause, services.text())))).start();
    }

    /** True from {@link #begin} or {@link #resume} until the listener is called: no idle sign-out meanwhile. */
    public boolean inSession() {
        return inSession;
    }

    /** The card on show: prepare, runner, finish, summary or loading. For tests and the kiosk's screenshots. */
    Card shown() {
        return shown;
    }

    PrepareScreen prepareScreen() {
        return prepare;
    }

    RunnerScreen runnerScreen() {
        return runner;
    }

    FinishScreen finishScreen() {
        return finish;
    }

    SummaryScreen summaryScreen() {
        return summary;
    }

    EventRecorder recorder() {
        return recorder;
    }

    /** The timeline the running (or last) session's engine runs; empty before a session runs. */
    Optional<Timeline> runningTimeline() {
        return engine == null ? Optional.empty() : Optional.of(engine.timeline());
    }

    /** Every event of the running (or last) session's engine, stored ones first after a resume. */
    List<SessionEvent> engineEvents() {
        return engine == null ? List.of() : engine.events();
    }

    private void startSession(SessionPreparation preparation) {
        NewSession session = preparation.newSession(services.clock().instant());
        Timeline timeline = preparation.timeline();
        prepare.starting(true);
        Background.await(services.store().beginSession(session)).logAs("the session could not be begun")
                .onSuccess(id -> run(id, timeline, Optional.empty()))
                .onFailure(services.text(), prepare::startFailed).start();
    }

    /** The runner for a new session, or for a restored one when {@code stored} events are given. */
    private void run(long sessionId, Timeline timeline, Optional<List<SessionEvent>> stored) {
        engine = new SessionEngine(timeline, services.ticker(), services.clock());
        recorder = new EventRecorder(services.store(), sessionId, new EventRecorder.Listener() {
            @Override
            public void saveFailed(Throwable cause, boolean diskFull) {
                // In the kiosk's language: a known store problem in its words, anything else never in the store's.
                String words = FailureText.reason(cause, services.text());
                runner.saveFailed(words, diskFull);
                // The status strip is narrow: two words for a full disk, the store's words otherwise.
                saveStatus.saveFailed(diskFull ? services.text().get("status.save.diskFull") : words);
            }

            @Override
            public void saveRecovered() {
                runner.saveRecovered();
                saveStatus.saveRecovered();
            }
        });
        engine.onEvent(recorder);
        runner = new RunnerScreen(services, engine, recorder, () -> toFinish(sessionId));
        show(runner, Card.RUNNER);
        awake.keepAwake();
        if (stored.isPresent()) {
            engine.restore(stored.get());
            runner.startRestored();
        } else {
            runner.start();
        }
    }

    private void toFinish(long sessionId) {
        awake.release();
        finish = new FinishScreen(services, admin, who, sessionId, engine, recorder,
                (record, report) -> {
                    summary = new SummaryScreen(services.theme(), services.text(), record, report,
                            () -> leave(listener::finished));
                    show(summary, Card.SUMMARY);
                });
        show(finish, Card.FINISH);
    }

    private void reset(SignedIn signedIn) {
        if (runner != null) {
            runner.driver().stop();
        }
        awake.release();
        who = signedIn;
        inSession = true;
        engine = null;
        recorder = null;
        for (Component old : new Component[] {prepare, runner, finish, summary}) {
            if (old != null) {
                remove(old);
            }
        }
        prepare = null;
        runner = null;
        finish = null;
        summary = null;
    }

    private void show(JPanel screen, Card card) {
        if (screen.getParent() != this) {
            add(screen, card.name());
        }
        shown = card;
        cards.show(this, card.name());
        revalidate();
        repaint();
    }

    private void leave(Runnable call) {
        if (runner != null) {
            runner.driver().stop();
        }
        awake.release();
        inSession = false;
        call.run();
    }
}
