package app.holdpoint.ui.session;

import static app.holdpoint.ui.session.SessionFlowFixture.edt;
import static app.holdpoint.ui.session.SessionFlowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Point;
import java.awt.Rectangle;
import java.nio.file.Path;

import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;

import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.ScreeningQuestion;
import app.holdpoint.ui.GuiTest;

/** The longest shipped screening list, by finger: it opens at the top, scrolls by dragging, taps still answer. */
@GuiTest
class ScreeningTouchTest {
    @TempDir
    Path folder;
    private SessionFlowFixture fx;
    private Protocol protocol;

    @BeforeEach
    void open() {
        fx = SessionFlowFixture.open(folder);
        protocol = fx.services().library().byId("tension-type-headache").orElseThrow();
        fx.show();
        GuiActionRunner.execute(() -> fx.flow().begin(fx.therapist(), protocol));
        fx.tap("prepare.tab.screening");
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private PrepareScreen prepare() {
        return fx.flow().prepareScreen();
    }

    private JScrollPane scroll() {
        return edt(() -> prepare().screeningPage().scrollPane());
    }

    private int viewY() {
        return edt(() -> scroll().getViewport().getViewPosition().y);
    }

    private Component named(String name) {
        return fx.window().robot().finder().findByName(fx.window().target(), name, true);
    }

    /** Whether the component lies entirely inside what the viewport shows. */
    private boolean inView(String name) {
        Component c = named(name);
        return edt(() -> {
            Rectangle shown = scroll().getViewport().getViewRect();
            Rectangle at = SwingUtilities.convertRectangle(c.getParent(), c.getBounds(),
                    scroll().getViewport().getView());
            return shown.contains(at);
        });
    }

    private void drag(Component on, int dy) {
        Robot robot = fx.window().robot();
        Point start = edt(() -> {
            Point p = on.getLocationOnScreen();
            return new Point(p.x + on.getWidth() / 2, p.y + on.getHeight() / 2);
        });
        robot.moveMouse(start);
        robot.pressMouse(MouseButton.LEFT_BUTTON);
        for (int i = 1; i <= 10; i++) {
            robot.moveMouse(new Point(start.x, start.y + dy * i / 10));
        }
        robot.releaseMouse(MouseButton.LEFT_BUTTON);
        robot.waitForIdle();
    }

    @Test
    void theListOpensAtTheFirstQuestion() {
        assertThat(protocol.screening()).hasSizeGreaterThan(20);
        assertThat(viewY()).isZero();
        assertThat(inView("screening." + protocol.screening().get(0).id() + ".yes")).isTrue();
    }

    @Test
    void aDragScrollsTheQuestionsAndATapStillAnswers() {
        String second = protocol.screening().get(1).id();
        drag(named("screening." + second + ".yes"), -300);
        assertThat(viewY()).isEqualTo(300);
        assertThat(edt(() -> prepare().preparation().answers())).as("a drag answers nothing").isEmpty();

        ScreeningQuestion shown = protocol.screening().stream().filter(q -> inView("screening." + q.id() + ".no"))
                .findFirst().orElseThrow();
        fx.window().robot().click(named("screening." + shown.id() + ".no"));
        waitFor("the tap answers", () -> prepare().preparation().answers().containsKey(shown.id()));
        assertThat(edt(() -> prepare().preparation().answers())).containsEntry(shown.id(), false);
    }

    @Test
    void theStillNeededLineCountsTheQuestionsAndATapShowsTheFirstUnanswered() {
        int total = protocol.screening().size();
        fx.tap("screening." + protocol.screening().get(0).id() + ".no");
        String status = edt(() -> ((MessageArea) named("prepare.status")).getText());
        assertThat(status).contains("answers to " + (total - 1) + " screening questions");

        // Far down the list, then a tap on the line brings back the first question still without an answer.
        edt(() -> {
            JComponent view = (JComponent) scroll().getViewport().getView();
            scroll().getViewport().setViewPosition(new Point(0, view.getHeight()
                    - scroll().getViewport().getExtentSize().height));
            return null;
        });
        // Client and side settled, so the first thing missing is the screening.
        edt(() -> {
            prepare().preparation().clientReference("KM-04");
            prepare().preparation().side(app.holdpoint.protocol.Side.LEFT);
            return null;
        });
        fx.tap("prepare.status");
        String first = protocol.screening().get(1).id();
        waitFor("the first unanswered question shows", () -> inView("screening." + first + ".yes"));
    }

    @Test
    void answeringBringsTheNextUnansweredQuestionIntoView() {
        ScreeningQuestion last = protocol.screening().stream()
                .filter(q -> inView("screening." + q.id() + ".no")).reduce((a, b) -> b).orElseThrow();
        int index = protocol.screening().indexOf(last);
        String next = protocol.screening().get(index + 1).id();
        assertThat(inView("screening." + next + ".no")).as("below the fold before").isFalse();
        fx.window().robot().click(named("screening." + last.id() + ".no"));
        waitFor("the next question comes into view", () -> inView("screening." + next + ".no"));
    }
}
