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

    @Test
    void describeNamesEachPartInAStableOrder() {
        assertThat(ALL_WARM.describe()).isEqualTo("only if cold-intolerance: no, raynaud: no");
        assertThat(ANY_COLD.describe()).isEqualTo("only if any of cold-intolerance: yes, raynaud: yes");
        assertThat(BOTH.describe()).isEqualTo("only if osteoporosis: no; any of cold-intolerance: yes, raynaud: yes");
    }

    @Test
    void theOldOneMapGateIsAnAllGate() {
        assertThat(ALL_WARM.requiredAnswers()).isEqualTo(ALL_WARM.all());
        assertThat(ALL_WARM.any()).isEmpty();
        assertThat(Gate.ALWAYS.isAlways()).isTrue();
        assertThat(Gate.ALWAYS.isMetBy(Map.of())).isTrue();
    }
}
