package app.holdpoint.ui.session;

import java.awt.Point;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.swing.ButtonGroup;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JToggleButton;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.ScreeningQuestion;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.model.SessionPreparation;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.ReadOnlyText;
import app.holdpoint.ui.widget.BigButton;
import app.holdpoint.ui.widget.ScrollableRows;
import app.holdpoint.ui.widget.TouchScroll;

/**
 * The protocol's screening questions, one line of large text each with big YES and NO toggles, and above them,
 * when an answer stops the session, the reason in words (or the override that lifted it). The list opens at the
 * first question; each answer brings the next unanswered question into view.
 */
final class ScreeningPage extends JPanel {
    /** One question's text and its two answers, to find and show it again. */
    private record Row(ScreeningQuestion question, JTextArea words, JToggleButton yes, JToggleButton no,
                       ButtonGroup group) {
        Rectangle bounds() {
            return words.getBounds().union(yes.getBounds()).union(no.getBounds());
        }
    }

    private final Theme theme;
    private final Text text;
    private final MessageArea stops;
    private final JPanel list;
    private final JScrollPane scroll;
    private final List<Row> rows = new ArrayList<>();
    private final Supplier<Map<String, Boolean>> answers;
    private final JPanel carryOver;
    private final JTextArea carryOverWords;
    private final BigButton noChange;
    private final BigButton somethingChanged;

    /**
     * What the carry-over line says, which of its buttons show, and the question rows it folds away (answers
     * offered or confirmed from the client's last session, until the therapist asks to see them).
     */
    record CarryOver(String words, boolean offerNoChange, boolean offerChange, Set<String> folded) {
        static final CarryOver NONE = new CarryOver("", false, false, Set.of());
    }

    /**
     * @param answers  the answers given so far (the preparation's), to know which questions still need one
     * @param onAnswer called with the question's id and the answer when a toggle is tapped
     */
    ScreeningPage(Theme theme, Text text, Protocol protocol, Supplier<Map<String, Boolean>> answers,
                  BiConsumer<String, Boolean> onAnswer) {
        super(new MigLayout("insets 0, fill, wrap 1, gap 8", "[grow, fill]", "[][][grow, fill]"));
        this.theme = theme;
        this.text = text;
        this.answers = answers;
        stops = new MessageArea(theme);
        stops.setName("prepare.stops");
        add(stops, "hidemode 3, wmin 0");

        // "History from 2 Mar — any change since 2 Mar?": one tap confirms them all, the other opens them.
        carryOver = new JPanel(new MigLayout("insets 0, fillx, wrap 2, gap 12 8", "[grow, fill, sg c][grow, fill, sg c]"));
        carryOver.setName("prepare.carryOver");
        carryOverWords = ReadOnlyText.wrapping("", theme.font("Holdpoint.session.heading.font"));
        carryOverWords.setName("prepare.carryOver.words");
        noChange = BigButton.primary(theme, text.get("prepare.carryOver.confirm"));
        noChange.setName("prepare.carryOver.confirm");
        somethingChanged = new BigButton(theme, text.get("prepare.carryOver.review"));
        somethingChanged.setName("prepare.carryOver.review");
        int buttonHeight = theme.integer("Holdpoint.session.control.height");
        carryOver.add(carryOverWords, "span 2, wmin 0");
        carryOver.add(noChange, "wmin 0, h " + buttonHeight + "!, hidemode 3");
        carryOver.add(somethingChanged, "wmin 0, h " + buttonHeight + "!, hidemode 3");
        carryOver.setVisible(false);
        add(carryOver, "hidemode 3, wmin 0");

        int height = theme.integer("Holdpoint.session.control.height");
        // YES and NO share a fixed width: wide enough for the word, its tick and the touch minimum.
        int answerWidth = Math.max(theme.integer("Holdpoint.touch.minimum") * 2, height * 7 / 4);
        int gap = theme.integer("Holdpoint.key.gap");
        list = new ScrollableRows(new MigLayout("insets 0 0 0 " + gap + ", fillx, wrap 3, gap " + gap + " " + gap,
                "[grow, fill][" + answerWidth + "!, fill][" + answerWidth + "!, fill]"), height);
        list.setName("prepare.screening.list");
        if (protocol.screening().isEmpty()) {
            list.add(wrapping(theme, text.get("prepare.screening.none")), "span 3, wmin 0");
        }
        for (ScreeningQuestion question : protocol.screening()) {
            JTextArea words = wrapping(theme, question.text());
            words.setName("screening." + question.id());
            list.add(words, "wmin 0, hidemode 3");
            ButtonGroup group = new ButtonGroup();
            JToggleButton[] pair = new JToggleButton[2];
            for (boolean yes : new boolean[] {true, false}) {
                JToggleButton answer = CheckIcon.on(new JToggleButton(text.get(yes ? "prepare.yes" : "prepare.no")),
                        theme.size("Holdpoint.session.checkPixels"));
                answer.setName("screening." + question.id() + "." + (yes ? "yes" : "no"));
                answer.putClientProperty("FlatLaf.styleClass", "hpChip");
                answer.setFocusable(false);
                answer.addActionListener(e -> {
                    onAnswer.accept(question.id(), yes);
                    revealNextUnanswered(question);
                });
                group.add(answer);
                list.add(answer, "h " + height + "!, aligny top, hidemode 3");
                pair[yes ? 0 : 1] = answer;
            }
            rows.add(new Row(question, words, pair[0], pair[1], group));
        }
        scroll = TouchScroll.of(list, theme, theme.size("Holdpoint.session.control.height"));
        scroll.setName("prepare.screening.scroll");
        add(scroll);
    }

