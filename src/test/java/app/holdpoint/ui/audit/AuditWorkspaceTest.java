package app.holdpoint.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.holdpoint.protocol.ScreeningQuestion;
import app.holdpoint.testsupport.Edt;
import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.Point;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import javax.swing.JFrame;
import javax.swing.JTable;
import javax.swing.JViewport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.Robot;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.store.Addendum;
import app.holdpoint.store.AuditFilter;
import app.holdpoint.store.AuditRow;
import app.holdpoint.store.NewSession;
import app.holdpoint.store.SessionRecord;
import app.holdpoint.store.SessionStatus;
import app.holdpoint.ui.Frames;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;

/** The workspace on a demo clinic's history: filter, sort, open a session, its deviations, an addendum. */
@GuiTest
class AuditWorkspaceTest {
    private static final Timeout WAIT = Timeout.timeout(30_000);

    @TempDir
    static Path folder;
    static AuditFixture clinic;

    private Theme theme;
    private Robot robot;
    private FrameFixture window;
    private AuditWorkspace workspace;

    @BeforeAll
    static void history() {
        clinic = new AuditFixture(folder, 260);
    }

    @AfterAll
    static void close() {
        clinic.close();
    }

    @BeforeEach
    void open() {
        theme = GuiActionRunner.execute(() -> Theme.install(Theme.Variant.DARK));
        robot = BasicRobot.robotWithNewAwtHierarchy();
        workspace = GuiActionRunner.execute(() -> new AuditWorkspace(clinic.store, clinic.catalog, theme,
                new Text(Locale.ENGLISH), clinic.reads, AuditFixture.CLOCK, Optional.of(() -> { }),
                Optional.of(folder)));
        JFrame frame = Frames.show(workspace, Frames.SCREEN);
        window = new FrameFixture(robot, frame);
        GuiActionRunner.execute(workspace::refresh);
        waitFor("the first page and the integrity check", () -> workspace.sessions().model().getRowCount() > 0
                && !workspace.sessions().model().loading() && workspace.integrity().result().isPresent());
    }

    @AfterEach
    void cleanUp() {
        if (window != null) {
            window.cleanUp();
        } else {
            robot.cleanUp();
        }
    }

    private static void waitFor(String what, BooleanSupplier done) {
        Edt.waitFor(what, WAIT, done);
    }

    private List<AuditRow> loadedRows() {
        return GuiActionRunner.execute(() -> {
            List<AuditRow> rows = new ArrayList<>();
            SessionTableModel model = workspace.sessions().model();
            for (int i = 0; i < model.getRowCount(); i++) {
                rows.add(model.row(i));
            }
            return rows;
        });
    }

    private void waitForList() {
        waitFor("the list to load", () -> !workspace.sessions().model().loading());
    }

    @Test
    void theFirstPageIsNewestFirstAndTheCountIsShown() {
        List<AuditRow> rows = loadedRows();
        assertThat(rows).hasSizeLessThanOrEqualTo(2 * SessionTableModel.PAGE).hasSizeGreaterThan(0);
        assertThat(rows).isSortedAccordingTo(Comparator.comparing(AuditRow::startedAt).reversed());
        waitFor("the count", () -> window.label("auditCount").text().endsWith("sessions"));
        window.label("auditCount").requireText("260 sessions");
        assertThat(window.label("auditIntegrity").text()).startsWith("\u2713 Record intact: 260 sessions");
    }

    @Test
    void scrollingToTheEndFetchesTheRestPageByPage() {
        JTableFixture table = window.table("auditTable");
        for (int i = 0; i < 6; i++) {
            int last = table.rowCount() - 1;
            GuiActionRunner.execute(() -> table.target().scrollRectToVisible(table.target().getCellRect(last, 0,
                    true)));
            waitForList();
        }
        assertThat(loadedRows()).extracting(AuditRow::id).doesNotHaveDuplicates().hasSize(260);
    }

    @Test
    void filteringByTherapistAndDeviationsShowsOnlyTheirSessions() {
        window.comboBox("auditTherapist").selectItem("Demo Ben Okafor");
        waitForList();
        window.checkBox("auditDeviationsOnly").click();
        waitForList();
        List<AuditRow> rows = loadedRows();
        long expected = clinic.store.auditCount(new AuditFilter(Optional.empty(), Optional.empty(),
                Optional.of("Demo Ben Okafor"), Optional.empty(), Optional.empty(), true));
        assertThat(rows).hasSize((int) expected).isNotEmpty()
                .allSatisfy(row -> {
                    assertThat(row.therapist()).isEqualTo("Demo Ben Okafor");
                    assertThat(row.summary().orElseThrow().deviations()).isPositive();
                });
        waitFor("the count", () -> window.label("auditCount").text().equals(expected + " sessions"));
    }

