package app.holdpoint.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.swing.JFrame;
import javax.swing.JTextArea;

import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.session.EventType;
import app.holdpoint.session.SessionEvent;
import app.holdpoint.store.Stores;
import app.holdpoint.store.SealedTotals;
import app.holdpoint.testsupport.ClockNoteSessions;
import app.holdpoint.testsupport.TestProtocols;
import app.holdpoint.testsupport.TestStores;
import app.holdpoint.ui.Frames;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;
import java.awt.Component;
import java.awt.Container;

/** Issue 14: the audit workspace's session detail says what the clock did, as audit show does. */
@GuiTest
class DetailClockNotesTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant TODAY = Instant.parse("2026-11-27T10:00:00Z");

    @TempDir
    Path data;
    private final ExecutorService reads = Executors.newSingleThreadExecutor();
    private JFrame frame;

    @AfterEach
    void close() {
        reads.shutdownNow();
        if (frame != null) {
            GuiActionRunner.execute(frame::dispose);
        }
    }

    private void sessionAt(Stores.Opened opened, Instant start, List<SessionEvent> more) {
        ClockNoteSessions.endedEarly(opened.store(), start, more);
    }

    @Test
    void theDetailShowsTheStepInWordsAndTheSessionThatStartsBeforeThePreviousSeal() {
        Instant behind = TODAY.minus(Duration.ofDays(3)); // 11:00 in Berlin
        try (Stores.Opened opened = Stores.forKiosk(data, Optional.empty(),
                TestStores.fastPins("kiosk@test", Clock.fixed(TODAY.plusSeconds(120), BERLIN)))) {
            sessionAt(opened, TODAY, List.of());
            sessionAt(opened, behind, List.of(new SessionEvent(1, EventType.CLOCK_STEPPED, 13_000_000_000L,
                    behind.plusSeconds(13), -1, 0, 0, null, "-7205s")));
            Theme theme = GuiActionRunner.execute(() -> Theme.install(Theme.Variant.DARK));
            AtomicBoolean loaded = new AtomicBoolean();
            DetailPanel detail = GuiActionRunner.execute(() -> new DetailPanel(opened.store(),
                    TestProtocols.catalog(), theme, new Text(Locale.ENGLISH), reads,
                    Clock.fixed(TODAY, BERLIN), new DetailPanel.Actions() {
                        @Override
                        public void back() {
                        }

                        @Override
                        public void addAddendum(long sessionId) {
                        }
                    }));
            frame = Frames.show(detail, Frames.SCREEN);
            GuiActionRunner.execute(() -> {
                detail.onLoaded(() -> loaded.set(true));
                detail.show(2, SealedTotals.TOLERANCE, List::of);
            });
            Pause.pause(new Condition("the detail loaded") {
                @Override
                public boolean test() {
                    return loaded.get();
                }
            }, Timeout.timeout(30_000));
            String notes = GuiActionRunner.execute(() -> named(detail, "auditClockNotes").getText());
            assertThat(notes).isEqualTo("\u26A0 Clock moved back 2 h 0 min 5 s at 11:00 (wall clock step; times after"
                    + " it are computed from the session start)\n\u26A0 Clock moved back between sessions: session 2"
                    + " starts before session 1 was sealed (clock moved back?)");

            loaded.set(false);
            GuiActionRunner.execute(() -> detail.show(1, SealedTotals.TOLERANCE, List::of));
            Pause.pause(new Condition("session 1 loaded") {
                @Override
                public boolean test() {
                    return loaded.get();
                }
            }, Timeout.timeout(30_000));
            assertThat(GuiActionRunner.execute(() -> find(detail, "auditClockNotes"))).isNull();
        }
    }

    private static JTextArea named(Container root, String name) {
        JTextArea found = find(root, name);
        assertThat(found).as(name).isNotNull();
        return found;
    }

    private static JTextArea find(Container root, String name) {
        for (Component c : root.getComponents()) {
            if (c instanceof JTextArea area && name.equals(c.getName())) {
                return area;
            }
            if (c instanceof Container inner) {
                JTextArea found = find(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
