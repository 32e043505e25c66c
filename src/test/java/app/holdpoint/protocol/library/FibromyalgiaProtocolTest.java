package app.holdpoint.protocol.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import app.holdpoint.protocol.Condition;
import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Step;
import app.holdpoint.protocol.StepKind;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FibromyalgiaProtocolTest {

    private static Protocol fm() {
        return Library.protocol("fibromyalgia-gentle");
    }

    @Test
    void no_fibromyalgia_protocol_needles_or_asks_for_needling_consent() {
        assertThat(Library.withCondition(Condition.FIBROMYALGIA)).isNotEmpty().allSatisfy(p -> {
            assertThat(p.hasNeedling()).as(p.id()).isFalse();
            assertThat(p.consentRequired()).as(p.id()).isFalse();
        });
    }

    @Test
    void every_press_in_a_fibromyalgia_protocol_ends_by_60_seconds() {
        for (Protocol p : Library.withCondition(Condition.FIBROMYALGIA)) {
            assertThat(Library.steps(p, Step.Compression.class)).allSatisfy(c ->
                    assertThat(c.press().toSeconds()).isLessThanOrEqualTo(60));
            assertThat(Library.steps(p, Step.Hold.class)).isNotEmpty().allSatisfy(h -> {
                long cap = h.release().map(r -> r.max()).or(h::duration).orElseThrow().toSeconds();
                assertThat(cap).isLessThanOrEqualTo(60);
            });
        }
    }

    @Test
    void fibromyalgia_pressure_is_barrier_mode_at_most_4_out_of_10_on_at_most_4_points() {
        var holds = Library.steps(fm(), Step.Hold.class);
        assertThat(holds).allSatisfy(h -> assertThat(h.cue()).containsIgnoringCase("barrier").contains("4/10"));
        assertThat(holds.stream().map(h -> h.target().muscle()).distinct().count()).isBetween(1L, 4L);
        assertThat(Library.steps(fm(), Step.Compression.class)).isEmpty();
    }

    @Test
    void every_spray_step_is_behind_the_cold_tolerance_gate_and_the_clients_agreement() {
        for (Protocol p : Library.withCondition(Condition.FIBROMYALGIA)) {
            for (int i = 0; i < p.steps().size(); i++) {
                if (p.steps().get(i).kind() == StepKind.SPRAY_STRETCH) {
                    assertThat(p.gate(i).requiredAnswers()).as(p.id())
                            .containsEntry("cold-intolerance", false)
                            .containsEntry("spray-agreed", true);
                }
            }
            var coldQuestion = Library.question(p, "cold-intolerance").orElseThrow();
            assertThat(coldQuestion.stopAnswer()).as("informational, not a stop").isEmpty();
        }
    }

    @Test
    void a_client_who_does_not_tolerate_cold_gets_no_spray_but_the_rest_of_the_session() {
        var session = Library.sessionLeft(fm(), Map.of("spray-agreed", true, "cold-intolerance", true));
        assertThat(Library.hasPhase(session, PhaseKind.SPRAY)).isFalse();
        assertThat(Library.hasPhase(session, PhaseKind.PRESS)).isTrue();
        var declined = Library.sessionLeft(fm(), Map.of("spray-agreed", false));
        assertThat(Library.hasPhase(declined, PhaseKind.SPRAY)).isFalse();
        var agreed = Library.sessionLeft(fm(), Map.of("spray-agreed", true));
        assertThat(Library.hasPhase(agreed, PhaseKind.SPRAY)).isTrue();
    }

    @Test
    void the_fibromyalgia_session_stays_short_with_or_without_spray() {
        long withSpray = Library.sessionLeft(fm(), Map.of("spray-agreed", true)).totalPlanned().toSeconds();
        long without = Library.sessionLeft(fm(), Map.of()).totalPlanned().toSeconds();
        assertThat(withSpray).isBetween(25L * 60, 30L * 60);
        assertThat(without).isBetween(24L * 60, 30L * 60);
    }

    @Test
    void fibromyalgia_home_care_is_the_gentle_version_centred_on_exercise() {
        assertThat(Library.steps(fm(), Step.HomeCare.class)).extracting(Step.HomeCare::adviceId)
                .containsExactly("self-massage-gentle");
        String text = Library.catalog().advice().get("self-massage-gentle").text();
        assertThat(text).containsIgnoringCase("exercise").contains("3 to 4 out of 10").doesNotContain("5 to 7");
    }
}
