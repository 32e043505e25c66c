package app.holdpoint.protocol.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import app.holdpoint.protocol.BodyMapMark;
import app.holdpoint.protocol.Precaution;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.ScreeningQuestion;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.StepKind;
import app.holdpoint.protocol.Target;
import app.holdpoint.protocol.TimelineExpander;

/** The fields issue 13 adds to the format: what each reads as, and the located error for each misuse. */
class FormatFieldsTest {

    private static ProtocolReader.Result read(String text) {
        return new ProtocolReader(TriggerPointFixture.catalog()).read("test.yaml",
                text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> errors(String text) {
        return read(text).problems().stream().filter(Problem::isError).map(Object::toString).toList();
    }

    private static String fixture() {
        return TriggerPointFixture.text("max-trigger-points: 4 [S6]");
    }

    @Test
    void overrideNeverMakesAStopAbsoluteAndOthersStayRelative() {
        Protocol protocol = TriggerPointFixture.capped(4);
        assertThat(protocol.question("attack-now").orElseThrow().absolute()).isTrue();
        assertThat(protocol.question("osteoporosis").orElseThrow().absolute()).isFalse();
    }

    @Test
    void askedDefaultsToTodayAndHistoryIsKept() {
        Protocol protocol = TriggerPointFixture.capped(4);
        assertThat(protocol.question("attack-now").orElseThrow().asked()).isEqualTo(ScreeningQuestion.Asked.TODAY);
        assertThat(protocol.question("osteoporosis").orElseThrow().asked())
                .isEqualTo(ScreeningQuestion.Asked.HISTORY);
    }

    @Test
    void whenYesAppliesToPressureAndNeedlesUnlessAppliesToSaysOtherwise() {
        Protocol protocol = TriggerPointFixture.capped(4);
        assertThat(protocol.question("osteoporosis").orElseThrow().whenYes()).contains(
                new Precaution(TriggerPointFixture.OSTEOPOROSIS_LINE,
                        Set.of(StepKind.HOLD, StepKind.COMPRESSION, StepKind.NEEDLING)));
        assertThat(protocol.question("cold-intolerance").orElseThrow().whenYes().orElseThrow().appliesTo())
                .containsExactlyInAnyOrder(StepKind.STRETCH, StepKind.SPRAY_STRETCH);
        assertThat(protocol.question("attack-now").orElseThrow().whenYes()).isEmpty();
    }

    @Test
    void onlyIfAnyIsTheGatesAnyPart() {
        Protocol protocol = TriggerPointFixture.capped(4);
        assertThat(protocol.gate(4).any()).isEqualTo(Map.of("cold-intolerance", true));
        assertThat(protocol.gate(4).all()).isEmpty();
        assertThat(protocol.gate(3).all()).isEqualTo(Map.of("cold-intolerance", false));
    }

    @Test
    void capIsASourcedCountAndOptionalWhenAbsent() {
        ProtocolReader.Result capped = read(fixture());
        assertThat(capped.protocol().orElseThrow().maxTriggerPoints()).hasValue(4);
        assertThat(capped.protocol().orElseThrow().citations()).anySatisfy(citation -> {
            assertThat(citation.field()).isEqualTo("protocol.max-trigger-points");
            assertThat(citation.sources()).containsExactly("S6");
        });
        assertThat(TriggerPointFixture.protocol("").maxTriggerPoints()).isEmpty();
        assertThat(read(TriggerPointFixture.text("max-trigger-points: 4")).problems()).singleElement().asString()
                .isEqualTo("test.yaml:7:21: warning: max-trigger-points 4 has no source; add [S..] from the "
                        + "clinical reference or [DEFAULT]");
    }

    @Test
    void optionalAndBilateralAreReadIntoTheTarget() {
        Protocol protocol = TriggerPointFixture.capped(4);
        assertThat(TimelineExpander.targetOf(protocol.steps().get(1))).contains(
                new Target("suboccipitals", Side.BOTH, true, false));
        assertThat(TimelineExpander.targetOf(protocol.steps().get(2))).contains(
                new Target("temporalis", Side.ASK, false, true));
        assertThat(protocol.muscle("temporalis")).isPresent();
    }

    static Stream<Arguments> misuses() {
        return Stream.of(
                Arguments.of("override: never without stop-if", fixture().replace("    stop-if: yes\n    override: never",
                        "    override: never"),
                        "test.yaml:20:15: override: never makes a stop absolute, so question 'attack-now' needs "
                                + "'stop-if: yes|no' too"),
                Arguments.of("an override word that does not exist", fixture().replace("override: never",
                        "override: nevr"), "test.yaml:21:15: override must be one of never, administrator, got "
                        + "'nevr' (did you mean 'never'?)"),
                Arguments.of("asked misspelt", fixture().replace("asked: history\n    when-yes: \"Osteo",
                        "asked: histroy\n    when-yes: \"Osteo"), "test.yaml:11:12: asked must be one of today, "
                        + "history, got 'histroy' (did you mean 'history'?)"),
                Arguments.of("applies-to naming no step kind", fixture().replace("[stretch, spray-stretch]",
                        "[stretch, spray]"), "applies-to must list step kinds"),
                Arguments.of("applies-to without when-yes", fixture().replace("    override: never",
                        "    override: never\n    applies-to: [hold]"), "test.yaml:22:17: applies-to names the "
                        + "steps a 'when-yes' line is shown on; question 'attack-now' has no 'when-yes'"),
                Arguments.of("only-if-any naming an unknown question", fixture().replace("only-if-any:\n        cold-intolerance: yes",
                        "only-if-any:\n        cold-intolerence: yes"), "only-if-any names 'cold-intolerence', which is not a "
                        + "screening question of this protocol (did you mean 'cold-intolerance'?)"),
                Arguments.of("only-if-any with a word for an answer", fixture().replace("        cold-intolerance: yes",
                        "        cold-intolerance: maybe"), "only-if-any cold-intolerance must be yes or no"),
                Arguments.of("a cap of zero", TriggerPointFixture.text("max-trigger-points: 0 [S6]"),
                        "test.yaml:7:21: max-trigger-points must be from 1 to 50, got 0"),
                Arguments.of("optional on a stretch", fixture().replace("      hold: 30s [S67]",
                        "      hold: 30s [S67]\n      optional: yes"), "optional marks a step that treats a trigger point"),
                Arguments.of("bilateral misspelt", fixture().replace("side: bilateral", "side: bilaterl"),
                        "side must be one of left, right, both, ask, got 'bilaterl' (did you mean 'bilateral'?)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misuses")
    void misuseIsALocatedError(String what, String text, String expected) {
        assertThat(text).isNotEqualTo(fixture());
        assertThat(errors(text)).anySatisfy(problem -> assertThat(problem).contains(expected))
                .allSatisfy(problem -> assertThat(problem).matches("test\\.yaml:\\d+:\\d+: .+"));
        assertThat(read(text).protocol()).isEmpty();
    }

    @Test
    void catalogQuestionsTakeTheNewFieldsAndMapsAZoneOnTheOtherView(@TempDir Path folder) throws IOException {
        Path catalog = Files.createDirectories(folder.resolve("catalog"));
        Files.writeString(catalog.resolve("muscles.yaml"), """
                muscles:
                  - id: infraspinatus
                    name: Infraspinatus
                    region: shoulder
                    trigger-point: Below the spine of the scapula.
                    referral: Deep in the front of the shoulder.
                    precautions: []
                    sources: [S50]
                    map:
                      view: back
                      point: [0.4, 0.22]
                      zone: [[0.38, 0.25], [0.36, 0.3]]
                      other-view-zone: [[0.66, 0.2], [0.68, 0.24], [0.65, 0.26]]
                  - id: piriformis
                    name: Piriformis
                    region: hip
                    trigger-point: Buttock.
                    referral: Buttock.
                    precautions: []
                    sources: [S49]
                    map:
                      view: back
                      point: [0.45, 0.5]
                """);
        Files.writeString(catalog.resolve("screening.yaml"), """
                sets:
                  - id: general-no-go
                    title: General
                    questions:
                      - id: dvt
                        ask: Suspected blood clot?
                        stop-if: yes
                        override: never
                      - id: bleeding-risk
                        ask: Blood thinners?
                        asked: history
                        when-yes: "Anticoagulants: lighter pressure, no needling"
                        applies-to: [hold, compression, needling]
                """);
        Files.writeString(catalog.resolve("home-care.yaml"), "advice: []\n");
        CatalogLoader.Result result = CatalogLoader.load(folder);
        assertThat(result.problems()).isEmpty();
        BodyMapMark infraspinatus = result.catalog().muscle("infraspinatus").orElseThrow().map();
        assertThat(infraspinatus.otherViewZone()).containsExactly(new BodyMapMark.Point(0.66, 0.2),
                new BodyMapMark.Point(0.68, 0.24), new BodyMapMark.Point(0.65, 0.26));
        assertThat(infraspinatus.otherView()).isEqualTo(BodyMapMark.View.FRONT);
        assertThat(result.catalog().muscle("piriformis").orElseThrow().map().otherViewZone()).isEmpty();
        List<ScreeningQuestion> questions = result.catalog().screeningSets().get("general-no-go").questions();
        assertThat(questions.get(0).absolute()).isTrue();
        assertThat(questions.get(1).asked()).isEqualTo(ScreeningQuestion.Asked.HISTORY);
        assertThat(questions.get(1).whenYes().orElseThrow().text())
                .isEqualTo("Anticoagulants: lighter pressure, no needling");
    }

    @Test
    void aPointOutsideThePictureInTheOtherViewZoneIsALocatedError(@TempDir Path folder) throws IOException {
        Path catalog = Files.createDirectories(folder.resolve("catalog"));
        Files.writeString(catalog.resolve("muscles.yaml"), """
                muscles:
                  - id: soleus
                    name: Soleus
                    map:
                      view: back
                      point: [0.45, 0.85]
                      other-view-zone: [[1.5, 0.2]]
                """);
        Files.writeString(catalog.resolve("screening.yaml"), "sets: []\n");
        Files.writeString(catalog.resolve("home-care.yaml"), "advice: []\n");
        assertThat(CatalogLoader.load(folder).problems()).filteredOn(Problem::isError).extracting(Object::toString)
                .contains("catalog/muscles.yaml:7:25: a point must be [x, y] with numbers from 0 to 1, got a list");
    }
}