    /** What "No change" and "Something changed" do (the preparation screen's). */
    void onCarryOver(Runnable confirm, Runnable review) {
        noChange.addActionListener(e -> confirm.run());
        somethingChanged.addActionListener(e -> review.run());
    }

    /** Shows the carry-over line (or hides it) and folds away the rows it stands for. */
    void showCarryOver(CarryOver state) {
        carryOver.setVisible(!state.words().isEmpty());
        carryOverWords.setText(state.words());
        noChange.setVisible(state.offerNoChange());
        somethingChanged.setVisible(state.offerChange());
        for (Row row : rows) {
            boolean shown = !state.folded().contains(row.question().id());
            row.words().setVisible(shown);
            row.yes().setVisible(shown);
            row.no().setVisible(shown);
        }
        list.revalidate();
        revalidate();
        repaint();
    }

    /** The toggles as the answers are: carried-over ones preselected, unanswered questions with neither. */
    void showAnswers() {
        Map<String, Boolean> given = answers.get();
        for (Row row : rows) {
            Boolean answer = given.get(row.question().id());
            if (answer == null) {
                row.group().clearSelection();
            } else {
                (answer ? row.yes() : row.no()).setSelected(true);
            }
        }
    }

    /** Back at the first question (the page opens there). */
    void scrollToTop() {
        scroll.getViewport().setViewPosition(new Point(0, 0));
    }

    /** How many questions have no answer yet. */
    int unanswered() {
        return (int) rows.stream().filter(r -> !answered(r)).count();
    }

    /** Scrolls to the first question without an answer; false when every question has one. */
    boolean revealFirstUnanswered() {
        Optional<Row> first = rows.stream().filter(r -> !answered(r)).findFirst();
        Optional<Row> shown = rows.stream().filter(r -> !answered(r) && r.words().isVisible()).findFirst();
        if (shown.isPresent()) {
            reveal(shown.get());
        } else if (first.isPresent()) {
            scrollToTop();
        }
        return first.isPresent();
    }

    /** After an answer: the next question without one, further down or else from the top. */
    private void revealNextUnanswered(ScreeningQuestion justAnswered) {
        int from = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).question() == justAnswered) {
                from = i + 1;
            }
        }
        for (int k = 0; k < rows.size(); k++) {
            Row row = rows.get((from + k) % rows.size());
            if (!answered(row) && row.words().isVisible()) {
                reveal(row);
                return;
            }
        }
    }

    private boolean answered(Row row) {
        return answers.get().containsKey(row.question().id());
    }

    private void reveal(Row row) {
        list.validate();
        TouchScroll.reveal(list, row.bounds(), theme.size("Holdpoint.key.gap"));
    }

    /** Shows why the start is blocked, or who lifted the block and why; nothing when no answer stops. */
    void showStops(List<ScreeningQuestion> stopping, Optional<SessionPreparation.Override> override) {
        if (stopping.isEmpty()) {
            stops.setVisible(false);
            return;
        }
        String questions = stopping.stream().map(q -> "\u2022 " + q.text() + " \u2192 "
                + text.get(q.stopAnswer().orElse(true) ? "prepare.yes" : "prepare.no")
                + (q.absolute() ? "  " + text.get("prepare.absolute") : ""))
                .collect(Collectors.joining("\n"));
        // An absolute stop (unable to consent, attack under way, suspected DVT) is said as such: no override.
        String blocked = text.get(stopping.stream().anyMatch(ScreeningQuestion::absolute) ? "prepare.blocked.absolute"
                : "prepare.blocked");
        stops.show(override.map(o -> text.get("prepare.overridden", o.administrator(), o.reason()) + "\n"
                + questions).orElse(blocked + "\n" + questions), override.isEmpty());
        stops.setVisible(true);
    }

    /** The scroll pane of the questions, for tests. */
    JScrollPane scrollPane() {
        return scroll;
    }

    private static JTextArea wrapping(Theme theme, String content) {
        return ReadOnlyText.wrapping(content, theme.font("Holdpoint.session.question.font"));
    }
}
