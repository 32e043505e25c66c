package app.holdpoint.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Container;
import java.awt.event.KeyEvent;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.swing.JLabel;

import org.junit.jupiter.api.Test;

import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.store.Stores;
import app.holdpoint.session.EventType;
import app.holdpoint.session.SessionEvent;
import app.holdpoint.store.Role;
import app.holdpoint.store.SessionRecord;
import app.holdpoint.store.SessionStatus;
import app.holdpoint.store.Therapist;
import app.holdpoint.testsupport.Components;
import app.holdpoint.testsupport.Edt;
import app.holdpoint.testsupport.SessionWalk;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.shell.KioskController.Screen;
import app.holdpoint.ui.shell.KioskFixture;
import java.awt.Component;

/**
 * The whole kiosk as a therapist meets it, by taps on the real window with a fake ticker: first start (the
 * administrator is created), sign-in, protocol choice, screening, a session with pause, +15 s, back, skip,
 * mark release, confirmations and a rating, pain after, signing, summary and back to the picker — then what
 * the database holds.
 */
@GuiTest
class KioskWalkTest extends KioskWalkCase {
    @Test
    void firstStartToASignedSessionAndBackToThePicker() {
        kiosk = new KioskFixture(data, SessionFlowFixture.library(), data).start();
        taps = KioskTaps.on(kiosk);

        // First start: no one can sign in yet, so the first administrator is created.
        kiosk.waitForScreen(Screen.FIRST_ADMIN);
        taps.tap("firstAdmin.begin");
        for (String key : new String[] {"A", "N", "N", "A", "space", "L", "E", "E"}) {
            taps.tap("key." + key);
        }
        taps.tap("firstAdmin.next");
        KioskFixture.enterPin(kiosk.window.panel("firstAdmin.pin"), "1357");
        // The pad is replaced for the second entry: type on the new one once the kiosk asks again.
        String askedAgain = kiosk.text.get("first.pinAgain", "Anna Lee").substring(0, 20);
        kiosk.waitUntil("the PIN is asked again", () -> ((JLabel) Components.named(
                kiosk.named("firstAdmin.pin", Container.class), "pinEntry.title")).getText().contains(askedAgain));
        KioskFixture.enterPin(kiosk.window.panel("firstAdmin.pin"), "1357");
        // The recovery code, shown once: written down, then on to sign-in.
        kiosk.waitUntil("the recovery code is shown", () -> kiosk.named("firstAdmin.code.done",
                Component.class).isShowing());
        taps.tap("firstAdmin.code.done");

        // The fixture protocol has needling: the administrator records her own dry-needling credential, which
        // the kiosk reads at the next sign-in.
        kiosk.signIn("Anna Lee", "1357");
        kiosk.waitForScreen(Screen.PICKER);
        long anna = kiosk.services.store().therapist("Anna Lee").orElseThrow().id();
        Stores.await(kiosk.services.store().grantDryNeedling("Anna Lee", "Test", Optional.empty(), anna));
        taps.tap("picker.signOut");

        // Sign in, choose the protocol.
        kiosk.signIn("Anna Lee", "1357");
        kiosk.waitForScreen(Screen.PICKER);
        taps.tap("protocol." + SessionFlowFixture.FIXTURE_ID);
        kiosk.waitForScreen(Screen.FLOW);
        SessionFlow flow = Edt.call(() -> kiosk.controller.sessionFlow());
        Protocol protocol = kiosk.services.library().byId(SessionFlowFixture.FIXTURE_ID).orElseThrow();

        // Before the session: reference, side, screening (all no), consent, pain before.
        SessionWalk.prepare(protocol, "KM-0412", 6, taps::tap);
        waitFor("the runner", () -> SessionFlow.Card.RUNNER.equals(flow.shown()));
        assertThat(Edt.call(flow::inSession)).isTrue();

        // 0 DO 10:00: pause (time stands still), resume by tapping the dial, +15 s.
        assertThat(kind(flow)).isEqualTo(PhaseKind.INSTRUCT);
        taps.advance(Duration.ofSeconds(60));
        taps.tap("runner.pause");
        taps.advance(Duration.ofMinutes(3));
        assertThat(Edt.call(() -> flow.runnerScreen().dial().digits())).isEqualTo("9:00");
        taps.tapDial();
        taps.tap("runner.extend");
        assertThat(Edt.call(() -> flow.runnerScreen().dial().digits())).isEqualTo("9:15");
        taps.advance(Duration.ofSeconds(9 * 60 + 15));

        // 1 PRESS, 2 RELAX (back after 5 s repeats it), 3 PRESS skipped, 4 PRESS until release.
        assertThat(kind(flow)).isEqualTo(PhaseKind.PRESS);
        taps.advance(Duration.ofSeconds(90));
        assertThat(kind(flow)).isEqualTo(PhaseKind.RELAX);
        taps.advance(Duration.ofSeconds(5));
        taps.tap("runner.back");
        taps.advance(Duration.ofSeconds(30));
        assertThat(kind(flow)).isEqualTo(PhaseKind.PRESS);
        taps.tap("runner.skip");
        taps.advance(Duration.ofSeconds(35));
        taps.tapDial();
        assertThat(kind(flow)).isEqualTo(PhaseKind.RELAX);
        taps.advance(Duration.ofSeconds(30));

        // 6..11 SPRAY confirmed (the last by a pedal key), STRETCH 0:30, three times.
        for (int cycle = 0; cycle < 3; cycle++) {
            assertThat(kind(flow)).isEqualTo(PhaseKind.SPRAY);
            if (cycle == 2) {
                // A pedal sends a key to the focused window: the kiosk's, once the robot has focused it.
                kiosk.window.focus();
                taps.press(KeyEvent.VK_PAGE_DOWN);
                kiosk.ticker.advanceMillis(700);
            } else {
                taps.tapDial();
            }
            assertThat(kind(flow)).isEqualTo(PhaseKind.STRETCH);
            taps.advance(Duration.ofSeconds(30));
        }
        taps.advance(Duration.ofMinutes(10));
        taps.advance(Duration.ofSeconds(36));
        taps.advance(Duration.ofSeconds(30));

        // Needles in (counted), retained, out, haemostasis, then the pain rating and home care.
        assertThat(kind(flow)).isEqualTo(PhaseKind.NEEDLE);
        taps.tapDial();
        taps.tap("count.confirm");
        taps.advance(Duration.ofMinutes(5));
        taps.tapDial();
        taps.tap("count.confirm");
        taps.advance(Duration.ofSeconds(60));
        assertThat(kind(flow)).isEqualTo(PhaseKind.RATE);
        taps.tapDial();
        taps.tap("pain.3");
        taps.tap("rating.record");
        assertThat(kind(flow)).isEqualTo(PhaseKind.HOME_CARE);
        taps.tapDial();

        // Finish: pain after, sign with the PIN, the summary, back to the picker.
        long id = taps.signAndFinish(flow, "1357");

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
        return Edt.call(() -> flow.runnerScreen().display().kind().orElseThrow());
    }
}
