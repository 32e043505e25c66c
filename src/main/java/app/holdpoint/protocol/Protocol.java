package app.holdpoint.protocol;

import java.util.List;

/**
 * A protocol as loaded from its file, with the file's exact text and SHA-256 so a session record can say what
 * was planned even after the file changes.
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
        String sha256) {

    public Protocol {
        sources = List.copyOf(sources);
        screening = List.copyOf(screening);
        steps = List.copyOf(steps);
        gates = List.copyOf(gates);
        if (gates.size() != steps.size()) {
            throw new IllegalArgumentException("one gate per step: " + gates.size() + " for " + steps.size());
        }
        citations = List.copyOf(citations);
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
