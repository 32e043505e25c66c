package app.holdpoint.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.holdpoint.audit.SessionDetail;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.ScreeningQuestion;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.protocol.load.ProtocolLibrary;
import app.holdpoint.session.EndedBy;
import app.holdpoint.session.EventType;
import app.holdpoint.session.SessionEvent;
import app.holdpoint.session.SessionSnapshot;
import app.holdpoint.store.Role;
import app.holdpoint.store.SessionRecord;
import app.holdpoint.store.SessionStatus;
import app.holdpoint.testsupport.Edt;
import app.holdpoint.testsupport.SessionWalk;
import app.holdpoint.testsupport.TestProtocols;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.shell.KioskController.Screen;
import app.holdpoint.ui.shell.KioskFixture;
import app.holdpoint.ui.model.RunnerDisplay;

/**
 * The shipped tension-type headache protocol, start to finish, on the kiosk as {@code ./run.sh} opens it (full
 * screen on the test display, 1280×800 under the README's command), by taps alone: sign-in, the protocol's card,
 * the client reference, side, every screening question, pain before, every phase of the session (a tap on the
 * dial for each confirmation, pause and resume on the way; a fake ticker runs the countdowns), pain after, the
 * signature and the summary. Every tap lands on a control lying wholly on the screen. Then the database.
 */
@GuiTest
class ShippedSessionWalkTest extends KioskWalkCase {
    private static final String PROTOCOL = "tension-type-headache";

    @Test
    void aWholeTensionTypeHeadacheSessionByTapsOnTheFullScreenKiosk() {
        KioskFixture.seed(data, store -> KioskFixture.therapist(store, "Anna Lee", Role.ADMIN, "1357"));
        ProtocolLibrary.Loaded library = TestProtocols.shipped();
        Protocol protocol = library.byId(PROTOCOL).orElseThrow();
        kiosk = new KioskFixture(data, library, data, true).start();
        taps = KioskTaps.onScreen(kiosk);
        assertThat(Edt.call(() -> kiosk.controller.frame().getBounds())).as("the kiosk covers the screen")
                .isEqualTo(taps.screen());

        kiosk.waitForScreen(Screen.SIGN_IN);
        SessionWalk.signIn("Anna Lee", "1357", taps::tap);
        kiosk.waitForScreen(Screen.PICKER);
        taps.tap("protocol." + PROTOCOL);
        kiosk.waitForScreen(Screen.FLOW);
        SessionFlow flow = Edt.call(() -> kiosk.controller.sessionFlow());

        taps.keys("TT-0042");
        taps.tap("prepare.side.LEFT");
        taps.tap("prepare.tab.screening");
        for (ScreeningQuestion question : protocol.screening()) {
            boolean stopsOnYes = question.stopAnswer().orElse(true);
            taps.tap("screening." + question.id() + (stopsOnYes ? ".no" : ".yes"));
        }
        taps.tap("prepare.tab.pain");
        taps.tap("pain.6");
        taps.tap("prepare.start");
        waitFor("the runner", () -> SessionFlow.Card.RUNNER.equals(flow.shown()));

        int phasesSeen = 0;
        boolean paused = false;
        while (SessionFlow.Card.RUNNER.equals(Edt.call(flow::shown))) {
            RunnerDisplay shown = Edt.call(() -> flow.runnerScreen().display());
            SessionSnapshot snapshot = Edt.call(() -> flow.runnerScreen().engine().snapshot());
            if (snapshot.state().isFinal()) {
                waitFor("the finish screen", () -> !SessionFlow.Card.RUNNER.equals(flow.shown()));
                break;
            }
            phasesSeen = Math.max(phasesSeen, snapshot.phase().map(p -> p.index() + 1).orElse(0));
            switch (shown.primary()) {
                case CONFIRM, MARK_RELEASE, RESUME -> taps.tapDial();
                case RATE -> {
                    taps.tapDial();
                    taps.tap("pain.3");
                    taps.tap("rating.record");
                }
                case COUNT_NEEDLES -> {
                    taps.tapDial();
                    taps.tap("count.confirm");
                }
                case NONE -> {
                    if (!paused && snapshot.remaining().isPresent()) {
                        // Once on the way: pause stops the clock, a tap on the dial resumes it.
                        String before = Edt.call(() -> flow.runnerScreen().dial().digits());
                        taps.tap("runner.pause");
                        taps.advance(Duration.ofMinutes(2));
                        assertThat(Edt.call(() -> flow.runnerScreen().dial().digits())).isEqualTo(before);
                        taps.tapDial();
                        paused = true;
                    }
                    taps.advance(snapshot.remaining().orElse(Duration.ofSeconds(5)));
                }
                default -> throw new AssertionError("unexpected primary action " + shown.primary());
            }
        }

        long id = taps.signAndFinish(flow, "1357");

        SessionRecord record = kiosk.store.session(id).orElseThrow();
        assertThat(record.status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(record.protocolId()).isEqualTo(PROTOCOL);
        assertThat(record.clientRef()).isEqualTo("TT-0042");
        assertThat(record.painBefore()).hasValue(6);
        assertThat(record.painAfter()).hasValue(2);
        assertThat(record.signedBy()).contains("Anna Lee");
        assertThat(record.sealed()).isTrue();
        assertThat(record.answers()).containsOnlyKeys(protocol.screening().stream().map(ScreeningQuestion::id)
                .collect(Collectors.toSet()));

        Timeline planned = SessionDetail.timeline(protocol, record);
        assertThat(phasesSeen).as("phases the walk went through").isEqualTo(planned.phases().size());
        List<SessionEvent> events = kiosk.store.events(id);
        Map<Integer, Long> started = events.stream().filter(e -> e.type() == EventType.PHASE_STARTED)
                .collect(Collectors.groupingBy(SessionEvent::phase, Collectors.counting()));
        assertThat(started.keySet()).as("every planned phase started")
                .isEqualTo(Set.copyOf(IntStream.range(0, planned.phases().size()).boxed().toList()));
        assertThat(events).extracting(SessionEvent::type).contains(EventType.PAUSED, EventType.RESUMED,
                EventType.CONFIRMED, EventType.SESSION_COMPLETED);
        assertThat(events).filteredOn(e -> e.type() == EventType.PHASE_ENDED && e.endedBy() == EndedBy.SKIP).as("nothing skipped").isEmpty();
        assertThat(kiosk.store.verify().ok()).isTrue();
    }
}
