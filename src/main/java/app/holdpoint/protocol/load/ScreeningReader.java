package app.holdpoint.protocol.load;

import java.util.List;
import java.util.Optional;

import app.holdpoint.protocol.ScreeningQuestion;

/** Reads one yes/no screening question: {@code ask}, {@code stop-if}, optional {@code id} and {@code source}. */
final class ScreeningReader {
    private ScreeningReader() {
    }

    static Optional<ScreeningQuestion> question(FieldReader f, String defaultId) {
        String id = f.optionalText("id").orElse(defaultId);
        String ask = f.text("ask", "");
        Optional<Boolean> stopAnswer = f.has("stop-if")
                ? Optional.of(f.oneOf("stop-if", List.of("yes", "no", "true", "false"), null))
                        .map(answer -> answer.equals("yes") || answer.equals("true"))
                : Optional.empty();
        List<String> sources = f.node("source").map(n -> f.sourceKeys(n, "source")).orElse(List.of());
        return ask.isEmpty() ? Optional.empty() : Optional.of(new ScreeningQuestion(id, ask, stopAnswer, sources));
    }
}
