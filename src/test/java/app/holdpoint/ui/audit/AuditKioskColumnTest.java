package app.holdpoint.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

import javax.swing.JFrame;
import javax.swing.JTable;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.protocol.Side;
import app.holdpoint.store.Database;
import app.holdpoint.store.JdbcSessionStore;
import app.holdpoint.store.NewSession;
import app.holdpoint.store.Role;
import app.holdpoint.store.Stores;
import app.holdpoint.store.Therapist;
import app.holdpoint.testsupport.TestProtocols;
import app.holdpoint.testsupport.TestStores;
import app.holdpoint.ui.Frames;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.testsupport.Edt;

/** The session table's Kiosk column shows only on a record with sessions from more than one kiosk. */
@GuiTest
class AuditKioskColumnTest {
    private static final Timeout WAIT = Timeout.timeout(30_000);
    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC);
    private static final char[] PIN = "2468".toCharArray();

    @TempDir
    Path folder;
    private final ExecutorService reads = Executors.newSingleThreadExecutor();
    private Robot robot;
    private FrameFixture window;
    private AuditWorkspace workspace;

    @AfterEach
    void cleanUp() {
        if (window != null) {
            window.cleanUp();
        } else if (robot != null) {
            robot.cleanUp();
        }
        reads.shutdownNow();
    }

    /** A session begun on kiosk {@code kioskId}, in the one record in {@code folder}. */
    private void sessionOn(String kioskId, String client) {
        try (JdbcSessionStore store = new JdbcSessionStore(Database.open(folder, Optional.empty()),
                TestStores.fastPins(kioskId, CLOCK))) {
            Therapist ben = store.therapist("Ben").orElseGet(() -> Stores.await(store.createTherapist("Ben",
                    Role.THERAPIST, PIN)));
            Stores.await(store.beginSession(new NewSession(ben.id(), client, Optional.of(Side.LEFT),
                    TestProtocols.first(), T0, OptionalInt.of(5), List.of(), Optional.empty(), true)));
        }
    }

    private JdbcSessionStore openWorkspace() {
        JdbcSessionStore store = new JdbcSessionStore(Database.open(folder, Optional.empty()),
                TestStores.fastPins("office", CLOCK));
        Theme theme = GuiActionRunner.execute(() -> Theme.install(Theme.Variant.DARK));
        robot = BasicRobot.robotWithNewAwtHierarchy();
        workspace = GuiActionRunner.execute(() -> new AuditWorkspace(store, TestProtocols.catalog(), theme,
                new Text(Locale.ENGLISH), reads, CLOCK, Optional.empty(), Optional.of(folder)));
        JFrame frame = Frames.show(workspace, Frames.SCREEN);
        window = new FrameFixture(robot, frame);
        GuiActionRunner.execute(workspace::refresh);
        waitFor("the first page", () -> workspace.sessions().model().getRowCount() > 0
                && !workspace.sessions().model().loading());
        return store;
    }

    private static void waitFor(String what, BooleanSupplier done) {
        Edt.waitFor(what, WAIT, done);
    }

    private List<String> headers() {
        return GuiActionRunner.execute(() -> {
            JTable table = workspace.sessions().table();
            List<String> names = new ArrayList<>();
            for (int view = 0; view < table.getColumnCount(); view++) {
                names.add(table.getColumnName(view));
            }
            return names;
        });
    }

    @Test
    void aRecordOfOneKioskHasNoKioskColumn() {
        sessionOn("kiosk@room-1", "C-1");
        sessionOn("kiosk@room-1", "C-2");
        try (JdbcSessionStore store = openWorkspace()) {
            assertThat(store.auditKiosks()).isEqualTo(1);
            assertThat(headers()).doesNotContain("Kiosk").startsWith("Date", "Therapist");
        }
    }

    @Test
    void aRecordOfTwoKiosksShowsWhichKioskEachSessionCameFrom() {
        sessionOn("kiosk@room-1", "C-1");
        sessionOn("kiosk@room-2", "C-2");
        try (JdbcSessionStore store = openWorkspace()) {
            assertThat(store.auditKiosks()).isEqualTo(2);
            waitFor("the Kiosk column", () -> workspace.sessions().kioskColumnShown());
            assertThat(headers()).startsWith("Date", "Kiosk", "Therapist").hasSize(10);
            List<String> kiosks = GuiActionRunner.execute(() -> {
                JTable table = workspace.sessions().table();
                List<String> shown = new ArrayList<>();
                for (int row = 0; row < table.getRowCount(); row++) {
                    shown.add(table.getValueAt(row, 1) + " " + table.getValueAt(row, 4));
                }
                return shown;
            });
            assertThat(kiosks).containsExactlyInAnyOrder("kiosk@room-1 C-1", "kiosk@room-2 C-2");
        }
    }
}
