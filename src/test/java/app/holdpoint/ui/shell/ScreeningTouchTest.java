package app.holdpoint.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Point;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.List;

import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
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
import app.holdpoint.store.Role;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.shell.KioskController.Screen;
import app.holdpoint.ui.widget.ClientRefPad;

/**
 * The longest shipped screening list (tension-type headache) in the real kiosk, by finger: it opens at the first
 * question, scrolls by dragging, a tap still answers, and the "still needed" line leads to what is missing.
 */
@GuiTest
class ScreeningTouchTest {
    @TempDir
    Path data;
    private KioskFixture kiosk;
    private List<ScreeningQuestion> questions;

    @BeforeEach
    void open() {
        KioskFixture.seed(data, store -> KioskFixture.therapist(store, "Tom Berger", Role.THERAPIST, "2468"));
        kiosk = new KioskFixture(data).start();
        Protocol protocol = kiosk.services.library().byId("tension-type-headache").orElseThrow();
        questions = protocol.screening();
        kiosk.signIn("Tom Berger", "2468");
        kiosk.waitForScreen(Screen.PICKER);
        kiosk.window.panel("protocol.tension-type-headache").click();
        kiosk.waitUntil("the preparation shows", () -> kiosk.showing("prepare.tab.screening"));
        kiosk.window.toggleButton("prepare.tab.screening").click();
        kiosk.waitUntil("the questions show", () -> kiosk.showing("prepare.screening.scroll"));
    }

    @AfterEach
    void close() {
        kiosk.close();
    }

    private JScrollPane scroll() {
        return kiosk.named("prepare.screening.scroll", JScrollPane.class);
    }

    private int viewY() {
        return GuiActionRunner.execute(() -> scroll().getViewport().getViewPosition().y);
    }

    private String answer(ScreeningQuestion question, boolean yes) {
        return "screening." + question.id() + "." + (yes ? "yes" : "no");
    }

    private boolean selected(String name) {
        return GuiActionRunner.execute(() -> kiosk.named(name, AbstractButton.class).isSelected());
    }

    /** Whether the named component lies entirely inside what the questions' viewport shows. */
    private boolean inView(String name) {
        return GuiActionRunner.execute(() -> {
            Component c = kiosk.named(name, Component.class);
            Rectangle shown = scroll().getViewport().getViewRect();
            Rectangle at = SwingUtilities.convertRectangle(c.getParent(), c.getBounds(),
                    scroll().getViewport().getView());
            return shown.contains(at);
        });
    }

    private void tap(String name) {
        kiosk.window.robot().click(GuiActionRunner.execute(() -> kiosk.named(name, Component.class)));
        kiosk.window.robot().waitForIdle();
    }

    private void drag(String from, int dy) {
        Robot robot = kiosk.window.robot();
        Point start = GuiActionRunner.execute(() -> {
            Component on = kiosk.named(from, Component.class);
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
        assertThat(questions).hasSizeGreaterThan(20);
        assertThat(viewY()).isZero();
        assertThat(inView(answer(questions.get(0), true))).isTrue();
    }

    @Test
    void aDragScrollsTheQuestionsAndATapStillAnswers() {
        drag(answer(questions.get(1), true), -300);
        assertThat(viewY()).isEqualTo(300);
        assertThat(questions).as("a drag answers nothing")
                .noneMatch(q -> selected(answer(q, true)) || selected(answer(q, false)));

        ScreeningQuestion shown = questions.stream().filter(q -> inView(answer(q, false))).findFirst().orElseThrow();
        tap(answer(shown, false));
        kiosk.waitUntil("the tap answers", () -> selected(answer(shown, false)));
    }

    @Test
    void theStillNeededLineCountsTheQuestionsAndATapShowsTheFirstUnanswered() {
        tap(answer(questions.get(0), false));
        kiosk.waitUntil("the line counts the rest", () -> kiosk.named("prepare.status", JTextArea.class).getText()
                .contains("answers to " + (questions.size() - 1) + " screening questions"));

        // Client and side settled, the list far down: a tap on the line brings back the first unanswered question.
        for (char c : "KM-04".toCharArray()) {
            GuiActionRunner.execute(() -> kiosk.named("clientRefPad", ClientRefPad.class)
                    .type(c));
        }
        GuiActionRunner.execute(() -> {
            kiosk.named("prepare.side.LEFT", AbstractButton.class).doClick();
            kiosk.named("prepare.tab.screening", AbstractButton.class).doClick();
            JComponent view = (JComponent) scroll().getViewport().getView();
            scroll().getViewport().setViewPosition(new Point(0, view.getHeight()
                    - scroll().getViewport().getExtentSize().height));
            return null;
        });
        assertThat(inView(answer(questions.get(1), true))).isFalse();
        tap("prepare.status");
        kiosk.waitUntil("the first unanswered question shows", () -> inView(answer(questions.get(1), true)));
    }

    @Test
    void anAbsoluteStopOffersNoOverrideAndSaysWhy() {
        ScreeningQuestion absolute = questions.stream().filter(ScreeningQuestion::absolute).findFirst().orElseThrow();
        ScreeningQuestion relative = questions.stream().filter(q -> q.stopAnswer().isPresent() && !q.absolute())
                .findFirst().orElseThrow();
        GuiActionRunner.execute(() -> {
            kiosk.named(answer(relative, relative.stopAnswer().get()), AbstractButton.class).doClick();
            return null;
        });
        kiosk.waitUntil("a relative stop may be overridden", () -> kiosk.showing("prepare.override"));

        GuiActionRunner.execute(() -> {
            kiosk.named(answer(absolute, absolute.stopAnswer().get()), AbstractButton.class).doClick();
            return null;
        });
        kiosk.waitUntil("no override for an absolute stop", () -> !kiosk.showing("prepare.override"));
        assertThat(GuiActionRunner.execute(() -> kiosk.named("prepare.stops", JTextArea.class).getText()))
                .contains("nobody can override").contains(absolute.text());
        assertThat(GuiActionRunner.execute(() -> kiosk.named("prepare.status", JTextArea.class).getText()))
                .contains(kiosk.text.get("prepare.missing.ABSOLUTE_STOP"));

        // Answered otherwise, the relative stop alone may be overridden again.
        GuiActionRunner.execute(() -> {
            kiosk.named(answer(absolute, !absolute.stopAnswer().get()), AbstractButton.class).doClick();
            return null;
        });
        kiosk.waitUntil("the override is back", () -> kiosk.showing("prepare.override"));
    }

    @Test
    void answeringBringsTheNextUnansweredQuestionIntoView() {
        ScreeningQuestion last = questions.stream().filter(q -> inView(answer(q, false))).reduce((a, b) -> b)
                .orElseThrow();
        ScreeningQuestion next = questions.get(questions.indexOf(last) + 1);
        assertThat(inView(answer(next, false))).as("below the fold before").isFalse();
        tap(answer(last, false));
        kiosk.waitUntil("the next question comes into view", () -> inView(answer(next, false)));
    }
}
