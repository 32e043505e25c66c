package app.holdpoint.ui.audit;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;

import app.holdpoint.protocol.Catalog;
import app.holdpoint.protocol.ScreeningQuestion;
import app.holdpoint.protocol.load.ProtocolReader;
import app.holdpoint.store.NewSession.ScreeningAnswer;
import app.holdpoint.store.ProtocolVersion;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.WrapLabel;
import java.awt.Font;
import java.awt.Color;
import java.util.Optional;

/**
 * The screening as it was asked: each question in the words of the session's stored protocol text (not
 * today's file), its answer beside it. A yes is set apart three ways (the word, bold, the warning colour on a
 * tinted row), so it never depends on colour alone; a no is plain.
 */
final class ScreeningSection {
    private ScreeningSection() {
    }

    /**
     * The questions of the stored protocol text by id, in the order asked; empty when the text no longer reads.
     * Catalog sets it names are resolved with today's catalog (the record keeps only the protocol file). Reads
     * YAML: call off the EDT.
     */
    static Map<String, ScreeningQuestion> asked(Catalog catalog, ProtocolVersion version) {
        Map<String, ScreeningQuestion> questions = new LinkedHashMap<>();
        new ProtocolReader(catalog).read(version.fileName(), version.text().getBytes(StandardCharsets.UTF_8))
                .protocol().ifPresent(p -> p.screening().forEach(q -> questions.putIfAbsent(q.id(), q)));
        return questions;
    }

    /**
     * Adds one row per answer to {@code content}, a two-column MigLayout grid: the question (wrapping) and its
     * answer share a cell spanning both columns, so the question wraps to the width the grid has.
     */
    static void addTo(JPanel content, List<ScreeningAnswer> answers, Map<String, ScreeningQuestion> questions,
                      Sources sources, Theme theme, Text text) {
        int gap = theme.size("Holdpoint.audit.gap");
        if (answers.isEmpty()) {
            content.add(label(text.get("audit.detail.none"), theme), "span 2");
            return;
        }
        for (ScreeningAnswer a : answers) {
            ScreeningQuestion q = questions.get(a.questionId());
            WrapLabel question = new WrapLabel(q == null ? text.get("audit.screening.unknown", a.questionId())
                    : q.text());
            question.setName("auditQuestion." + a.questionId());
            question.setToolTipText(a.questionId());
            boolean stop = q != null && q.stops(a.answer());
            JLabel answer = new JLabel(text.get(a.answer() ? "audit.yes" : "audit.no")
                    + (stop ? " \u00B7 " + text.get(q.absolute() ? "audit.screening.absolute" : "audit.screening.stop")
                    : ""));
            answer.setName("auditAnswer." + a.questionId());
            answer.setVerticalAlignment(SwingConstants.TOP);
            question.setBorder(BorderFactory.createEmptyBorder(gap / 2, gap, gap / 2, gap));
            answer.setBorder(BorderFactory.createEmptyBorder(gap / 2, gap, gap / 2, gap));
            if (a.answer()) {
                Font bold = theme.font("Holdpoint.audit.header.font");
                Color foreground = theme.color("Holdpoint.audit.deviation.foreground");
                Color tint = theme.color("Holdpoint.audit.deviation.background");
                for (JLabel part : new JLabel[] {question, answer}) {
                    part.setFont(bold);
                    part.setForeground(foreground);
                    part.setOpaque(true);
                    part.setBackground(tint);
                }
                answer.setText("\u25B6 " + answer.getText());
            } else {
                question.setFont(theme.font("Holdpoint.audit.table.font"));
                answer.setFont(theme.font("Holdpoint.audit.table.font"));
                answer.setForeground(theme.color("Holdpoint.text.muted"));
            }
            content.add(question, "span 2, split 2, growx, wmin 0, growy");
            content.add(answer, "gapleft 0, growy");
            if (a.carriedFromSession().isPresent()) {
                long from = a.carriedFromSession().getAsLong();
                WrapLabel carried = new WrapLabel(sources.started(from).map(at -> text.get("audit.screening.carried",
                        from, at)).orElse(text.get("audit.screening.carriedUnknown", from)));
                carried.setName("auditCarried." + a.questionId());
                carried.setFont(theme.font("Holdpoint.audit.table.font"));
                carried.setForeground(theme.color("Holdpoint.text.muted"));
                carried.setBorder(BorderFactory.createEmptyBorder(0, 3 * gap, gap / 2, gap));
                content.add(carried, "span 2, growx, wmin 0");
            }
            // Sessions recorded before the precaution lines were kept: the line the question carries.
            if (!sources.precautionsRecorded() && a.answer() && q != null && q.whenYes().isPresent()) {
                WrapLabel precaution = new WrapLabel(text.get("audit.screening.precaution",
                        q.whenYes().get().text()));
                precaution.setName("auditPrecaution." + a.questionId());
                precaution.setFont(theme.font("Holdpoint.audit.table.font"));
                precaution.setBorder(BorderFactory.createEmptyBorder(0, 3 * gap, gap / 2, gap));
                content.add(precaution, "span 2, growx, wmin 0");
            }
        }
    }

    /**
     * What the rows need beyond the answers: when each session an answer was carried over from started (read off
     * the EDT), and whether the record keeps the precaution lines itself.
     */
    record Sources(Map<Long, String> started, boolean precautionsRecorded) {
        Sources {
            started = Map.copyOf(started);
        }

        Optional<String> started(long session) {
            return Optional.ofNullable(started.get(session));
        }
    }

    private static JLabel label(String value, Theme theme) {
        JLabel label = new JLabel(value);
        label.setFont(theme.font("Holdpoint.audit.table.font"));
        return label;
    }
}
