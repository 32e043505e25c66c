package app.holdpoint.protocol.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way a protocol file can be wrong gets a located message that says what was expected and found. */
class ProtocolErrorsTest {

    private static List<String> problems(String text) {
        return problems(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problems(byte[] bytes) {
        ProtocolReader.Result result = new ProtocolReader(TestCatalog.catalog()).read("test.yaml", bytes);
        return result.problems().stream().map(Object::toString).toList();
    }

    private static String steps(String steps) {
        return TestCatalog.protocolWithSteps(steps);
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("a word where a duration belongs", steps("""
                          - compression:
                              muscle: upper-trapezius
                              side: left
                              press: sixty
                              relax: 30s [DEFAULT]
                              cycles: 2 [DEFAULT]
                        """), "test.yaml:16:14: press must be a duration like 60s, got 'sixty'"),
                Arguments.of("zero duration", steps("""
                          - relax:
                              duration: 0s [DEFAULT]
                        """), "test.yaml:14:17: duration must be longer than zero, got '0s'"),
                Arguments.of("absurd duration", steps("""
                          - relax:
                              duration: 3h [DEFAULT]
                        """), "test.yaml:14:17: duration must be at most 2h, got '3h'"),
                Arguments.of("negative duration", steps("""
                          - relax:
                              duration: -30s [DEFAULT]
                        """), "duration must be a duration like 60s, got '-30s'"),
                Arguments.of("misspelt field", steps("""
                          - compression:
                              muscle: upper-trapezius
                              side: left
                              prss: 90s [S2]
                              relax: 30s [DEFAULT]
                              cycles: 2 [DEFAULT]
                        """), "test.yaml:16:7: unknown field 'prss' in compression (did you mean 'press'?)"),
                Arguments.of("missing field", steps("""
                          - compression:
                              muscle: upper-trapezius
                              side: left
                              relax: 30s [DEFAULT]
                              cycles: 2 [DEFAULT]
                        """), "compression needs 'press' (a duration like 60s)"),
                Arguments.of("unknown muscle", steps("""
                          - hold:
                              muscle: upper-trapezus
                              side: left
                              duration: 60s [S2]
                        """), "test.yaml:14:15: unknown muscle 'upper-trapezus' (did you mean 'upper-trapezius'?)"),
                Arguments.of("unknown step kind", steps("""
                          - hodl:
                              duration: 60s [S2]
                        """), "test.yaml:13:5: unknown step kind 'hodl' (did you mean 'hold'?)"),
                Arguments.of("bad side", steps("""
                          - hold:
                              muscle: upper-trapezius
                              side: leftt
                              duration: 60s [S2]
                        """), "side must be one of left, right, both, ask, got 'leftt' (did you mean 'left'?)"),
                Arguments.of("cycles not a number", steps("""
                          - compression:
                              muscle: upper-trapezius
                              side: left
                              press: 90s [S2]
                              relax: 30s [DEFAULT]
                              cycles: two [DEFAULT]
                        """), "cycles must be a whole number from 1 to 20, got 'two'"),
                Arguments.of("too many cycles", steps("""
                          - compression:
                              muscle: upper-trapezius
                              side: left
                              press: 90s [S2]
                              relax: 30s [DEFAULT]
                              cycles: 99999999999 [DEFAULT]
                        """), "cycles must be a whole number from 1 to 20, got '99999999999'"),
                Arguments.of("hold with both durations", steps("""
                          - hold:
                              muscle: upper-trapezius
                              side: left
                              duration: 60s [S2]
                              until-release:
                                min: 30s [S3]
                                warn: 50s [DEFAULT]
                                max: 60s [S3]
                        """), "hold needs either 'duration' (a fixed countdown) or 'until-release' (min, warn, max), not both"),
                Arguments.of("release window out of order", steps("""
                          - hold:
                              muscle: upper-trapezius
                              side: left
                              until-release:
                                min: 60s [S3]
                                warn: 50s [DEFAULT]
                                max: 30s [S3]
                        """), "until-release needs min < warn <= max, got min 1m, warn 50s, max 30s"),
                Arguments.of("needling without consent", """
                        id: needle-test
                        title: Needle test
                        version: 1
                        condition: headache
                        summary: x
                        sources: [S33]
                        steps:
                          - needling:
                              muscle: upper-trapezius
                              side: left
                              technique: deep
                              needles: 2 [DEFAULT]
                              haemostasis: 60s [S33]
                        """, "test.yaml:9:7: needling is clinician-only and needs recorded consent"),
                Arguments.of("unknown screening set", steps("""
                          - relax:
                              duration: 30s [DEFAULT]
                        """).replace("set: general-no-go", "set: general-nogo"),
                        "unknown screening set 'general-nogo' (did you mean 'general-no-go'?)"),
                Arguments.of("gate naming an unknown question", steps("""
                          - relax:
                              duration: 30s [DEFAULT]
                              only-if:
                                cold-intolerant: no
                        """), "only-if names 'cold-intolerant', which is not a screening question of this protocol (did you mean 'cold-intolerance'?)"),
                Arguments.of("bad source tag", steps("""
                          - relax:
                              duration: 30s [Hou 2002]
                        """), "duration: 'Hou 2002' is not a source; write [S2], [S2, S3] or [DEFAULT]"),
                Arguments.of("unknown condition", steps("""
                          - relax:
                              duration: 30s [DEFAULT]
                        """).replace("condition: headache", "condition: headach"),
                        "test.yaml:4:12: condition must be one of headache, low-back, fibromyalgia, sports, self-care, other, got 'headach' (did you mean 'headache'?)"),
                Arguments.of("bad id", steps("""
                          - relax:
                              duration: 30s [DEFAULT]
                        """).replace("id: test-protocol", "id: Test Protocol"),
                        "test.yaml:1:5: id must be lower-case letters, digits and hyphens, got 'Test Protocol'"),
                Arguments.of("no steps", steps("  []\n").replace("steps:\n  []", "steps: []"),
                        "steps must list at least one step"),
                Arguments.of("steps not a list", steps("").replace("steps:\n", "steps: many\n"),
                        "steps must be a list, got 'many'"),
                Arguments.of("a step that is two kinds", steps("""
                          - relax:
                              duration: 30s [DEFAULT]
                            hold:
                              duration: 30s [DEFAULT]
                        """), "each step must be one kind with its settings"),
                Arguments.of("duplicate key", steps("""
                          - relax:
                              duration: 30s [DEFAULT]
                              duration: 40s [DEFAULT]
                        """), "test.yaml:15:7: 'duration' appears twice in the same map"),
                Arguments.of("broken YAML", "id: x\ntitle: [unclosed\n", "test.yaml:2:17: not valid YAML: while parsing a flow sequence"),
                Arguments.of("empty file", "", "test.yaml:1:1: a protocol file must be a map starting with 'id:', got an empty file"),
                Arguments.of("a list instead of a protocol", "- a\n- b\n", "a protocol file must be a map starting with 'id:', got a list"),
                Arguments.of("tagged value in flow style", steps("""
                          - relax: {duration: 30s [DEFAULT]}
                        """), "inside {...} a value with [S..] must be in quotes"),
                Arguments.of("pain before as a step", steps("""
                          - rate:
                              moment: before
                        """), "test.yaml:14:15: pain before is asked by the kiosk for every session"),
                Arguments.of("bad home-care id", steps("""
                          - home-care:
                              advice: self-massag
                        """), "unknown home-care advice 'self-massag' (did you mean 'self-massage'?)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void brokenFileIsRejectedWithALocatedMessage(String what, String text, String expected) {
        assertThat(problems(text)).anySatisfy(problem -> assertThat(problem).contains(expected));
        assertThat(problems(text)).allSatisfy(problem -> assertThat(problem).matches("test\\.yaml:\\d+:\\d+: .+"));
    }

    @Test
    void numberWithoutSourceIsOnlyAWarning() {
        ProtocolReader.Result result = new ProtocolReader(TestCatalog.catalog()).read("test.yaml", steps("""
                  - relax:
                      duration: 30s
                """).getBytes(StandardCharsets.UTF_8));
        assertThat(result.protocol()).isPresent();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isFalse();
            assertThat(problem.toString()).isEqualTo("test.yaml:14:17: warning: duration 30s has no source; "
                    + "add [S..] from the clinical reference or [DEFAULT]");
        });
    }

    @Test
    void everyProblemInAFileIsReportedInOnePass() {
        List<String> found = problems(steps("""
                  - compression:
                      muscle: nobody
                      side: up
                      press: sixty
                      relax: 30s [DEFAULT]
                      cycles: 0 [DEFAULT]
                """));
        assertThat(found).hasSize(4);
    }

    @Test
    void textThatIsNotUtf8IsNamedAsSuch() {
        byte[] latin1 = "id: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(problems(latin1)).containsExactly("test.yaml:1:1: file is not UTF-8 text; save it as UTF-8");
    }

    @Test
    void binaryJunkIsRejected() {
        assertThat(problems(new byte[] {'i', 'd', ':', ' ', 0, 1, 2})).singleElement().asString()
                .contains("binary data");
    }

    @Test
    void deepNestingIsRejectedNotOverflowed() {
        String deep = "id: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
        assertThat(problems(deep)).singleElement().asString().startsWith("test.yaml:1:");
    }

    @Test
    void hugeFileIsRefusedBeforeParsing() {
        byte[] big = new byte[10 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        assertThat(problems(big)).containsExactly(
                "test.yaml:1:1: file is 10240 KB; protocol files must be under 1 MB");
    }
}
