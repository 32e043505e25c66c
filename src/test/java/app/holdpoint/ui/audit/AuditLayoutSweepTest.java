package app.holdpoint.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.holdpoint.store.AuditFilter;
import app.holdpoint.testsupport.Edt;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import app.holdpoint.ui.Frames;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.LayoutCheck;
import app.holdpoint.ui.ScreenSize;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.Rectangle;

/**
 * The audit workspace at every screen size, in both themes, on the shipped library: the sessions list (a
 * therapist's name that is not ASCII, the longest protocol ids), the date calendar, a session with deviations
 * and an addendum (top and bottom), the summaries and the addendum form. Every screen passes {@link
 * LayoutCheck} and is written to {@code target/layout-sweep/audit-*.png} to be looked at.
 */
@GuiTest
class AuditLayoutSweepTest {
    private static final Timeout WAIT = Timeout.timeout(60_000);
    private static final Path SHOTS = Path.of("target", "layout-sweep");

    @TempDir
    static Path folder;
    @TempDir
    static Path tamperedFolder;
    static SweepClinic clinic;
    static AuditFixture tampered;
    static long victim;

    private Robot robot;
    private FrameFixture window;
    private AuditWorkspace workspace;
    private final List<String> problems = new ArrayList<>();
    private Path shots = SHOTS;

    @BeforeAll
    static void history() throws SQLException {
        clinic = new SweepClinic(folder);
        tampered = new AuditFixture(tamperedFolder, 40);
        victim = tampered.store.audit(AuditFilter.all(), Optional.empty(), 5).rows().get(1).id();
        tampered.tamper("UPDATE therapy_session SET note = 'edited later' WHERE id = " + victim);
    }

