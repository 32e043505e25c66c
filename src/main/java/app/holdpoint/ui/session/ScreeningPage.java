package app.holdpoint.ui.session;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
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
import app.holdpoint.ui.flow.SessionPreparation;
import app.holdpoint.ui.theme.Theme;

/**
 * The protocol's screening questions, one line of large text each with big YES and NO toggles, and above them,
 * when an answer stops the session, the reason in words (or the override that lifted it).
 */
final class ScreeningPage extends JPanel {
    private final Text text;
    private final MessageArea stops;

    ScreeningPage(Theme theme, Text text, Protocol protocol, BiConsumer<String, Boolean> onAnswer) {
        super(new MigLayout("insets 0, fill, wrap 1, gap 8", "[grow, fill]", "[][grow, fill]"));
        this.text = text;
        stops = new MessageArea(theme);
        stops.setName("prepare.stops");
        add(stops, "hidemode 3, wmin 0");

        JPanel list = new JPanel(new MigLayout("insets 0 0 0 8, fillx, wrap 3, gap 12 10",
                "[grow, fill][140!, fill][140!, fill]"));
        int height = theme.integer("Holdpoint.session.control.height");
        if (protocol.screening().isEmpty()) {
            list.add(wrapping(theme, text.get("prepare.screening.none")), "span 3, wmin 0");
        }
        for (ScreeningQuestion question : protocol.screening()) {
            list.add(wrapping(theme, question.text()), "wmin 0");
            ButtonGroup group = new ButtonGroup();
            for (boolean yes : new boolean[] {true, false}) {
                JToggleButton answer = CheckIcon.on(new JToggleButton(text.get(yes ? "prepare.yes" : "prepare.no")),
                        theme.size("Holdpoint.session.checkPixels"));
                answer.setName("screening." + question.id() + "." + (yes ? "yes" : "no"));
                answer.putClientProperty("FlatLaf.styleClass", "hpChip");
                answer.setFocusable(false);
                answer.addActionListener(e -> onAnswer.accept(question.id(), yes));
                group.add(answer);
                list.add(answer, "h " + height + "!");
            }
        }
        JScrollPane scroll = TouchScroll.of(list, theme, height);
        add(scroll);
    }

    /** Shows why the start is blocked, or who lifted the block and why; nothing when no answer stops. */
    void showStops(List<ScreeningQuestion> stopping, Optional<SessionPreparation.Override> override) {
        if (stopping.isEmpty()) {
            stops.setVisible(false);
            return;
        }
        String questions = stopping.stream().map(q -> "\u2022 " + q.text() + " \u2192 "
                + text.get(q.stopAnswer().orElse(true) ? "prepare.yes" : "prepare.no"))
                .collect(Collectors.joining("\n"));
        stops.show(override.map(o -> text.get("prepare.overridden", o.administrator(), o.reason()) + "\n"
                + questions).orElse(text.get("prepare.blocked") + "\n" + questions), override.isEmpty());
        stops.setVisible(true);
    }

    private static JTextArea wrapping(Theme theme, String content) {
        return Words.of(content, theme.font("Holdpoint.session.question.font"));
    }
}
