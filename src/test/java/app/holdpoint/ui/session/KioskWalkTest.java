package app.holdpoint.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.swing.JComponent;

import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.store.Stores;
import app.holdpoint.session.EventType;
import app.holdpoint.session.SessionEvent;
import app.holdpoint.store.Role;
import app.holdpoint.store.SessionRecord;
import app.holdpoint.store.SessionStatus;
import app.holdpoint.store.Therapist;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.shell.KioskController.Screen;
import app.holdpoint.ui.shell.KioskFixture;

/**
 * The whole kiosk as a therapist meets it, by taps on the real window with a fake ticker: first start (the
 * administrator is created), sign-in, protocol choice, screening, a session with pause, +15 s, back, skip,
 * mark release, confirmations and a rating, pain after, signing, summary and back to the picker — then what
 * the database holds.
 */
@GuiTest
class KioskWalkTest {
    private static final Timeout WAIT = Timeout.timeout(20_000);

    @TempDir
    Path data;
    private KioskFixture kiosk;
    private final AtomicInteger released = new AtomicInteger();
    private final AWTEventListener releases = event -> {
        if (event.getID() == MouseEvent.MOUSE_RELEASED || event.getID() == KeyEvent.KEY_RELEASED) {
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
    void firstStartToASignedSessionAndBackToThePicker() {
        kiosk = new KioskFixture(data, SessionFlowFixture.library(), data).start();
        // The defaults pace a robot for a human to watch; here each event only needs to be handled.
        kiosk.window.robot().settings().delayBetweenEvents(10);
        kiosk.window.robot().settings().eventPostingDelay(20);
        Toolkit.getDefaultToolkit().addAWTEventListener(releases,
                java.awt.AWTEvent.MOUSE_EVENT_MASK | java.awt.AWTEvent.KEY_EVENT_MASK);

        // First start: no one can sign in yet, so the first administrator is created.
        kiosk.waitForScreen(Screen.FIRST_ADMIN);
        for (String key : new String[] {"A", "N", "N", "A", "space", "L", "E", "E"}) {
            tap("key." + key);
        }
        tap("firstAdmin.next");
        KioskFixture.enterPin(kiosk.window.panel("firstAdmin.pin"), "1357");
        KioskFixture.enterPin(kiosk.window.panel("firstAdmin.pin"), "1357");
        // The recovery code, shown once: written down, then on to sign-in.
        kiosk.waitUntil("the recovery code is shown", () -> kiosk.named("firstAdmin.code.done",
                java.awt.Component.class).isShowing());
        tap("firstAdmin.code.done");

        // The fixture protocol has needling: the administrator records her own dry-needling credential, which
        // the kiosk reads at the next sign-in.
        kiosk.signIn("Anna Lee", "1357");
        kiosk.waitForScreen(Screen.PICKER);
        long anna = kiosk.services.store().therapist("Anna Lee").orElseThrow().id();
        Stores.await(kiosk.services.store().grantDryNeedling("Anna Lee", "Test", java.util.Optional.empty(), anna));
        tap("picker.signOut");

        // Sign in, choose the protocol.
        kiosk.signIn("Anna Lee", "1357");
        kiosk.waitForScreen(Screen.PICKER);
        tap("protocol." + SessionFlowFixture.FIXTURE_ID);
        kiosk.waitForScreen(Screen.FLOW);
        SessionFlow flow = edt(() -> kiosk.controller.sessionFlow());
        Protocol protocol = kiosk.services.library().byId(SessionFlowFixture.FIXTURE_ID).orElseThrow();

        // Before the session: reference, side, screening (all no), consent, pain before.
        for (char c : "KM-0412".toCharArray()) {
            tap("key." + c);
        }
        if (protocol.asksSide()) {
            tap("prepare.side.LEFT");
        }
        tap("prepare.tab.screening");
        protocol.screening().forEach(question -> tap("screening." + question.id() + ".no"));
        tap("prepare.tab.pain");
        if (protocol.consentRequired()) {
            tap("prepare.consent");
        }
        tap("pain.6");
        tap("prepare.start");
        waitFor("the runner", () -> SessionFlow.Card.RUNNER.equals(flow.shown()));
        assertThat(edt(flow::inSession)).isTrue();

        // 0 DO 10:00: pause (time stands still), resume by tapping the dial, +15 s.
        assertThat(kind(flow)).isEqualTo(PhaseKind.INSTRUCT);
        advance(Duration.ofSeconds(60));
        tap("runner.pause");
        advance(Duration.ofMinutes(3));
        assertThat(edt(() -> flow.runnerScreen().dial().digits())).isEqualTo("9:00");
        tapDial();
        tap("runner.extend");
        assertThat(edt(() -> flow.runnerScreen().dial().digits())).isEqualTo("9:15");
        advance(Duration.ofSeconds(9 * 60 + 15));

        // 1 PRESS, 2 RELAX (back after 5 s repeats it), 3 PRESS skipped, 4 PRESS until release.
        assertThat(kind(flow)).isEqualTo(PhaseKind.PRESS);
        advance(Duration.ofSeconds(90));
        assertThat(kind(flow)).isEqualTo(PhaseKind.RELAX);
        advance(Duration.ofSeconds(5));
        tap("runner.back");
        advance(Duration.ofSeconds(30));
        assertThat(kind(flow)).isEqualTo(PhaseKind.PRESS);
        tap("runner.skip");
        advance(Duration.ofSeconds(35));
        tapDial();
        assertThat(kind(flow)).isEqualTo(PhaseKind.RELAX);
        advance(Duration.ofSeconds(30));

        // 6..11 SPRAY confirmed (the last by a pedal key), STRETCH 0:30, three times.
        for (int cycle = 0; cycle < 3; cycle++) {
            assertThat(kind(flow)).isEqualTo(PhaseKind.SPRAY);
            if (cycle == 2) {
                // A pedal sends a key to the focused window: the kiosk's, once the robot has focused it.
                kiosk.window.focus();
                press(KeyEvent.VK_PAGE_DOWN);
                kiosk.ticker.advanceMillis(700);
            } else {
                tapDial();
            }
            assertThat(kind(flow)).isEqualTo(PhaseKind.STRETCH);
            advance(Duration.ofSeconds(30));
        }
        advance(Duration.ofMinutes(10));
        advance(Duration.ofSeconds(36));
        advance(Duration.ofSeconds(30));

        // Needles in (counted), retained, out, haemostasis, then the pain rating and home care.
        assertThat(kind(flow)).isEqualTo(PhaseKind.NEEDLE);
        tapDial();
        tap("count.confirm");
        advance(Duration.ofMinutes(5));
        tapDial();
        tap("count.confirm");
        advance(Duration.ofSeconds(60));
        assertThat(kind(flow)).isEqualTo(PhaseKind.RATE);
        tapDial();
        tap("pain.3");
        tap("rating.record");
        assertThat(kind(flow)).isEqualTo(PhaseKind.HOME_CARE);
        tapDial();

        // Finish: pain after, sign with the PIN, the summary, back to the picker.
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

        Therapist admin = kiosk.store.therapist("Anna Lee").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        SessionRecord record = kiosk.store.session(id).orElseThrow();
        assertThat(record.status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(record.therapist()).isEqualTo("Anna Lee");
        assertThat(record.protocolId()).isEqualTo(SessionFlowFixture.FIXTURE_ID);
        assertThat(record.clientRef()).isEqualTo("KM-0412");
        assertThat(record.painBefore()).hasValue(6);
        assertThat(record.painAfter()).hasValue(2);
        assertThat(record.signedBy()).contains("Anna Lee");
        assertThat(record.sealed()).isTrue();
        assertThat(record.summary().orElseThrow().skipped()).isEqualTo(1);
        assertThat(record.summary().orElseThrow().extended()).isEqualTo(1);
        List<SessionEvent> events = kiosk.store.events(id);
        assertThat(events).extracting(SessionEvent::type).contains(EventType.PAUSED, EventType.RESUMED,
                EventType.EXTENDED, EventType.BACK, EventType.RELEASE_MARKED, EventType.CONFIRMED,
                EventType.RATED, EventType.SESSION_COMPLETED);
        assertThat(events).filteredOn(e -> e.type() == EventType.RATED).extracting(SessionEvent::detail)
                .containsExactly("3");
        assertThat(kiosk.store.verify().ok()).isTrue();
    }

    private PhaseKind kind(SessionFlow flow) {
        return edt(() -> flow.runnerScreen().display().kind().orElseThrow());
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

    /** Taps the showing component of that name and waits until the tap has been handled. */
    private void tap(String name) {
        Component target = kiosk.window.robot().finder().findByName(kiosk.controller.frame(), name, true);
        GuiActionRunner.execute(() -> {
            if (target instanceof JComponent) {
                ((JComponent) target).scrollRectToVisible(new Rectangle(0, 0, target.getWidth(),
                        target.getHeight()));
            }
        });
        int before = released.get();
        kiosk.window.robot().click(target);
        handled(before, "tap on " + name);
    }

    private void press(int keyCode) {
        int before = released.get();
        kiosk.window.robot().pressAndReleaseKey(keyCode);
        handled(before, "key " + KeyEvent.getKeyText(keyCode));
    }

    private void handled(int before, String what) {
        Pause.pause(new Condition(what + " handled") {
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
