package app.holdpoint.ui.session;

import static app.holdpoint.ui.session.SessionFlowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.ScreeningQuestion;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.TimelineExpander;
import app.holdpoint.session.EventType;
import app.holdpoint.session.FakeTicker;
import app.holdpoint.session.SessionEngine;
import app.holdpoint.session.SessionEvent;
import app.holdpoint.session.SessionState;
import app.holdpoint.store.AuditFilter;
import app.holdpoint.store.NewSession;
import app.holdpoint.store.SessionRecord;
import app.holdpoint.store.SessionStatus;
import app.holdpoint.store.SessionStore;
import app.holdpoint.store.StoreConfig;
import app.holdpoint.store.StoreException;
import app.holdpoint.store.StoreProblem;
import app.holdpoint.store.Stores;
import app.holdpoint.testsupport.Edt;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.Text;
import java.awt.event.KeyEvent;

/** The session flow's other paths: a blocked start and its override, ending early, resuming, a failed write. */
@GuiTest
class SessionFlowTest {
    @TempDir
    Path folder;
    private SessionFlowFixture fx;
    private SessionFlow flow;

    private void open() {
        fx = SessionFlowFixture.open(folder);
        flow = fx.flow();
        fx.show();
    }

    @AfterEach
    void close() {
        if (fx != null) {
            fx.close();
        }
    }

    private void beginPrepared() {
        GuiActionRunner.execute(() -> flow.begin(fx.therapist(), fx.protocol()));
        fx.prepare(fx.protocol(), "KM-0412", Side.RIGHT, 5);
    }

    private void sign() {
        waitFor("the finish screen", () -> SessionFlow.Card.FINISH.equals(flow.shown()));
        fx.tap("pain.4");
        for (char c : SessionFlowFixture.PIN) {
            fx.tap("key." + c);
        }
        fx.tap("key.ok");
        waitFor("the summary", () -> SessionFlow.Card.SUMMARY.equals(flow.shown()));
    }

    private long sessionId() {
        return Edt.call(() -> flow.recorder().sessionId());
    }

    @Test
    void aStoppingAnswerBlocksTheStartUntilAnAdministratorOverridesWithAReason() {
        open();
        beginPrepared();
        fx.tap("prepare.tab.screening");
        fx.tap("screening.needle-phobia.yes");

        assertThat(Edt.call(() -> flow.prepareScreen().preparation().canStart())).isFalse();
        assertThat(fx.window().button("prepare.start").isEnabled()).isFalse();
        assertThat(fx.window().textBox("prepare.stops").text()).contains("Start blocked")
                .contains("Afraid of needles, or unwilling to have needling today? \u2192 YES");
        assertThat(fx.window().textBox("prepare.status").text())
                .contains("an administrator override of the stopping answer");
        assertThat(fx.store().audit(AuditFilter.all(), Optional.empty(), 10).rows()).isEmpty();

        fx.tap("prepare.override");
        fx.waitShowing("override.confirm");
        assertThat(fx.admin().purposes()).containsExactly("Override a stopping screening answer");
        assertThat(fx.window().button("override.confirm").isEnabled()).isFalse();
        fx.tap("override.reason.1");
        fx.window().textBox("override.detail").enterText("letter on file");
        waitFor("the detail typed", () -> fx.window().textBox("override.detail").text().equals("letter on file"));
        fx.tap("override.confirm");
        assertThat(fx.window().textBox("prepare.stops").text()).startsWith("Override by "
                + SessionFlowFixture.ADMIN + ": Cleared by the referring physician: letter on file");
        fx.start();

        SessionRecord record = fx.store().session(sessionId()).orElseThrow();
        assertThat(record.overrideReason()).contains("Cleared by the referring physician: letter on file");
        assertThat(record.overrideBy()).contains(SessionFlowFixture.ADMIN);
        assertThat(record.screening()).contains(new NewSession.ScreeningAnswer("needle-phobia", true));
        assertThat(record.therapist()).isEqualTo(SessionFlowFixture.THERAPIST);
    }

    @Test
    void cancelBeforeTheStartRecordsNothing() {
        open();
        beginPrepared();
        fx.tap("prepare.cancel");
        assertThat(fx.cancelledCalls()).isEqualTo(1);
        assertThat(Edt.call(flow::inSession)).isFalse();
        assertThat(fx.store().audit(AuditFilter.all(), Optional.empty(), 10).rows()).isEmpty();
    }

