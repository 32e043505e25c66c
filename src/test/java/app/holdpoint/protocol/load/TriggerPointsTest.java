package app.holdpoint.protocol.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.holdpoint.protocol.Phase;
import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.protocol.TimelineExpander;
import app.holdpoint.protocol.TriggerPoint;
import app.holdpoint.protocol.TriggerPointChoice;
import app.holdpoint.protocol.TriggerPointPlan;

/** Counting trigger points against the cap, choosing which to treat, and what a point left out takes with it. */
class TriggerPointsTest {
    private static final Map<String, Boolean> NO = TriggerPointFixture.answers(false, false);

    private static List<String> ids(List<TriggerPoint> points) {
        return points.stream().map(p -> p.muscleId() + "/" + p.side().word()).toList();
    }

    private static List<String> targets(Timeline timeline) {
        return timeline.phases().stream()
                .map(p -> p.kind().word() + " " + p.muscle().orElse("-") + p.side().map(s -> "/" + s.word()).orElse(""))
                .distinct().toList();
    }

    @Test
    void bilateralStepCountsAsOneTriggerPointAndRunsOnceOnBothSides() {
        Protocol protocol = TriggerPointFixture.capped(4);
        TriggerPointPlan plan = TriggerPointPlan.of(protocol, Side.BOTH, NO);
        assertThat(ids(plan.points())).containsExactly("upper-trapezius/left", "upper-trapezius/right",
                "suboccipitals/both", "temporalis/left", "temporalis/right");
        assertThat(ids(plan.required())).containsExactly("upper-trapezius/left", "upper-trapezius/right",
                "suboccipitals/both");
        Timeline timeline = TimelineExpander.expand(protocol, Optional.of(Side.BOTH), Optional.of(NO),
                TriggerPointChoice.ALL);
        assertThat(timeline.phases()).filteredOn(p -> p.muscle().equals(Optional.of("suboccipitals")))
                .extracting(Phase::side).containsOnly(Optional.of(Side.BOTH)).hasSize(1);
    }

    @Test
    void oneSideCountsEachMuscleOnceAndTheBilateralPointToo() {
        TriggerPointPlan plan = TriggerPointPlan.of(TriggerPointFixture.capped(4), Side.LEFT, NO);
        assertThat(ids(plan.points())).containsExactly("upper-trapezius/left", "suboccipitals/both",
                "temporalis/left");
        assertThat(plan.points()).extracting(TriggerPoint::muscleName)
                .containsExactly("Upper trapezius", "Suboccipitals", "Temporalis");
    }

    @ParameterizedTest(name = "cap {0}, side {1}")
    @CsvSource({"1, LEFT", "2, LEFT", "3, LEFT", "1, BOTH", "2, BOTH", "3, BOTH", "4, BOTH", "5, BOTH",
            "6, BOTH", "2, RIGHT"})
    void defaultChoiceNeverExceedsTheCapAndTakesRequiredPointsInOrder(int cap, Side side) {
        TriggerPointPlan plan = TriggerPointPlan.of(TriggerPointFixture.capped(cap), side, NO);
        TriggerPointChoice choice = plan.defaultChoice();
        List<TriggerPoint> treated = choice.treatedIn(plan);
        assertThat(treated).hasSizeLessThanOrEqualTo(cap).noneMatch(TriggerPoint::optional)
                .containsExactlyElementsOf(plan.required().subList(0, Math.min(cap, plan.required().size())));
        assertThat(choice.exceedsCap(plan)).isFalse();
        assertThat(choice.validate(plan)).isSameAs(choice);
        long phasesOfTreatedPoints = TimelineExpander.expand(TriggerPointFixture.capped(cap), Optional.of(side),
                Optional.of(NO)).phases().stream().filter(p -> p.kind() == PhaseKind.PRESS).map(p ->
                p.muscle().orElseThrow() + p.side().orElseThrow()).distinct().count();
        assertThat(phasesOfTreatedPoints).as("the old overload follows the default choice").isEqualTo(treated.size());
    }

