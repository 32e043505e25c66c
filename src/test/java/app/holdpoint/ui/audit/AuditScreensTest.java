package app.holdpoint.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.swing.JFrame;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.store.AuditFilter;
import app.holdpoint.store.AuditRow;
import app.holdpoint.ui.Frames;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.testsupport.Edt;
import java.awt.Graphics2D;

/**
 * The workspace at 1280x800 on a tampered demo history: the failing session is flagged in the list, the banner
 * says the record was altered, the detail names what fails. Each screen is written to {@code
 * target/screenshots} (or {@code -Dholdpoint.shots=DIR}; ./screenshots.sh sends them to docs/screenshots) to be looked at.
 */
@GuiTest
class AuditScreensTest {
    private static final Timeout WAIT = Timeout.timeout(30_000);

    @TempDir
    Path folder;
    private AuditFixture clinic;
    private Robot robot;
    private FrameFixture window;
    private AuditWorkspace workspace;
    private Theme theme;

    @BeforeEach
    void open() {
        clinic = new AuditFixture(folder, 120);
        theme = GuiActionRunner.execute(() -> Theme.install(Theme.Variant.DARK));
        robot = BasicRobot.robotWithNewAwtHierarchy();
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        } else {
            robot.cleanUp();
        }
        clinic.close();
    }

    private void show() {
        workspace = GuiActionRunner.execute(() -> new AuditWorkspace(clinic.store, clinic.catalog, theme,
                new Text(Locale.ENGLISH), clinic.reads, AuditFixture.CLOCK, Optional.of(() -> { }),
                Optional.empty()));
        JFrame frame = Frames.show(workspace, Frames.SCREEN);
        window = new FrameFixture(robot, frame);
        GuiActionRunner.execute(workspace::refresh);
        waitFor("the first page and the integrity check", () -> workspace.sessions().model().getRowCount() > 0
                && !workspace.sessions().model().loading() && workspace.integrity().result().isPresent());
    }

    private static void waitFor(String what, BooleanSupplier done) {
        Edt.waitFor(what, WAIT, done);
    }

    @Test
    void aTamperedSessionIsFlaggedInTheListAndItsDetailSaysWhatFails() throws SQLException, IOException {
        AuditRow victim = clinic.store.audit(AuditFilter.all(), Optional.empty(), 5).rows().get(2);
        clinic.tamper("UPDATE therapy_session SET note = 'edited later' WHERE id = " + victim.id());
        show();
        // The edited note, and the two append-only triggers dropped to make the edit: each a problem of its own.
        assertThat(window.label("auditIntegrity").text()).startsWith("\u26A0 Record altered: 3 problem(s) in 1 session");
        assertThat(window.table("auditTable").valueAt(TableCell.row(2).column(8)))
                .isEqualTo("\u26A0 FAILS");
        assertThat(window.table("auditTable").valueAt(TableCell.row(1).column(8)))
                .isNotEqualTo("\u26A0 FAILS");
        waitFor("the count", () -> window.label("auditCount").text().endsWith("sessions"));
        shot("audit-sessions-integrity-failure");
        window.table("auditTable").cell(TableCell.row(2).column(0)).doubleClick();
        waitFor("the detail", () -> window.label("auditDetailTitle").text().startsWith("Session " + victim.id()
                + " "));
        assertThat(window.textBox("auditDetailIntegrity").text()).contains("session " + victim.id()
                + ": its sealed content").contains("does not match its seal hash");
        shot("audit-detail-integrity-failure");
    }

    @Test
    void screensOfAnIntactRecord() throws IOException {
        show();
        waitFor("the count", () -> window.label("auditCount").text().endsWith("sessions"));
        shot("audit-sessions");
        AuditRow deviating = clinic.store.audit(new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), true), Optional.empty(), 1).rows().get(0);
        int row = GuiActionRunner.execute(() -> {
            for (int i = 0; i < workspace.sessions().model().getRowCount(); i++) {
                if (workspace.sessions().model().row(i).id() == deviating.id()) {
                    return i;
                }
            }
            return -1;
        });
        window.table("auditTable").selectRows(row);
        window.button("auditOpen").click();
        waitFor("the detail", () -> window.label("auditDetailTitle").text().startsWith("Session "
                + deviating.id() + " "));
        shot("audit-detail");
        GuiActionRunner.execute(() -> {
            JComponent content = workspace.detail().content();
            content.scrollRectToVisible(window.panel("auditPhaseChart").target().getBounds());
        });
        shot("audit-detail-chart");
        window.button("auditAddAddendum").click();
        shot("audit-addendum");
        // FlatLaf's scroll bars keep zero-height arrow buttons: nothing to touch, so not counted.
        assertThat(Frames.touchTargetsSmallerThan(workspace, 64)).as("touch targets")
                .allMatch(target -> target.endsWith("x0") || target.contains(" 0x"));
        window.button("addendumCancel").click();
        window.button("auditBack").click();
        window.button("auditSummariesButton").click();
        waitFor("the summary", () -> window.label("auditSummaryHeading").text().startsWith("120 sessions"));
        shot("audit-summaries");
        window.button("auditSummaryBack").click();
        // A closed combo box opens wherever it is tapped (each is 66 px high and wider than 64), so its narrow
        // arrow is part of a larger target, not one of its own.
        assertThat(Frames.touchTargetsSmallerThan(workspace, 64)).as("touch targets of the list")
                .allMatch(target -> target.endsWith("x0") || target.contains(" 0x") || target.equals("null 28x64"));
        assertThat(GuiActionRunner.execute(() -> window.comboBox("auditTherapist").target().getHeight()))
                .isGreaterThanOrEqualTo(64);
    }

    private void shot(String name) throws IOException {
        robot.waitForIdle();
        BufferedImage image = GuiActionRunner.execute(() -> {
            JComponent root = (JComponent) ((JFrame) window.target()).getContentPane();
            BufferedImage painted = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = painted.createGraphics();
            root.paint(g);
            g.dispose();
            return painted;
        });
        Path dir = Path.of(System.getProperty("holdpoint.shots", "target/screenshots"));
        Files.createDirectories(dir);
        ImageIO.write(image, "png", dir.resolve(name + ".png").toFile());
    }
}
