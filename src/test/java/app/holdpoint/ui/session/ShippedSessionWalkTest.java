package app.holdpoint.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.MouseEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import javax.swing.JComponent;
import javax.swing.SwingUtilities;

import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.ScreeningQuestion;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.protocol.load.ProtocolLibrary;
import app.holdpoint.session.EventType;
import app.holdpoint.session.SessionEvent;
import app.holdpoint.session.SessionSnapshot;
import app.holdpoint.store.Role;
import app.holdpoint.store.SessionRecord;
import app.holdpoint.store.SessionStatus;
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
class ShippedSessionWalkTest {
    private static final Timeout WAIT = Timeout.timeout(20_000);
    private static final String PROTOCOL = "tension-type-headache";

    @TempDir
    Path data;
    private KioskFixture kiosk;
    private Rectangle screen;
    private final AtomicInteger released = new AtomicInteger();
    private final AWTEventListener releases = event -> {
        if (event.getID() == MouseEvent.MOUSE_RELEASED) {
            released.incrementAndGet();
        }
    };

    @AfterEach
    void close() {
        Toolkit.getDefaultToolkit().removeAWTEventListener(releases);
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    void aWholeTensionTypeHeadacheSessionByTapsOnTheFullScreenKiosk() {
        KioskFixture.seed(data, store -> KioskFixture.therapist(store, "Anna Lee", Role.ADMIN, "1357"));
        ProtocolLibrary.Loaded library = ProtocolLibrary.load(Path.of("protocols"));
        Protocol protocol = library.byId(PROTOCOL).orElseThrow();
        kiosk = new KioskFixture(data, library, data, true).start();
        kiosk.window.robot().settings().delayBetweenEvents(10);
        kiosk.window.robot().settings().eventPostingDelay(20);
        Toolkit.getDefaultToolkit().addAWTEventListener(releases, java.awt.AWTEvent.MOUSE_EVENT_MASK);
        screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice().getDefaultConfiguration()
                .getBounds();
        assertThat(edt(() -> kiosk.controller.frame().getBounds())).as("the kiosk covers the screen")
                .isEqualTo(screen);

        kiosk.waitForScreen(Screen.SIGN_IN);
        tap("tile.Anna Lee");
        for (char c : "1357".toCharArray()) {
            tap("key." + c);
        }
        tap("key.ok");
        kiosk.waitForScreen(Screen.PICKER);
        tap("protocol." + PROTOCOL);
        kiosk.waitForScreen(Screen.FLOW);
        SessionFlow flow = edt(() -> kiosk.controller.sessionFlow());

        for (char c : "TT-0042".toCharArray()) {
            tap("key." + c);
        }
        tap("prepare.side.LEFT");
        tap("prepare.tab.screening");
        for (ScreeningQuestion question : protocol.screening()) {
            boolean stopsOnYes = question.stopAnswer().orElse(true);
            tap("screening." + question.id() + (stopsOnYes ? ".no" : ".yes"));
        }
        tap("prepare.tab.pain");
        tap("pain.6");
        tap("prepare.start");
        waitFor("the runner", () -> SessionFlow.Card.RUNNER.equals(flow.shown()));

        int phasesSeen = 0;
        boolean paused = false;
        while (SessionFlow.Card.RUNNER.equals(edt(flow::shown))) {
            RunnerDisplay shown = edt(() -> flow.runnerScreen().display());
            SessionSnapshot snapshot = edt(() -> flow.runnerScreen().engine().snapshot());
            if (snapshot.state().isFinal()) {
                waitFor("the finish screen", () -> !SessionFlow.Card.RUNNER.equals(flow.shown()));
                break;
            }
            phasesSeen = Math.max(phasesSeen, snapshot.phase().map(p -> p.index() + 1).orElse(0));
            switch (shown.primary()) {
                case CONFIRM, MARK_RELEASE, RESUME -> tapDial();
                case RATE -> {
                    tapDial();
                    tap("pain.3");
                    tap("rating.record");
                }
                case COUNT_NEEDLES -> {
                    tapDial();
                    tap("count.confirm");
                }
                case NONE -> {
                    if (!paused && snapshot.remaining().isPresent()) {
                        // Once on the way: pause stops the clock, a tap on the dial resumes it.
                        String before = edt(() -> flow.runnerScreen().dial().digits());
                        tap("runner.pause");
                        advance(Duration.ofMinutes(2));
                        assertThat(edt(() -> flow.runnerScreen().dial().digits())).isEqualTo(before);
                        tapDial();
                        paused = true;
                    }
                    advance(snapshot.remaining().orElse(Duration.ofSeconds(5)));
                }
                default -> throw new AssertionError("unexpected primary action " + shown.primary());
            }
        }

        waitFor("the finish screen", () -> SessionFlow.Card.FINISH.equals(flow.shown()));
        tap("pain.2");
        for (char c : "1357".toCharArray()) {
            tap("key." + c);
        }
        tap("key.ok");
        waitFor("the summary", () -> SessionFlow.Card.SUMMARY.equals(flow.shown()));
        long id = edt(() -> flow.recorder().sessionId());
        tap("summary.done");
        kiosk.waitForScreen(Screen.PICKER);

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

        Timeline planned = app.holdpoint.audit.SessionDetail.timeline(protocol, record);
        assertThat(phasesSeen).as("phases the walk went through").isEqualTo(planned.phases().size());
        List<SessionEvent> events = kiosk.store.events(id);
        Map<Integer, Long> started = events.stream().filter(e -> e.type() == EventType.PHASE_STARTED)
                .collect(Collectors.groupingBy(SessionEvent::phase, Collectors.counting()));
        assertThat(started.keySet()).as("every planned phase started")
                .isEqualTo(Set.copyOf(java.util.stream.IntStream.range(0, planned.phases().size()).boxed().toList()));
        assertThat(events).extracting(SessionEvent::type).contains(EventType.PAUSED, EventType.RESUMED,
                EventType.CONFIRMED, EventType.SESSION_COMPLETED);
        assertThat(events).filteredOn(e -> e.type() == EventType.PHASE_ENDED && e.endedBy() == app.holdpoint.session.EndedBy.SKIP).as("nothing skipped").isEmpty();
        assertThat(kiosk.store.verify().ok()).isTrue();
    }

    private void tapDial() {
        tap("countdownDial");
        // The dial's tap guard takes a second tap within its window for the same tap.
        kiosk.ticker.advanceMillis(700);
    }

    private void advance(Duration by) {
        kiosk.ticker.advance(by);
        GuiActionRunner.execute(() -> kiosk.wakes.fire());
        kiosk.window.robot().waitForIdle();
    }

    /** Taps the showing component of that name, which must lie wholly on the screen, and waits for the tap. */
    private void tap(String name) {
        Component target = kiosk.window.robot().finder().findByName(kiosk.controller.frame(), name, true);
        Rectangle onScreen = edt(() -> {
            if (target instanceof JComponent component) {
                component.scrollRectToVisible(new Rectangle(0, 0, target.getWidth(), target.getHeight()));
            }
            Rectangle bounds = target.getBounds();
            bounds.setLocation(0, 0);
            Rectangle visible = ((JComponent) target).getVisibleRect();
            Rectangle shown = SwingUtilities.convertRectangle(target, visible, null);
            java.awt.Point origin = target.getLocationOnScreen();
            return new Rectangle(origin.x + visible.x, origin.y + visible.y, shown.width, shown.height);
        });
        assertThat(screen.contains(onScreen)).as(name + " at " + onScreen + " lies on the screen " + screen).isTrue();
        assertThat(onScreen.width).as(name + " is visible").isPositive();
        int before = released.get();
        kiosk.window.robot().click(target);
        Pause.pause(new Condition("tap on " + name + " handled") {
            @Override
            public boolean test() {
                return released.get() > before;
            }
        }, WAIT);
        GuiActionRunner.execute(() -> null);
    }

    private static void waitFor(String description, java.util.function.BooleanSupplier condition) {
        SessionFlowFixture.waitFor(description, condition);
    }

    private static <T> T edt(java.util.concurrent.Callable<T> read) {
        return GuiActionRunner.execute(read);
    }
}