    @Test
    void needsChoiceWhenThereAreOptionalPointsOrMoreThanTheCap() {
        assertThat(TriggerPointPlan.of(TriggerPointFixture.capped(9), Side.LEFT, NO).needsChoice())
                .as("the temporalis is optional").isTrue();
        TriggerPointPlan overCap = TriggerPointPlan.of(TriggerPointFixture.capped(2), Side.BOTH, NO);
        assertThat(overCap.needsChoice()).isTrue();
        assertThat(ids(overCap.leftOut(overCap.defaultChoice()))).containsExactly("suboccipitals/both",
                "temporalis/left", "temporalis/right");
        assertThat(overCap.cap()).hasValue(2);
    }

    @Test
    void aChoiceOverTheCapIsRefused() {
        TriggerPointPlan plan = TriggerPointPlan.of(TriggerPointFixture.capped(3), Side.BOTH, NO);
        TriggerPointChoice four = new TriggerPointChoice(Set.copyOf(plan.points().subList(0, 4)));
        assertThat(four.exceedsCap(plan)).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> four.validate(plan))
                .withMessage("4 trigger points chosen; the protocol treats at most 3 in one session");
        assertThat(TriggerPointChoice.ALL.exceedsCap(plan)).isTrue();
    }

    @Test
    void pointLeftForNextTimeDropsEveryStepOfItsMuscleOnThatSideOnly() {
        Protocol protocol = TriggerPointFixture.capped(4);
        TriggerPointPlan plan = TriggerPointPlan.of(protocol, Side.BOTH, NO);
        Set<TriggerPoint> withoutRightTrapezius = Set.of(plan.points().get(0), plan.points().get(2));
        Timeline timeline = TimelineExpander.expand(protocol, Optional.of(Side.BOTH), Optional.of(NO),
                new TriggerPointChoice(withoutRightTrapezius));
        assertThat(targets(timeline)).containsExactly(
                "PRESS upper-trapezius/left", "RELAX upper-trapezius/left", "PRESS suboccipitals/both",
                "SPRAY upper-trapezius/left", "STRETCH upper-trapezius/left", "DO -");
    }

    @Test
    void allTurnsTheOptionalMusclesOn() {
        Protocol protocol = TriggerPointFixture.protocol("");
        Timeline all = TimelineExpander.expand(protocol, Optional.of(Side.LEFT), Optional.of(NO),
                TriggerPointChoice.ALL);
        Timeline standard = TimelineExpander.expand(protocol, Optional.of(Side.LEFT), Optional.of(NO));
        assertThat(all.phases()).anyMatch(p -> p.muscle().equals(Optional.of("temporalis")));
        assertThat(standard.phases()).noneMatch(p -> p.muscle().equals(Optional.of("temporalis")));
    }

    @Test
    void withColdRuledOutTheUpperTrapeziusStillGetsAStretch() {
        Timeline timeline = TimelineExpander.expand(TriggerPointFixture.capped(4), Optional.of(Side.LEFT),
                Optional.of(TriggerPointFixture.answers(false, true)));
        assertThat(targets(timeline)).contains("CONTRACT upper-trapezius/left", "STRETCH upper-trapezius/left")
                .doesNotContain("SPRAY upper-trapezius/left");
    }

    @Test
    void expansionIsTheSameEveryTimeFromTheSameProtocolTextSideAnswersAndChoice() {
        Map<String, Boolean> answers = TriggerPointFixture.answers(true, false);
        Protocol first = TriggerPointFixture.capped(3);
        Protocol reread = TriggerPointFixture.capped(3);
        TriggerPointPlan plan = TriggerPointPlan.of(first, Side.BOTH, answers);
        TriggerPointChoice choice = new TriggerPointChoice(Set.of(plan.points().get(1), plan.points().get(3)));
        assertThat(TimelineExpander.expand(reread, Optional.of(Side.BOTH), Optional.of(answers), choice).phases())
                .isEqualTo(TimelineExpander.expand(first, Optional.of(Side.BOTH), Optional.of(answers), choice)
                        .phases());
    }
}
