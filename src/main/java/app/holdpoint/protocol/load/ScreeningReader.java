package app.holdpoint.protocol.load;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import app.holdpoint.protocol.Precaution;
import app.holdpoint.protocol.ScreeningQuestion;
import app.holdpoint.protocol.StepKind;

/**
 * Reads one yes/no screening question: {@code ask}, {@code stop-if}, optional {@code id}, {@code source},
 * {@code override: never} (an absolute stop), {@code asked: today|history}, {@code when-yes} and its
 * {@code applies-to} step kinds.
 */
final class ScreeningReader {
    static final Set<String> FIELDS = Set.of("id", "ask", "stop-if", "source", "override", "asked", "when-yes",
            "applies-to");

    private ScreeningReader() {
    }

    static Optional<ScreeningQuestion> question(FieldReader f, String defaultId) {
        String id = f.optionalText("id").orElse(defaultId);
        String ask = f.text("ask", "");
        Optional<Boolean> stopAnswer = f.optionalYesNo("stop-if");
        List<String> sources = f.node("source").map(n -> f.sourceKeys(n, "source")).orElse(List.of());
        boolean absolute = f.oneOf("override", List.of("never", "administrator"), "administrator").equals("never");
        if (absolute && !f.has("stop-if")) {
            f.problems().error(f.node("override").orElseThrow(), ProblemKey.SCREENING_OVERRIDE, id);
            absolute = false;
        }
        ScreeningQuestion.Asked asked = f.oneOf("asked", List.of("today", "history"), "today").equals("history")
                ? ScreeningQuestion.Asked.HISTORY : ScreeningQuestion.Asked.TODAY;
        Optional<Precaution> whenYes = f.optionalText("when-yes")
                .map(text -> new Precaution(text, appliesTo(f).orElse(Precaution.DEFAULT_KINDS)));
        if (f.has("applies-to") && !f.has("when-yes")) {
            f.problems().error(f.node("applies-to").orElseThrow(), ProblemKey.SCREENING_APPLIES_ALONE, id);
        }
        return ask.isEmpty() ? Optional.empty() : Optional.of(new ScreeningQuestion(id, ask, stopAnswer, sources,
                absolute, asked, whenYes));
    }

    /** {@code applies-to: [hold, compression]}: step kinds; empty when absent or unreadable. */
    private static Optional<Set<StepKind>> appliesTo(FieldReader f) {
        Optional<YamlNode> node = f.node("applies-to");
        if (node.isEmpty()) {
            return Optional.empty();
        }
        List<YamlNode> items = node.get() instanceof YamlNode.Sequence seq ? seq.items() : List.of(node.get());
        Set<StepKind> kinds = EnumSet.noneOf(StepKind.class);
        List<String> bad = new ArrayList<>();
        for (YamlNode item : items) {
            String word = item instanceof YamlNode.Scalar s && !s.isNull() ? s.text().strip() : "";
            Optional<StepKind> kind = StepKind.parse(word);
            if (kind.isPresent()) {
                kinds.add(kind.get());
            } else {
                bad.add(word);
                f.problems().error(item, ProblemKey.SCREENING_APPLIES_KIND, String.join(", ", StepKind.words()),
                        item.described(), DidYouMean.words(word, StepKind.words()));
            }
        }
        if (kinds.isEmpty() && bad.isEmpty()) {
            f.problems().error(node.get(), ProblemKey.SCREENING_APPLIES_EMPTY);
        }
        return kinds.isEmpty() ? Optional.empty() : Optional.of(kinds);
    }
}
