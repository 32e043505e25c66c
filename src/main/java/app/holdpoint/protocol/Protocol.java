package app.holdpoint.protocol;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A protocol as loaded from its file, with the file's exact text and SHA-256 so a session record can say what
 * was planned even after the file changes.
 *
 * @param maxTriggerPoints the most trigger points one session treats ({@code max-trigger-points}), when capped
 * @param muscles          the catalog entries of the muscles its steps target, by id, as they were when it loaded
 */
public record Protocol(
        String id,
        String title,
        int version,
        Condition condition,
        String summary,
        List<String> sources,
        List<ScreeningQuestion> screening,
        boolean consentRequired,
        List<Step> steps,
        List<Gate> gates,
        List<Citation> citations,
        String fileName,
        String text,
        String sha256,
        OptionalInt maxTriggerPoints,
        Map<String, Muscle> muscles) {

    public Protocol {
        sources = List.copyOf(sources);
        screening = List.copyOf(screening);
        steps = List.copyOf(steps);
        gates = List.copyOf(gates);
        if (gates.size() != steps.size()) {
            throw new IllegalArgumentException("one gate per step: " + gates.size() + " for " + steps.size());
        }
        citations = List.copyOf(citations);
        muscles = Map.copyOf(muscles);
    }

    /** A protocol with no cap on trigger points and no catalog muscles at hand (tests, benchmarks). */
    public Protocol(String id, String title, int version, Condition condition, String summary, List<String> sources,
                    List<ScreeningQuestion> screening, boolean consentRequired, List<Step> steps, List<Gate> gates,
                    List<Citation> citations, String fileName, String text, String sha256) {
        this(id, title, version, condition, summary, sources, screening, consentRequired, steps, gates, citations,
                fileName, text, sha256, OptionalInt.empty(), Map.of());
    }

    public Optional<Muscle> muscle(String id) {
        return Optional.ofNullable(muscles.get(id));
    }

    public Optional<ScreeningQuestion> question(String id) {
        return screening.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public Gate gate(int stepIndex) {
        return gates.get(stepIndex);
    }

    /** True when the therapist must choose a side before the session starts. */
    public boolean asksSide() {
        return steps.stream().anyMatch(step -> TimelineExpander.targetOf(step)
                .map(target -> target.side() == Side.ASK).orElse(false));
    }

    /** Needling is clinician-only; a protocol with it needs recorded consent. */
    public boolean hasNeedling() {
        return steps.stream().anyMatch(step -> step.kind() == StepKind.NEEDLING);
    }

    /** Distinct step kinds in file order, e.g. {@code [compression, spray-stretch, rate]}. */
    public List<String> techniques() {
        return steps.stream().map(step -> step.kind().word()).distinct().toList();
    }
}