    @Test
    void aDateRangeBeforeTheHistoryIsEmptyAndABackwardsRangeIsNamed() {
        window.textBox("auditFrom").setText("2019-01-01");
        window.textBox("auditTo").setText("2019-12-31").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForList();
        assertThat(loadedRows()).isEmpty();
        window.textBox("auditFrom").setText("2026-05-01").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        assertThat(window.label("auditFilterProblem").text()).contains("before");
    }

    @Test
    void clickingTheTherapistHeaderSortsByNameAndAgainReverses() {
        JTableFixture table = window.table("auditTable");
        table.tableHeader().clickColumn(1);
        waitForList();
        List<AuditRow> sorted = loadedRows();
        assertThat(sorted).extracting(AuditRow::therapist).isSorted();
        assertThat(sorted.get(0).therapist()).isEqualTo("Demo Ana Ruiz");
        table.tableHeader().clickColumn(1);
        waitForList();
        List<AuditRow> reversed = loadedRows();
        assertThat(reversed.get(0).therapist()).isEqualTo("Demo Eva Lindqvist");
        assertThat(reversed).extracting(AuditRow::therapist).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void openingASessionWithASkipHighlightsTheDeviation() {
        window.checkBox("auditDeviationsOnly").click();
        window.comboBox("auditStatus").selectItem("completed");
        waitForList();
        List<AuditRow> rows = loadedRows();
        int index = -1;
        for (int i = 0; i < rows.size() && index < 0; i++) {
            if (rows.get(i).summary().orElseThrow().skipped() > 0) {
                index = i;
            }
        }
        assertThat(index).as("a completed session with a skip among " + rows.size()).isNotNegative();
        JTableFixture table = window.table("auditTable");
        table.cell(TableCell.row(index).column(0)).doubleClick();
        long id = rows.get(index).id();
        waitFor("the detail", () -> workspace.card().equals(AuditWorkspace.DETAIL)
                && window.label("auditDetailTitle").text().startsWith("Session " + id + " "));
        JTableFixture phases = window.table("auditPhases");
        int skipped = -1;
        String[][] contents = phases.contents();
        for (int i = 0; i < contents.length && skipped < 0; i++) {
            if (contents[i][6].contains("skipped")) {
                skipped = i;
            }
        }
        assertThat(skipped).as("a phase row naming the skip").isNotNegative();
        int row = skipped;
        Color background = GuiActionRunner.execute(() -> {
            JTable t = phases.target();
            Component c = t.prepareRenderer(t.getCellRenderer(row, 1), row, 1);
            return c.getBackground();
        });
        assertThat(background).isEqualTo(theme.color("Holdpoint.audit.deviation.background"));
        window.panel("auditPhaseChart").requireVisible();
    }

    @Test
    void anAddendumSignedWithAPinIsStoredAndShown() {
        AuditRow sealed = loadedRows().stream().filter(AuditRow::sealed).findFirst().orElseThrow();
        int before = clinic.store.addenda(sealed.id()).size();
        int index = loadedRows().indexOf(sealed);
        window.table("auditTable").selectRows(index);
        window.button("auditOpen").click();
        waitFor("the detail", () -> window.label("auditDetailTitle").text().startsWith("Session " + sealed.id() + " "));
        window.button("auditAddAddendum").click();
        waitFor("the therapists listed", () -> window.list("addendumAuthor").target().getModel().getSize() > 0);
        window.list("addendumAuthor").selectItem("Demo Chloe Martin");
        window.textBox("addendumText").enterText("Client called: pain stayed low for two days.");
        for (char c : "9999".toCharArray()) {
            window.button("key." + c).click();
        }
        window.button("addendumSave").click();
        waitFor("a wrong PIN named", () -> window.label("addendumMessage").text().startsWith("Wrong PIN"));
        assertThat(clinic.store.addenda(sealed.id())).hasSize(before);
        for (char c : "1234".toCharArray()) {
            window.button("key." + c).click();
        }
        window.button("addendumSave").click();
        waitFor("back on the detail with the addendum", () -> workspace.card().equals(AuditWorkspace.DETAIL)
                && window.label("auditDetailTitle").text().startsWith("Session " + sealed.id() + " ")
                && workspace.detail().content().getComponentCount() > 0);
        List<Addendum> addenda = clinic.store.addenda(sealed.id());
        assertThat(addenda).hasSize(before + 1);
        Addendum added = addenda.get(addenda.size() - 1);
        assertThat(added.author()).isEqualTo("Demo Chloe Martin");
        assertThat(added.text()).isEqualTo("Client called: pain stayed low for two days.");
        assertThat(added.hash()).hasSize(64);
        assertThat(clinic.store.verify().ok()).isTrue();
        waitFor("the addendum shown", () -> window.textBox("auditAddendum").text()
                .contains("Demo Chloe Martin: Client called"));
    }

    @Test
    void exportingCsvWritesTheFilteredSessionsIntoTheExportsFolder() throws IOException {
        window.comboBox("auditTherapist").selectItem("Demo Eva Lindqvist");
        waitForList();
        window.button("auditExportCsv").click();
        waitFor("the export", () -> window.label("auditListProblem").text().startsWith("Saved "));
        String message = window.label("auditListProblem").text();
        Path file = Path.of(message.substring(message.indexOf(" to ") + 4));
        assertThat(file.getParent()).isEqualTo(folder.resolve("holdpoint-exports"));
        List<String> lines = Files.readAllLines(file);
        long expected = clinic.store.auditCount(AuditFilter.all().withTherapist("Demo Eva Lindqvist"));
        assertThat(lines).hasSize((int) expected + 1);
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).contains(",Demo Eva Lindqvist,"));
    }

    /** Issue 14: "For Excel" beside CSV writes the same file with a UTF-8 byte-order mark first. */
    @Test
    void forExcelWritesTheSameCsvWithAByteOrderMark() throws IOException {
        window.comboBox("auditTherapist").selectItem("Demo Eva Lindqvist");
        waitForList();
        window.button("auditExportCsv").click();
        waitFor("the plain export", () -> window.label("auditListProblem").text().startsWith("Saved "));
        String plainMessage = window.label("auditListProblem").text();
        Path plain = Path.of(plainMessage.substring(plainMessage.indexOf(" to ") + 4));
        GuiActionRunner.execute(() -> workspace.sessions().message(" ", false));
        window.button("auditExportExcel").requireText("For Excel").click();
        waitFor("the Excel export", () -> window.label("auditListProblem").text().startsWith("Saved "));
        String message = window.label("auditListProblem").text();
        Path excel = Path.of(message.substring(message.indexOf(" to ") + 4));
        assertThat(excel.getFileName().toString()).startsWith("sessions-excel-").endsWith(".csv");
        assertThat(excel.getParent()).isEqualTo(plain.getParent());
        byte[] bytes = Files.readAllBytes(excel);
        byte[] plainBytes = Files.readAllBytes(plain);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(Arrays.copyOfRange(bytes, 3, bytes.length)).isEqualTo(plainBytes);
        assertThat(plainBytes[0]).as("the plain file has no byte-order mark").isNotEqualTo((byte) 0xEF);
    }

    @Test
    void summariesShowEveryTherapistAndTheTotal() {
        window.button("auditSummariesButton").click();
        waitFor("the summary", () -> window.label("auditSummaryHeading").text().startsWith("260 sessions"));
        String[][] rows = window.table("auditSummaryTherapists").contents();
        assertThat(rows.length).isEqualTo(6);
        assertThat(rows[5][0]).isEqualTo("All");
        assertThat(rows[5][1]).isEqualTo("260");
        long sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += Long.parseLong(rows[i][1]);
        }
        assertThat(sum).isEqualTo(260);
        window.panel("auditSummaryChart").requireVisible();
    }

    @Test
    void aSessionExportsAsAPdfNamingIt() throws IOException {
        AuditRow first = loadedRows().get(0);
        window.table("auditTable").selectRows(0);
        window.button("auditOpen").click();
        waitFor("the detail", () -> window.label("auditDetailTitle").text().startsWith("Session " + first.id() + " "));
        window.button("auditSessionPdf").click();
        waitFor("the export", () -> window.label("auditDetailMessage").text().startsWith("Saved to "));
        Path file = Path.of(window.label("auditDetailMessage").text().substring("Saved to ".length()));
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(first.clientRef());
        }
    }

    @Test
    void theToleranceIsKeptInTheDataFolder() {
        int before = Integer.parseInt(window.label("auditTolerance").text());
        window.button("auditToleranceMore").click();
        window.button("auditToleranceMore").click();
        window.label("auditTolerance").requireText(Integer.toString(before + 2));
        assertThat(new AuditSettings(Optional.of(folder)).tolerance()).hasSeconds(before + 2);
        window.button("auditToleranceLess").click();
        window.button("auditToleranceLess").click();
        assertThat(new AuditSettings(Optional.of(folder)).tolerance()).hasSeconds(before);
    }

    @Test
    void filteringByStatusShowsOnlyThatStatus() {
        window.comboBox("auditStatus").selectItem("ended early");
        waitForList();
        assertThat(loadedRows()).isNotEmpty().allSatisfy(row -> assertThat(row.status())
                .isEqualTo(SessionStatus.ENDED_EARLY));
    }

    @Test
    void screeningShowsTheQuestionsAskedWithYesSetApartInWordsAndWeight() {
        List<AuditRow> rows = loadedRows();
        AuditRow withYes = rows.stream().filter(r -> clinic.store.session(r.id()).orElseThrow().screening().stream()
                .anyMatch(a -> a.answer())).findFirst().orElseThrow();
        SessionRecord record = clinic.store.session(withYes.id()).orElseThrow();
        window.table("auditTable").selectRows(rows.indexOf(withYes));
        window.button("auditOpen").click();
        waitFor("the detail", () -> window.label("auditDetailTitle").text().startsWith("Session " + withYes.id() + " "));
        Map<String, ScreeningQuestion> asked = ScreeningSection.asked(clinic.catalog,
                clinic.store.protocolVersion(record.protocolVersionId()).orElseThrow());
        for (NewSession.ScreeningAnswer a : record.screening()) {
            window.label("auditQuestion." + a.questionId()).requireText(asked.get(a.questionId()).text());
            String answer = window.label("auditAnswer." + a.questionId()).text();
            Font font = GuiActionRunner.execute(() -> window.label("auditAnswer." + a.questionId()).target()
                    .getFont());
            if (a.answer()) {
                assertThat(answer).contains("yes");
                assertThat(font.isBold()).as("a yes is bold").isTrue();
            } else {
                assertThat(answer).isEqualTo("no");
                assertThat(font.isBold()).as("a no is plain").isFalse();
            }
        }
        assertThat(window.textBox("auditEvents").text()).doesNotContain(record.screening().get(0).questionId() + ": ");
    }

    @Test
    void aDatePickedFromTheCalendarFiltersTheList() {
        window.button("auditFromCalendar").click();
        window.button("calendarToday").click();
        waitForList();
        window.comboBox("auditRange").requireSelection("From / to");
        window.textBox("auditFrom").requireText("2026-11-20");
        assertThat(loadedRows()).allSatisfy(row -> assertThat(row.startedAt())
                .isAfterOrEqualTo(Instant.parse("2026-11-20T00:00:00Z")));
        window.button("auditFromCalendar").click();
        window.button("calendarClear").click();
        waitForList();
        window.textBox("auditFrom").requireText("");
        assertThat(loadedRows()).hasSizeGreaterThan(0);
    }

    @Test
    void aFingerDraggedUpTheTableScrollsItAndOpensNothing() {
        JViewport viewport = GuiActionRunner.execute(() -> (JViewport) workspace.sessions()
                .table().getParent());
        Point start = GuiActionRunner.execute(() -> {
            Point p = viewport.getLocationOnScreen();
            return new Point(p.x + viewport.getWidth() / 2, p.y + viewport.getHeight() - 20);
        });
        robot.moveMouse(start);
        robot.pressMouse(MouseButton.LEFT_BUTTON);
        for (int i = 1; i <= 10; i++) {
            robot.moveMouse(new Point(start.x, start.y - 25 * i));
        }
        robot.releaseMouse(MouseButton.LEFT_BUTTON);
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> viewport.getViewPosition().y)).isGreaterThan(100);
        assertThat(workspace.card()).isEqualTo(AuditWorkspace.LIST);
    }
}
