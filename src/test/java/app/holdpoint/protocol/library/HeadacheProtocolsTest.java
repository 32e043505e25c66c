package app.holdpoint.protocol.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import app.holdpoint.protocol.Condition;
import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.ScreeningQuestion;
import app.holdpoint.protocol.Step;
import app.holdpoint.protocol.StepKind;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HeadacheProtocolsTest {

    private static List<Protocol> headache() {
        List<Protocol> protocols = Library.withCondition(Condition.HEADACHE);
        assertThat(protocols).hasSizeGreaterThanOrEqualTo(3);
        return protocols;
    }

    @Test
    void compression_holds_in_every_headache_protocol_are_60_to_90_seconds() {
        // Hou 2002 [S2]: 60-90 s is the evidence-backed range.
        for (Protocol protocol : headache()) {
            List<Step.Compression> presses = Library.steps(protocol, Step.Compression.class);
            assertThat(presses).as(protocol.id()).isNotEmpty();
            for (Step.Compression c : presses) {
                assertThat(c.press().toSeconds()).as(protocol.id() + " " + c.label()).isBetween(60L, 90L);
                assertThat(c.cycles()).as(protocol.id() + " " + c.label()).isBetween(1, 3);
            }
            assertThat(Library.steps(protocol, Step.Hold.class)).as(protocol.id()).allSatisfy(h ->
                    assertThat(h.release().map(r -> r.max()).or(h::duration).orElseThrow().toSeconds())
                            .isBetween(60L, 90L));
        }
    }

    @Test
    void every_headache_protocol_screens_all_snoop_red_flags_as_stops() {
        List<String> snoop = Library.setQuestionIds("snoop");
        assertThat(snoop).hasSizeGreaterThanOrEqualTo(8);
        for (Protocol protocol : headache()) {
            assertThat(Library.screensSet(protocol, "snoop")).as(protocol.id()).isTrue();
            for (String id : snoop) {
                assertThat(Library.question(protocol, id).orElseThrow().stops(true)).as(protocol.id() + " " + id)
                        .isTrue();
            }
        }
    }

    @Test
    void the_migraine_protocol_stops_when_an_attack_is_under_way() {
        Protocol migraine = Library.protocol("migraine-between-attacks");
        ScreeningQuestion first = migraine.screening().get(0);
        assertThat(first.text()).containsIgnoringCase("attack").containsIgnoringCase("now");
        assertThat(first.stops(true)).isTrue();
        assertThat(first.stops(false)).isFalse();
        assertThat(first.sources()).contains("S48");
    }

    @Test
    void the_migraine_protocol_tells_the_therapist_to_stop_if_an_attack_starts_and_uses_barrier_pressure() {
        Protocol migraine = Library.protocol("migraine-between-attacks");
        Step beforeAnyPressure = migraine.steps().stream()
                .filter(s -> s.kind() == StepKind.INSTRUCT).findFirst().orElseThrow();
        assertThat(beforeAnyPressure.cue()).containsIgnoringCase("attack started");
        assertThat(Library.steps(migraine, Step.Compression.class))
                .allSatisfy(c -> assertThat(c.cue()).containsIgnoringCase("barrier"));
    }

    @Test
    void the_sternocleidomastoid_is_only_ever_pressed_with_a_pincer_grip_away_from_the_carotid_pulse() {
        for (Protocol protocol : Library.protocols()) {
            for (Step.Compression c : Library.steps(protocol, Step.Compression.class)) {
                if (c.target().muscle().startsWith("sternocleidomastoid")) {
                    assertThat(c.cue()).as(protocol.id()).containsIgnoringCase("pincer")
                            .containsIgnoringCase("carotid pulse");
                }
            }
        }
    }

    @Test
    void no_protocol_sprays_cold_on_the_face_or_the_front_of_the_neck() {
        List<String> face = List.of("temporalis", "suboccipitals", "sternocleidomastoid-sternal",
                "sternocleidomastoid-clavicular");
        for (Protocol protocol : Library.protocols()) {
            assertThat(Library.steps(protocol, Step.SprayStretch.class)).as(protocol.id())
                    .noneMatch(s -> face.contains(s.target().muscle()));
        }
    }

    @Test
    void neck_sprays_shield_the_eyes_and_airway() {
        for (Protocol protocol : headache()) {
            for (Step.SprayStretch s : Library.steps(protocol, Step.SprayStretch.class)) {
                assertThat(s.sweeps()).as(protocol.id()).containsIgnoringCase("shield");
            }
        }
    }

    @Test
    void the_tension_type_headache_protocol_treats_upper_trapezius_and_suboccipitals_first_with_threshold_pressure() {
        Protocol tth = Library.protocol("tension-type-headache");
        List<Step.Compression> presses = Library.steps(tth, Step.Compression.class);
        assertThat(presses.get(0).target().muscle()).isEqualTo("upper-trapezius");
        assertThat(presses.get(1).target().muscle()).isEqualTo("suboccipitals");
        assertThat(presses.get(0).press().toSeconds()).isEqualTo(90);
        assertThat(tth.consentRequired()).isFalse();
        assertThat(tth.hasNeedling()).isFalse();
    }

    @Test
    void headache_sessions_without_cold_tolerance_still_run_but_without_spray() {
        for (Protocol protocol : headache()) {
            var session = Library.sessionLeft(protocol, Map.of("cold-intolerance", true));
            assertThat(Library.hasPhase(session, PhaseKind.SPRAY)).as(protocol.id()).isFalse();
            assertThat(Library.hasPhase(session, PhaseKind.PRESS)).as(protocol.id()).isTrue();
        }
    }
}
