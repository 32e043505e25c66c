package app.holdpoint.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code only-if} needs every answer, {@code only-if-any} one of them, and both together need both. */
class GateTest {
    private static final Gate ANY_COLD = new Gate(Map.of(), Map.of("cold-intolerance", true, "raynaud", true));
    private static final Gate ALL_WARM = new Gate(Map.of("cold-intolerance", false, "raynaud", false));
    private static final Gate BOTH = new Gate(Map.of("osteoporosis", false),
            Map.of("cold-intolerance", true, "raynaud", true));

    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of("no to both", Map.of("cold-intolerance", false, "raynaud", false), false, true),
                Arguments.of("yes to one", Map.of("cold-intolerance", true, "raynaud", false), true, false),
                Arguments.of("yes to the other", Map.of("cold-intolerance", false, "raynaud", true), true, false),
                Arguments.of("yes to both", Map.of("cold-intolerance", true, "raynaud", true), true, false),
                Arguments.of("nothing answered", Map.of(), false, false));
    }

    @ParameterizedTest(name = "{0}: any {2}, all {3}")
    @MethodSource("answers")
    void anyGateNeedsOneMatchAndAllGateNeedsEvery(String what, Map<String, Boolean> answers, boolean any,
                                                  boolean all) {
        assertThat(ANY_COLD.isMetBy(answers)).isEqualTo(any);
        assertThat(ALL_WARM.isMetBy(answers)).isEqualTo(all);
    }

    @Test
    void combinedGateNeedsBothItsAllAndItsAny() {
        assertThat(BOTH.isMetBy(Map.of("osteoporosis", false, "raynaud", true))).isTrue();
        assertThat(BOTH.isMetBy(Map.of("osteoporosis", true, "raynaud", true))).isFalse();
        assertThat(BOTH.isMetBy(Map.of("osteoporosis", false, "raynaud", false))).isFalse();
    }

    /** Words that show the structure: the model brings the order and the joins, the caller every word. */
    static final Gate.Words MARKED = new Gate.Words() {
        @Override
        public String answer(String questionId, boolean yes) {
            return questionId + "=" + (yes ? "Y" : "N");
        }

        @Override
        public String anyOf(String answers) {
            return "ANY[" + answers + "]";
        }

        @Override
        public String onlyIf(String parts) {
            return "IF[" + parts + "]";
        }
    };

    @Test
    void describeNamesEachPartInAStableOrderInTheCallersWords() {
        assertThat(ALL_WARM.describe(MARKED)).isEqualTo("IF[cold-intolerance=N, raynaud=N]");
        assertThat(ANY_COLD.describe(MARKED)).isEqualTo("IF[ANY[cold-intolerance=Y, raynaud=Y]]");
        assertThat(BOTH.describe(MARKED)).isEqualTo("IF[osteoporosis=N; ANY[cold-intolerance=Y, raynaud=Y]]");
        assertThat(Gate.ALWAYS.describe(MARKED)).isEmpty();
    }

    @Test
    void theOldOneMapGateIsAnAllGate() {
        assertThat(ALL_WARM.requiredAnswers()).isEqualTo(ALL_WARM.all());
        assertThat(ALL_WARM.any()).isEmpty();
        assertThat(Gate.ALWAYS.isAlways()).isTrue();
        assertThat(Gate.ALWAYS.isMetBy(Map.of())).isTrue();
    }
}
