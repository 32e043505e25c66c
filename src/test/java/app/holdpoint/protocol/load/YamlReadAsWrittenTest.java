package app.holdpoint.protocol.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Step;

/**
 * A protocol is read as it looks (issue 14): no YAML anchors, aliases or merge keys; a comment that cuts an
 * unquoted value short is a warning; yes/no the same in every field; digits 0-9 only; no Java in messages.
 */
class YamlReadAsWrittenTest {

    private static ProtocolReader.Result read(String text) {
        return new ProtocolReader(TestCatalog.catalog()).read("test.yaml", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problems(String text) {
        return read(text).problems().stream().map(Object::toString).toList();
    }

    private static Protocol protocol(String text) {
        ProtocolReader.Result result = read(text);
        assertThat(result.protocol()).as(result.problems().toString()).isPresent();
        return result.protocol().orElseThrow();
    }

    private static String steps(String steps) {
        return TestCatalog.protocolWithSteps(steps);
    }

    @Test
    void anAliasOnALabelIsRefusedWhereItStandsAndWhereItsAnchorIs() {
        List<String> problems = problems(steps("""
                  - relax:
                      label: &lbl Rest between holds
                      duration: 30s [DEFAULT]
                  - relax:
                      label: *lbl
                      duration: 30s [DEFAULT]
                """));
        assertThat(problems).containsExactly(
                "test.yaml:14:14: '&lbl' marks a value for reuse; protocol files do not use YAML anchors or "
                        + "aliases: remove '&lbl' and write each value out",
                "test.yaml:17:14: '*lbl' repeats a value marked '&lbl' elsewhere; protocol files do not use YAML "
                        + "aliases: write the value out here");
        assertThat(read(steps("  - relax:\n      label: *lbl\n      duration: 30s [DEFAULT]\n")).protocol()).isEmpty();
    }

    @Test
    void anAliasOnADurationIsOneMessageNamingTheAliasNotAComplaintAboutItsName() {
        List<String> problems = problems(steps("""
                  - relax:
                      duration: &d 30s [DEFAULT]
                  - relax:
                      duration: *d
                """));
        assertThat(problems).containsExactly(
                "test.yaml:14:17: '&d' marks a value for reuse; protocol files do not use YAML anchors or "
                        + "aliases: remove '&d' and write each value out",
                "test.yaml:16:17: '*d' repeats a value marked '&d' elsewhere; protocol files do not use YAML "
                        + "aliases: write the value out here");
    }

    @Test
    void anAnchoredMapAndAMergeKeyAreRefusedWithTheirPlaces() {
        List<String> problems = problems(steps("""
                  - compression: &trap
                      muscle: upper-trapezius
                      side: left
                      press: 30s [S2]
                      relax: 10s [DEFAULT]
                      cycles: 2 [DEFAULT]
                  - compression:
                      <<: *trap
                      side: right
                """));
        assertThat(problems).contains(
                "test.yaml:13:18: '&trap' marks a value for reuse; protocol files do not use YAML anchors or "
                        + "aliases: remove '&trap' and write each value out",
                "test.yaml:20:7: '<<' (a YAML merge key) is not used in protocol files; write out each field "
                        + "where it applies",
                "test.yaml:20:11: '*trap' repeats a value marked '&trap' elsewhere; protocol files do not use "
                        + "YAML aliases: write the value out here");
        assertThat(problems).noneMatch(p -> p.contains("unknown field '<<'"));
    }

    @Test
    void aCommentCuttingAnUnquotedLabelShortIsAWarningThatSaysToQuoteIt() {
        ProtocolReader.Result result = read(steps("""
                  - relax:
                      label: Rest #2 before re-test
                      duration: 30s [DEFAULT]
                """));
        assertThat(result.problems()).extracting(Object::toString).containsExactly(
                "test.yaml:14:14: warning: 'Rest' is followed by ' #2 before re-test', which YAML reads as a "
                        + "comment and leaves out; if it belongs to the text, put the whole text in quotes");
        // What is loaded (and shown) is what the warning names.
        assertThat(result.protocol().orElseThrow().steps().get(0).label()).isEqualTo("Rest");
    }

    @Test
    void aCommentAfterACueWarnsButAfterAWordOrANumberItIsOnlyAComment() {
        List<String> problems = problems(steps("""
                  - instruct:
                      label: Position
                      cue: Seated, arm on the rest # left arm
                      duration: 30s [DEFAULT] # from the course
                      confirm: no   # the client settles alone
                """));
        assertThat(problems).containsExactly(
                "test.yaml:15:12: warning: 'Seated, arm on the rest' is followed by ' #left arm', which YAML "
                        + "reads as a comment and leaves out; if it belongs to the text, put the whole text in quotes");
    }

    @Test
    void aScreeningQuestionCutShortWarnsToo() {
        List<String> problems = problems(TestCatalog.protocolWithSteps("  - relax:\n      duration: 30s [DEFAULT]\n")
                .replace("ask: Cold not tolerated?", "ask: Cold pack tolerated? #3 in the form"));
        assertThat(problems).containsExactly("test.yaml:11:10: warning: 'Cold pack tolerated?' is followed by "
                + "' #3 in the form', which YAML reads as a comment and leaves out; if it belongs to the text, put "
                + "the whole text in quotes");
    }

    @Test
    void aHashInQuotesOrABlockOrWithoutASpaceIsPartOfTheValueAndCommentsOnTheirOwnLineAreQuiet() {
        Protocol protocol = protocol(steps("""
                  # a comment on its own line
                  - relax:
                      label: "Rest #2 before re-test"
                      duration: 30s [DEFAULT]
                  - relax:
                      label: Rest#3
                      cue: |
                        Breathe # slowly
                      duration: 30s [DEFAULT]
                """));
        assertThat(read(protocol.text()).problems()).isEmpty();
        assertThat(protocol.steps().get(0).label()).isEqualTo("Rest #2 before re-test");
        assertThat(protocol.steps().get(1).label()).isEqualTo("Rest#3");
        assertThat(protocol.steps().get(1).cue()).isEqualTo("Breathe # slowly");
    }

    private static final String YES_NO_FIXTURE = """
            id: test-protocol
            title: Test protocol
            version: 2
            condition: headache
            summary: A protocol for tests.
            sources: [S2]
            consent: required
            screening:
              - id: cold
                ask: Cold not tolerated?
                stop-if: ANSWER
            steps:
              - hold:
                  muscle: upper-trapezius
                  side: left
                  duration: 60s [S2]
                  optional: ANSWER
                  only-if: {cold: ANSWER}
                  only-if-any: {cold: ANSWER}
              - instruct:
                  label: Position
                  cue: Seated.
                  duration: 30s [DEFAULT]
                  confirm: ANSWER
            """;

    @ParameterizedTest
    @CsvSource({"yes,true", "Yes,true", "YES,true", "true,true", "True,true", "no,false", "No,false", "NO,false",
            "false,false", "FALSE,false"})
    void yesAndNoReadTheSameInEveryField(String written, boolean meant) {
        Protocol protocol = protocol(YES_NO_FIXTURE.replace("ANSWER", written));
        assertThat(protocol.question("cold").orElseThrow().stopAnswer()).contains(meant);
        Step.Hold hold = (Step.Hold) protocol.steps().get(0);
        assertThat(hold.target().optional()).isEqualTo(meant);
        assertThat(protocol.gate(0).all()).isEqualTo(Map.of("cold", meant));
        assertThat(protocol.gate(0).any()).isEqualTo(Map.of("cold", meant));
        assertThat(((Step.Instruct) protocol.steps().get(1)).confirm()).isEqualTo(meant);
    }

    @Test
    void aGateOnAnUnnamedQuestionTakesYesInCapitalsLikeConfirmDoes() {
        Protocol protocol = protocol("""
                id: test-protocol
                title: Test protocol
                version: 2
                condition: headache
                summary: A protocol for tests.
                sources: [S2]
                screening:
                  - ask: Cold not tolerated?
                    stop-if: Yes
                steps:
                  - instruct:
                      label: Position
                      cue: Seated.
                      confirm: Yes
                      only-if: {q1: Yes}
                """);
        assertThat(protocol.question("q1").orElseThrow().stopAnswer()).contains(true);
        assertThat(protocol.gate(0).all()).isEqualTo(Map.of("q1", true));
        assertThat(((Step.Instruct) protocol.steps().get(0)).confirm()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"on", "off", "y", "n", "maybe", "ja"})
    void anyOtherWordIsRefusedTheSameWayInEveryField(String written) {
        List<String> problems = problems(YES_NO_FIXTURE.replace("ANSWER", written));
        assertThat(problems).containsExactlyInAnyOrder(
                "test.yaml:11:14: stop-if must be yes or no, got '" + written + "'",
                "test.yaml:17:17: optional must be yes or no, got '" + written + "'",
                "test.yaml:18:23: only-if cold must be yes or no, got '" + written + "'",
                "test.yaml:19:27: only-if-any cold must be yes or no, got '" + written + "'",
                "test.yaml:24:16: confirm must be yes or no, got '" + written + "'");
    }

    @Test
    void fullWidthDigitsAreRefusedInEveryNumberAndDurationWithTheReason() {
        List<String> problems = problems("""
                id: test-protocol
                title: Test protocol
                version: ２
                condition: headache
                summary: A protocol for tests.
                sources: [S2]
                max-trigger-points: ４ [S2]
                consent: required
                steps:
                  - compression:
                      muscle: upper-trapezius
                      side: left
                      press: 30s [S2]
                      relax: 10s [DEFAULT]
                      cycles: ２ [DEFAULT]
                  - relax:
                      duration: ３0s [DEFAULT]
                  - needling:
                      muscle: upper-trapezius
                      side: left
                      technique: deep
                      needles: ١ [S2]
                      haemostasis: ٣٠s [S2]
                """);
        assertThat(problems).containsExactlyInAnyOrder(
                "test.yaml:3:10: version must be a whole number from 1 to 1000000, got '２'; write digits as 0-9 "
                        + "('２' is not one)",
                "test.yaml:7:21: max-trigger-points must be a whole number from 1 to 50, got '４'; write digits "
                        + "as 0-9 ('４' is not one)",
                "test.yaml:15:15: cycles must be a whole number from 1 to 20, got '２'; write digits as 0-9 "
                        + "('２' is not one)",
                "test.yaml:17:17: duration must be a duration like 60s, got '３0s'; write digits as 0-9 "
                        + "('３' is not one)",
                "test.yaml:22:16: needles must be a whole number from 1 to 50, got '١'; write digits as 0-9 "
                        + "('١' is not one)",
                "test.yaml:23:20: haemostasis must be a duration like 60s, got '٣٠s'; write digits as 0-9 "
                        + "('٣' is not one)");
    }

    @ParameterizedTest
    @CsvSource({"1:30,1m30s", "0:45,45s", "10:00,10m", "1:00:00,1h", "1:02:03,1h2m3s"})
    void aClockFaceIsRefusedWithTheDurationItMeans(String written, String meant) {
        List<String> problems = problems(steps("  - relax:\n      duration: " + written + " [DEFAULT]\n"));
        assertThat(problems).containsExactly("test.yaml:14:17: duration must be a duration like 60s, got '"
                + written + "'; write " + meant + " for " + written + " (h, m, s)");
    }

    @Test
    void theYamlEnginesMessagesNeverShowJavaClassNames() {
        List<String> problems = problems("id: x\n? [a, b]\n: c\n");
        assertThat(problems).containsExactly(
                "test.yaml:2:4: not valid YAML: a key must be a single word like 'label', not a list");
        assertThat(problems(steps("  - relax:\n      {duration: 30s}: x\n")))
                .allSatisfy(p -> assertThat(p).doesNotContainPattern("org\\.|com\\.|java\\.|Event"));
        assertThat(YamlTree.plain("expected <block end>, but found <org.yaml.snakeyaml.events.MappingStartEvent("
                + "anchor=null, tag=null, implicit=true)>")).isEqualTo("expected <block end>, but found a map");
    }

    @Test
    void aShippedDurationStillReadsAsBefore() {
        Protocol protocol = protocol(steps("  - relax:\n      duration: 1m30s [DEFAULT]\n"));
        assertThat(((Step.Relax) protocol.steps().get(0)).duration()).isEqualTo(Duration.ofSeconds(90));
    }
}