    @Test
    void endingEarlyAsksAReasonAndSealsTheSessionAsEndedEarly() {
        open();
        beginPrepared();
        fx.start();
        fx.advance(Duration.ofMinutes(10).plusSeconds(40));
        fx.tap("runner.end");
        assertThat(fx.window().button("endEarly.confirm").isEnabled()).isFalse();
        fx.tap("endEarly.reason.2");
        fx.tap("endEarly.confirm");
        waitFor("the finish screen", () -> SessionFlow.Card.FINISH.equals(flow.shown()));
        assertThat(fx.window().textBox("finish.outcome").text()).isEqualTo("Ended early: Too painful");
        sign();

        SessionRecord record = fx.store().session(sessionId()).orElseThrow();
        assertThat(record.status()).isEqualTo(SessionStatus.ENDED_EARLY);
        assertThat(record.painAfter()).hasValue(4);
        List<SessionEvent> events = fx.store().events(sessionId());
        assertThat(events.get(events.size() - 1).type()).isEqualTo(EventType.SESSION_ENDED_EARLY);
        assertThat(events.get(events.size() - 1).detail()).isEqualTo("Too painful");
        assertThat(fx.window().textBox("summary.endReason").text()).contains("Too painful");
        assertThat(fx.store().verify().firstProblem()).isEmpty();
    }

    @Test
    void aWrongPinIsSaidInWordsAndNothingIsSealed() {
        open();
        beginPrepared();
        fx.start();
        fx.tap("runner.end");
        fx.tap("endEarly.reason.4");
        fx.tap("endEarly.confirm");
        waitFor("the finish screen", () -> SessionFlow.Card.FINISH.equals(flow.shown()));
        for (char c : "9999".toCharArray()) {
            fx.tap("key." + c);
        }
        fx.tap("key.ok");
        assertThat(fx.window().textBox("finish.message").text()).contains("Choose the pain after");
        fx.tap("pain.1");
        for (char c : "9999".toCharArray()) {
            fx.tap("key." + c);
        }
        fx.tap("key.ok");
        waitFor("the wrong PIN said", () -> fx.window().textBox("finish.message").text().startsWith("Wrong PIN"));
        assertThat(fx.store().session(sessionId()).orElseThrow().status()).isEqualTo(SessionStatus.RUNNING);
        assertThat(flow.shown()).isEqualTo(SessionFlow.Card.FINISH);
    }

    @Test
    void aLockedOutTherapistsSessionIsSignedByAnAdministrator() {
        open();
        beginPrepared();
        fx.start();
        fx.tap("runner.end");
        fx.tap("endEarly.reason.1");
        fx.tap("endEarly.confirm");
        waitFor("the finish screen", () -> SessionFlow.Card.FINISH.equals(flow.shown()));
        fx.tap("pain.5");
        for (int attempt = 0; attempt < StoreConfig.MAX_PIN_FAILURES; attempt++) {
            for (char c : "9999".toCharArray()) {
                fx.tap("key." + c);
            }
            fx.tap("key.ok");
            int tried = attempt + 1;
            waitFor("attempt " + tried + " answered", () -> fx.window().textBox("finish.message").text()
                    .startsWith(tried == StoreConfig.MAX_PIN_FAILURES ? "Locked" : "Wrong PIN"));
        }
        fx.waitShowing("finish.adminSign");
        fx.tap("finish.adminSign");
        waitFor("the summary", () -> SessionFlow.Card.SUMMARY.equals(flow.shown()));
        assertThat(fx.admin().purposes()).containsExactly("Sign the session for Ana, who is locked out");
        SessionRecord record = fx.store().session(sessionId()).orElseThrow();
        assertThat(record.signedBy()).contains(SessionFlowFixture.ADMIN);
        assertThat(record.therapist()).isEqualTo(SessionFlowFixture.THERAPIST);
    }

