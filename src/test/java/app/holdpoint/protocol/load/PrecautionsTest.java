package app.holdpoint.protocol.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import app.holdpoint.protocol.Phase;
import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.protocol.TimelineExpander;
import app.holdpoint.protocol.Timing;
import app.holdpoint.protocol.TriggerPointChoice;
import java.util.Arrays;

/** A yes answer's when-yes line reaches the phases of the step kinds it applies to, then the muscle's own. */
class PrecautionsTest {
    private static final String OSTEO = TriggerPointFixture.OSTEOPOROSIS_LINE;
    private static final String COLD = TriggerPointFixture.COLD_LINE;
    private static final String APEX = TriggerPointFixture.APEX;
    private static final String FACE = TriggerPointFixture.FACE;

    private static Timeline expand(Map<String, Boolean> answers) {
        return TimelineExpander.expand(TriggerPointFixture.capped(4), Optional.of(Side.LEFT), Optional.of(answers),
                TriggerPointChoice.ALL);
    }

    private static List<String> precautionsOf(Timeline timeline, PhaseKind kind, String muscle) {
        return timeline.phases().stream()
                .filter(p -> p.kind() == kind && p.muscle().orElse("-").equals(muscle))
                .map(Phase::precautions).findFirst().orElseThrow(() -> new AssertionError(kind + " " + muscle));
    }

    @ParameterizedTest(name = "osteoporosis {0}, cold {1}: {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            true  | false | PRESS    | upper-trapezius | OSTEO, APEX
            true  | false | RELAX    | upper-trapezius | OSTEO, APEX
            true  | false | PRESS    | suboccipitals   | OSTEO, FACE
            true  | false | PRESS    | temporalis      | OSTEO
            true  | false | SPRAY    | upper-trapezius | APEX, OSTEO
            true  | false | DO       | -               |
            false | false | PRESS    | upper-trapezius | APEX, OSTEO
            false | false | PRESS    | temporalis      |
            false | true  | CONTRACT | upper-trapezius | COLD, APEX, OSTEO
            true  | true  | STRETCH  | upper-trapezius | COLD, APEX, OSTEO
            false | true  | PRESS    | upper-trapezius | APEX, OSTEO
            """)
    void eachPhaseGetsTheLinesOfItsStepKindThenItsMusclesWithoutDuplicates(boolean osteoporosis, boolean cold,
                                                                         String word, String muscle,
                                                                         String expected) {
        PhaseKind kind = Arrays.stream(PhaseKind.values()).filter(k -> k.word().equals(word))
                .findFirst().orElseThrow();
        List<String> lines = expected == null ? List.of() : Arrays.stream(expected.split(","))
                .map(String::strip).map(name -> switch (name) {
                    case "OSTEO" -> OSTEO;
                    case "COLD" -> COLD;
                    case "APEX" -> APEX;
                    case "FACE" -> FACE;
                    default -> throw new IllegalArgumentException(name);
                }).toList();
        assertThat(precautionsOf(expand(TriggerPointFixture.answers(osteoporosis, cold)), kind, muscle))
                .containsExactlyElementsOf(lines);
    }

    @Test
    void withoutAnswersOnlyTheMusclesOwnPrecautionsShow() {
        Timeline plan = TimelineExpander.expand(TriggerPointFixture.capped(4), Optional.of(Side.LEFT));
        assertThat(plan.phase(0).precautions()).containsExactly(APEX, OSTEO);
    }

    @Test
    void aPhaseMadeTheOldWayHasNoPrecautions() {
        Phase phase = new Phase(0, 0, PhaseKind.RATE, "Rate", Optional.empty(), Optional.empty(),
                new Timing.UntilConfirmed(Optional.empty()), 1, 1, "", 0);
        assertThat(phase.precautions()).isEmpty();
    }
}