    @AfterAll
    static void close() {
        clinic.close();
        tampered.close();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("screens")
    void anAlteredRecordFitsToo(ScreenSize size, Theme.Variant variant) throws IOException {
        Theme theme = Frames.installFor(size, variant);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        workspace = GuiActionRunner.execute(() -> new AuditWorkspace(tampered.store, tampered.catalog, theme,
                new Text(Locale.ENGLISH), tampered.reads, AuditFixture.CLOCK, Optional.of(() -> { }),
                Optional.empty()));
        JFrame frame = Frames.show(workspace, size);
        window = new FrameFixture(robot, frame);
        GuiActionRunner.execute(workspace::refresh);
        waitFor("the first page and the failed integrity check", () -> workspace.sessions().model()
                .getRowCount() > 0 && !workspace.sessions().model().loading()
                && workspace.integrity().result().filter(r -> !r.ok()).isPresent());
        String tag = size.label() + "-" + variant.name().toLowerCase(Locale.ROOT);
        check(theme, "integrity-sessions", tag);
        GuiActionRunner.execute(() -> {
            workspace.sessions().table().getSelectionModel().setSelectionInterval(1, 1);
            return null;
        });
        tap("auditOpen");
        waitFor("the altered session", () -> window.label("auditDetailTitle").target().getText()
                .startsWith("Session " + victim + " ") && workspace.detail().content().getComponentCount() > 0);
        check(theme, "integrity-detail", tag);
        assertThat(problems).as("layout problems of an altered record at " + tag).isEmpty();
    }

    @AfterEach
    void cleanUp() {
        if (window != null) {
            window.cleanUp();
        } else if (robot != null) {
            robot.cleanUp();
        }
    }

    static Stream<Arguments> screens() {
        return Stream.of(ScreenSize.values()).flatMap(size -> Stream.of(Theme.Variant.values())
                .map(variant -> Arguments.of(size, variant)));
    }

    /** Every size in both themes in English; German (longer words) at the design size, portrait and 1024x600. */
    static Stream<Arguments> screensInBothLanguages() {
        Stream<Arguments> english = screens().map(a -> Arguments.of(a.get()[0], a.get()[1], Locale.ENGLISH));
        Stream<Arguments> german = ScreenSize.GERMAN_PASS.stream()
                .map(size -> Arguments.of(size, Theme.Variant.DARK, Locale.GERMAN));
        return Stream.concat(english, german).filter(a -> ScreenSize.languageSwept((Locale) a.get()[2]));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("screensInBothLanguages")
    void everyAuditScreenFits(ScreenSize size, Theme.Variant variant, Locale language) throws IOException {
        Theme theme = Frames.installFor(size, variant);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        Text text = new Text(language);
        shots = ScreenSize.shots(SHOTS, language);
        String sessionsWord = text.get("audit.count", 0).replace("0", "").strip();
        String featuredTitle = text.get("audit.detail.title", clinic.featured, "", "");
        String featuredPrefix = featuredTitle.substring(0, featuredTitle.indexOf(String.valueOf(clinic.featured))
                + String.valueOf(clinic.featured).length() + 1);
        workspace = GuiActionRunner.execute(() -> new AuditWorkspace(clinic.store, clinic.catalog, theme,
                text, clinic.reads, SweepClinic.CLOCK, Optional.of(() -> { }),
                Optional.of(folder)));
        JFrame frame = Frames.show(workspace, size);
        window = new FrameFixture(robot, frame);
        GuiActionRunner.execute(workspace::refresh);
        waitFor("the first page, the count and the integrity check", () -> workspace.sessions().model()
                .getRowCount() > 0 && !workspace.sessions().model().loading()
                && workspace.integrity().result().isPresent()
                && window.label("auditCount").target().getText().endsWith(sessionsWord));
        String tag = size.label() + "-" + variant.name().toLowerCase(Locale.ROOT);
        check(theme, "sessions", tag);

        tap("auditFromCalendar");
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> {
            Component grid = workspace.sessions().filters().fromCalendar().grid();
            return grid.isShowing() + " " + (SwingUtilities.getWindowAncestor(grid) == window.target());
        })).as("the calendar shows inside the window").isEqualTo("true true");
        check(theme, "calendar", tag);
        GuiActionRunner.execute(() -> workspace.sessions().filters().closeCalendars());

        GuiActionRunner.execute(() -> {
            workspace.sessions().table().getSelectionModel().setSelectionInterval(0, 0);
            return null;
        });
        assertThat(GuiActionRunner.execute(() -> workspace.sessions().model().row(0).therapist()))
                .isEqualTo(SweepClinic.THERAPIST);
        tap("auditOpen");
        waitFor("the featured session", () -> window.label("auditDetailTitle").target().getText()
                .startsWith(featuredPrefix) && workspace.detail().content()
                .getComponentCount() > 0);
        check(theme, "detail", tag);
        String sideWords = " \u00B7 " + text.get("side.left");
        assertThat(GuiActionRunner.execute(() -> Arrays.stream(workspace.detail().content()
                .getComponents()).anyMatch(c -> c instanceof JTextComponent value
                        && value.getText().endsWith(sideWords))))
                .as("the protocol line names the side in the kiosk's language").isTrue();
        boolean yes = GuiActionRunner.execute(() -> {
            for (Component c : workspace.detail().content().getComponents()) {
                if (c.getName() != null && c.getName().startsWith("auditAnswer.")
                        && ((JLabel) c).getText().contains(text.get("audit.yes"))) {
                    Rectangle at = c.getBounds();
                    at.height += workspace.detail().content().getVisibleRect().height / 2;
                    workspace.detail().content().scrollRectToVisible(at);
                    return true;
                }
            }
            return false;
        });
        assertThat(yes).as("the featured session has a yes answer").isTrue();
        check(theme, "detail-yes", tag);
        assertThat(GuiActionRunner.execute(() -> Arrays.stream(workspace.detail().content()
                .getComponents()).filter(c -> c.getName() != null && c.getName().startsWith("auditCarried."))
                .count())).as("answers carried over are named with their source").isPositive();
        assertThat(GuiActionRunner.execute(() -> Arrays.stream(workspace.detail().content()
                .getComponents()).filter(c -> "auditPrecautionApplied".equals(c.getName())).count()))
                .as("the precaution lines applied").isPositive();
        GuiActionRunner.execute(() -> {
            Component phases = window.table("auditPhases").target();
            workspace.detail().content().scrollRectToVisible(SwingUtilities.convertRectangle(
                    phases.getParent(), phases.getBounds(), workspace.detail().content()));
        });
        check(theme, "detail-phases", tag);
        GuiActionRunner.execute(() -> {
            JComponent content = workspace.detail().content();
            content.scrollRectToVisible(new Rectangle(0, content.getHeight() - 1, 1, 1));
        });
        check(theme, "detail-end", tag);

        tap("auditAddAddendum");
        waitFor("the therapists who may sign", () -> window.list("addendumAuthor").target().getModel()
                .getSize() > 0);
        check(theme, "addendum", tag);
        tap("addendumCancel");
        tap("auditBack");

        tap("auditSummariesButton");
        waitFor("the summary", () -> window.label("auditSummaryHeading").target().getText().contains(sessionsWord));
        check(theme, "summaries", tag);

        assertThat(problems).as("layout problems of the audit workspace at " + tag).isEmpty();
    }

    /** Presses a button as a tap would; the sweep is about layout, so it does not depend on the pointer. */
    private void tap(String name) {
        JButton button = window.button(name).target();
        GuiActionRunner.execute(() -> button.doClick());
        robot.waitForIdle();
    }

    private void check(Theme theme, String screen, String tag) throws IOException {
        robot.waitForIdle();
        JComponent root = GuiActionRunner.execute(() -> ((JFrame) window.target()).getRootPane());
        for (String problem : LayoutCheck.problems(root, theme.touchMinimum())) {
            problems.add(screen + ": " + problem);
        }
        BufferedImage image = GuiActionRunner.execute(() -> {
            BufferedImage painted = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = painted.createGraphics();
            root.paint(g);
            g.dispose();
            return painted;
        });
        Files.createDirectories(shots);
        ImageIO.write(image, "png", shots.resolve("audit-" + screen + "-" + tag + ".png").toFile());
    }

    private static void waitFor(String what, BooleanSupplier done) {
        Edt.waitFor(what, WAIT, done);
    }
}
