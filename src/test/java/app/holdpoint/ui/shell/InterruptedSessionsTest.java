package app.holdpoint.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.swing.JButton;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.store.Role;
import app.holdpoint.store.SessionRecord;
import app.holdpoint.store.SessionStatus;
import app.holdpoint.store.Therapist;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.common.PinEntry;
import app.holdpoint.ui.shell.KioskController.Screen;

@GuiTest
class InterruptedSessionsTest {
    @TempDir
    Path data;
    private KioskFixture kiosk;
    private final AtomicLong id = new AtomicLong();

    @BeforeEach
    void open() {
        KioskFixture.seed(data, store -> {
            KioskFixture.therapist(store, "Admin", Role.ADMIN, "9999");
            Therapist tom = KioskFixture.therapist(store, "Tom", Role.THERAPIST, "2468");
            id.set(KioskFixture.runningSession(store, tom, "KM-0412", 2));
        });
        kiosk = new KioskFixture(data).start();
        kiosk.waitForScreen(Screen.INTERRUPTED);
        kiosk.waitUntil("the session is listed", () -> kiosk.controller.frame().getRootPane() != null
                && findRow());
    }

    private boolean findRow() {
        try {
            kiosk.named("interrupted.close." + id.get(), JButton.class);
            return true;
        } catch (AssertionError notYet) {
            return false;
        }
    }

    @AfterEach
    void close() {
        kiosk.close();
    }

    @Test
    void closedAsInterruptedWithTheTherapistsPinIsSealedAndSigned() {
        kiosk.window.button("interrupted.close." + id.get()).click();
        KioskFixture.enterPin(kiosk.window.panel("interrupted.pin"), "2468");

        kiosk.waitForScreen(Screen.SIGN_IN);
        SessionRecord closed = kiosk.store.session(id.get()).orElseThrow();
        assertThat(closed.status()).isEqualTo(SessionStatus.INTERRUPTED);
        assertThat(closed.sealed()).isTrue();
        assertThat(closed.signedBy()).contains("Tom");
        assertThat(closed.note()).contains(kiosk.text.get("interrupted.note", "Tom"));
        // It ended at its last recorded event (start + 4 s of its own time), not when it was closed.
        assertThat(closed.endedAt()).contains(KioskFixture.T0.plusSeconds(4));
        assertThat(closed.endedAt()).isNotEqualTo(Optional.of(kiosk.clock.instant()));
        assertThat(kiosk.store.findInterrupted()).isEmpty();
        assertThat(kiosk.store.verify().ok()).isTrue();
    }

    @Test
    void aWrongPinClosesNothing() {
        kiosk.window.button("interrupted.close." + id.get()).click();
        KioskFixture.enterPin(kiosk.window.panel("interrupted.pin"), "1111");
        kiosk.waitUntil("the wrong PIN is reported", () -> kiosk.named("interrupted.pin",
                PinEntry.class).messageText().startsWith("Wrong PIN"));
        assertThat(kiosk.store.session(id.get()).orElseThrow().status()).isEqualTo(SessionStatus.INTERRUPTED);
        assertThat(kiosk.store.session(id.get()).orElseThrow().sealed()).isFalse();
    }

    @Test
    void anAdministratorMayResumeAnotherTherapistsSession() {
        kiosk.window.button("interrupted.resume." + id.get()).click();
        kiosk.window.button("interrupted.adminInstead").click();
        KioskFixture.enterPin(kiosk.adminOverlay("Admin"), "9999");

        kiosk.waitForScreen(Screen.FLOW);
        assertThat(GuiActionRunner.execute(() -> kiosk.controller.sessionFlow().inSession())).isTrue();
        assertThat(GuiActionRunner.execute(() -> kiosk.controller.signedIn().orElseThrow().name()))
                .isEqualTo("Admin");
    }
}