    /** The clock read when the therapist signs (fixed at the fixture's NOW) is not when the session ended. */
    @Test
    void theRecordEndsAtItsLastEventsWallTimeNotAtTheClockReadWhenSigning() {
        open();
        beginPrepared();
        fx.start();
        fx.advance(Duration.ofMinutes(2));
        fx.tap("runner.end");
        fx.tap("endEarly.reason.1");
        fx.tap("endEarly.confirm");
        sign();
        SessionRecord record = fx.store().session(sessionId()).orElseThrow();
        List<SessionEvent> events = fx.store().events(record.id());
        SessionEvent last = events.get(events.size() - 1);
        assertThat(record.endedAt()).contains(last.wallTime());
        assertThat(last.wallTime()).isEqualTo(record.startedAt().plusNanos(last.offsetNanos()));
        assertThat(Duration.between(record.startedAt(), record.endedAt().orElseThrow()))
                .isGreaterThanOrEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void aKnownStoreProblemDuringASessionIsSaidInTheKiosksLanguage() {
        fx = SessionFlowFixture.openShipped(folder, Locale.GERMAN);
        flow = fx.flow();
        fx.show();
        Protocol protocol = fx.services().library().byId("tension-type-headache")
                .orElseThrow();
        GuiActionRunner.execute(() -> flow.begin(fx.therapist(), protocol));
        fx.prepare(protocol, "KM-0412", Side.RIGHT, 5);
        fx.start();
        waitFor("the start saved", () -> flow.recorder().allSaved());

        fx.faults().failAppendsWith(new StoreException(StoreProblem.READ_ONLY));
        fx.tap("runner.pause");
        String german = new Text(Locale.GERMAN).get("store.problem.READ_ONLY");
        waitFor("the failure shown", () -> flow.runnerScreen().message().contains(german));
        assertThat(Edt.call(() -> flow.runnerScreen().message()))
                .doesNotContain(StoreProblem.READ_ONLY.english());
    }

    @Test
    void aFailedWritePausesTheSessionSaysSoAndSavesEverythingOnRetry() {
        open();
        beginPrepared();
        fx.start();
        long id = sessionId();
        waitFor("the start saved", () -> flow.recorder().allSaved());
        fx.faults().failAppends(true);
        fx.advance(Duration.ofMinutes(10).plusSeconds(5));
        waitFor("the failure shown", () -> flow.runnerScreen().message().startsWith(
                "The record could not be saved: " + FaultyStore.DISK_FULL));
        assertThat(Edt.call(() -> flow.runnerScreen().message())).contains(
                "The session is paused; nothing recorded so far is lost.");
        assertThat(Edt.call(() -> flow.runnerScreen().display().state())).isEqualTo(SessionState.PAUSED);
        int stored = fx.store().events(id).size();
        assertThat(stored).isLessThan(Edt.call(() -> flow.engineEvents().size()));

        // Resuming is held back while the record is incomplete.
        SessionScreens.tapDial(fx);
        assertThat(Edt.call(() -> flow.runnerScreen().display().state())).isEqualTo(SessionState.PAUSED);

        fx.faults().failAppends(false);
        retrySavesEverythingAndTheSessionResumes(id);
    }

    /** Issue 14: a full disk during a session is said in words, with what to free; nothing is lost. */
    @Test
    void aFullDiskPausesTheSessionHoldsItsEventsSaysDiskFullAndSavesThemWhenSpaceReturns() {
        open();
        beginPrepared();
        fx.start();
        long id = sessionId();
        waitFor("the start saved", () -> flow.recorder().allSaved());
        int before = fx.store().events(id).size();
        fx.faults().diskFull(true);
        fx.advance(Duration.ofMinutes(10).plusSeconds(5));
        waitFor("the failure shown", () -> flow.runnerScreen().message().startsWith("Disk full"));
        assertThat(Edt.call(() -> flow.runnerScreen().message())).isEqualTo("Disk full: the record could not be saved."
                + " The session is paused; nothing is lost. Free space on the disk of " + folder.toAbsolutePath()
                + " (old exports, backups, downloads), then try saving again.");
        assertThat(Edt.call(() -> flow.runnerScreen().display().state())).isEqualTo(SessionState.PAUSED);
        assertThat(Edt.call(() -> flow.recorder().failed())).isTrue();
        List<SessionEvent> held = Edt.call(() -> flow.recorder().unsaved());
        assertThat(held).isNotEmpty();
        assertThat(fx.store().events(id)).hasSize(before);
        assertThat(held).containsExactlyElementsOf(Edt.call(() -> flow.engineEvents()).subList(before,
                before + held.size()));

        // Still full: trying again holds everything and says so again.
        fx.tap("runner.retrySave");
        waitFor("the second failure", () -> Edt.call(() -> flow.recorder().failed()));
        assertThat(fx.store().events(id)).hasSize(before);

        fx.faults().diskFull(false);
        retrySavesEverythingAndTheSessionResumes(id);
    }

    @Test
    void anInterruptedSessionResumesPausedWhereItWasAndIsSignedAfterwards() {
        long id = interruptedSession();
        open();
        assertThat(fx.recovered()).isEqualTo(1);
        SessionRecord interrupted = fx.store().findInterrupted().get(0);
        assertThat(interrupted.id()).isEqualTo(id);

        GuiActionRunner.execute(() -> flow.resume(fx.therapist(), interrupted));
        waitFor("the runner", () -> SessionFlow.Card.RUNNER.equals(flow.shown()));
        assertThat(Edt.call(flow::inSession)).isTrue();
        assertThat(Edt.call(() -> flow.runnerScreen().display().state())).isEqualTo(SessionState.PAUSED);
        assertThat(Edt.call(() -> flow.runnerScreen().display().kind())).contains(PhaseKind.PRESS);
        assertThat(fx.store().session(id).orElseThrow().status()).isEqualTo(SessionStatus.RUNNING);

        // A foot pedal (PAGE_DOWN in the default settings) acts as a tap on the dial.
        fx.press(KeyEvent.VK_PAGE_DOWN);
        assertThat(Edt.call(() -> flow.runnerScreen().display().state())).isEqualTo(SessionState.RUNNING);
        fx.advance(Duration.ofSeconds(30));
        fx.tap("runner.end");
        fx.tap("endEarly.reason.4");
        fx.tap("endEarly.confirm");
        sign();

        List<SessionEvent> events = fx.store().events(id);
        assertThat(events).extracting(SessionEvent::type).contains(EventType.RESTORED, EventType.RESUMED);
        assertThat(events).extracting(SessionEvent::sequence)
                .containsExactlyElementsOf(IntStream.range(0, events.size()).boxed().toList());
        assertThat(fx.store().session(id).orElseThrow().status()).isEqualTo(SessionStatus.ENDED_EARLY);
        assertThat(fx.store().verify().firstProblem()).isEmpty();
    }

    /** A session begun by a process that then died: stored up to the first PRESS, never sealed. */
    private long interruptedSession() {
        Protocol protocol = SessionFlowFixture.library().byId(SessionFlowFixture.FIXTURE_ID).orElseThrow();
        Map<String, Boolean> answers = protocol.screening().stream()
                .collect(Collectors.toMap(ScreeningQuestion::id, q -> false));
        try (Stores.Opened dead = Stores.forCommandLine(folder, Optional.empty(), SessionFlowFixture.storeConfig())) {
            SessionStore store = dead.store();
            SessionFlowFixture.ensureTherapists(store);
            long therapist = store.therapist(SessionFlowFixture.THERAPIST).orElseThrow().id();
            long id = Stores.await(store.beginSession(new NewSession(therapist, "RS-1", Optional.of(Side.LEFT),
                    protocol, SessionFlowFixture.NOW, OptionalInt.of(5), protocol.screening().stream()
                            .map(q -> new NewSession.ScreeningAnswer(q.id(), false)).toList(),
                    Optional.empty(), true)));
            FakeTicker ticker = new FakeTicker();
            SessionEngine engine = new SessionEngine(TimelineExpander.expand(protocol, Optional.of(Side.LEFT),
                    Optional.of(answers)), ticker, Clock.fixed(SessionFlowFixture.NOW, ZoneOffset.UTC));
            engine.onEvent(event -> Stores.await(store.append(id, event)));
            engine.start();
            ticker.advance(Duration.ofMinutes(10).plusSeconds(20));
            engine.poll();
            return id;
        }
    }

    /**
     * After the failure is cleared: "try saving again" stores every held event, and a tap on the dial resumes the
     * session, whose events are then stored with no gap in their numbers.
     */
    private void retrySavesEverythingAndTheSessionResumes(long id) {
        fx.tap("runner.retrySave");
        waitFor("everything saved", () -> flow.recorder().allSaved());
        assertThat(fx.store().events(id)).isEqualTo(Edt.call(() -> flow.engineEvents()));
        SessionScreens.tapDial(fx);
        assertThat(Edt.call(() -> flow.runnerScreen().display().state())).isEqualTo(SessionState.RUNNING);
        waitFor("the resume saved", () -> flow.recorder().allSaved());
        assertThat(fx.store().events(id)).extracting(SessionEvent::sequence)
                .containsExactlyElementsOf(IntStream.range(0, fx.store().events(id).size()).boxed().toList());
    }
}
