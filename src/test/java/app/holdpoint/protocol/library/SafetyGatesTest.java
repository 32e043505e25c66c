package app.holdpoint.protocol.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import app.holdpoint.protocol.Condition;
import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Step;
import app.holdpoint.protocol.StepKind;

/** Cold spray and dry needling: the gates that keep them away from clients who must not have them. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SafetyGatesTest {

    /** Every cold-spray contraindication, plus numb skin from the manual-pressure cautions. */
    private static List<String> coldContraindications() {
        List<String> ids = new ArrayList<>(Library.setQuestionIds("cold-spray"));
        ids.add("reduced-sensation");
        return ids;
    }

    @Test
    void every_spray_step_in_the_library_is_left_out_when_any_cold_contraindication_is_answered_yes() {
        int sprays = 0;
        for (Protocol p : Library.protocols()) {
            for (int i = 0; i < p.steps().size(); i++) {
                if (p.steps().get(i).kind() != StepKind.SPRAY_STRETCH) {
                    continue;
                }
                sprays++;
                var required = p.gate(i).requiredAnswers();
                for (String id : coldContraindications()) {
                    assertThat(required).as(p.id() + " step " + i + " gate on " + id).containsEntry(id, false);
                }
            }
            if (!Library.stepsOfKind(p, StepKind.SPRAY_STRETCH).isEmpty()) {
                for (String id : coldContraindications()) {
                    var session = Library.sessionLeft(p, Map.of(id, true, "spray-agreed", true));
                    assertThat(Library.hasPhase(session, PhaseKind.SPRAY)).as(p.id() + " with " + id).isFalse();
                }
            }
        }
        assertThat(sprays).isGreaterThanOrEqualTo(5);
    }

    @Test
    void cold_spray_contraindications_are_informational_so_only_the_spray_is_left_out() {
        for (String id : Library.setQuestionIds("cold-spray")) {
            var q = Library.catalog().screeningSets().get("cold-spray").questions().stream()
                    .filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            assertThat(q.stopAnswer()).as(id).isEmpty();
        }
        assertThat(Library.setQuestionIds("cold-spray")).contains("cold-intolerance", "raynaud",
                "cold-hypersensitivity", "poor-circulation", "propellant-allergy");
    }

    @Test
    void every_spray_never_frosts_the_skin_and_holds_the_stretch_30_seconds_for_at_most_3_cycles() {
        for (Protocol p : Library.protocols()) {
            for (Step.SprayStretch s : Library.steps(p, Step.SprayStretch.class)) {
                assertThat(s.sweeps()).as(p.id()).containsIgnoringCase("never frost").contains("30-46 cm");
                assertThat(s.stretch().toSeconds()).as(p.id()).isEqualTo(30);
                assertThat(s.cycles()).as(p.id()).isBetween(1, 3);
            }
        }
    }

    @Test
    void every_protocol_with_spray_rewarms_with_moist_heat_for_10_to_20_minutes() {
        for (Protocol p : Library.protocols()) {
            if (Library.stepsOfKind(p, StepKind.SPRAY_STRETCH).isEmpty()) {
                continue;
            }
            boolean rewarm = Library.steps(p, Step.SprayStretch.class).stream()
                    .anyMatch(s -> s.rewarm().map(d -> d.toMinutes() >= 10 && d.toMinutes() <= 20).orElse(false));
            boolean warmthAfter = Library.steps(p, Step.Instruct.class).stream()
                    .anyMatch(i -> i.label().equals("Warmth") && i.duration().map(d -> d.toMinutes() >= 10)
                            .orElse(false));
            assertThat(rewarm || warmthAfter).as(p.id()).isTrue();
        }
    }

    @Test
    void every_needling_protocol_requires_consent_and_screens_the_needling_contraindications() {
        List<Protocol> needling = Library.protocols().stream().filter(Protocol::hasNeedling).toList();
        assertThat(needling).extracting(Protocol::id).contains("tension-type-headache-needling");
        for (Protocol p : needling) {
            assertThat(p.consentRequired()).as(p.id()).isTrue();
            assertThat(Library.screensSet(p, "needling")).as(p.id()).isTrue();
            // The credential is on the therapist's record (verified by an administrator), not a screening answer.
            assertThat(Library.question(p, "dn-credential")).as(p.id()).isEmpty();
            assertThat(Library.question(p, "needle-phobia").orElseThrow().stops(true)).as(p.id()).isTrue();
            assertThat(p.id()).endsWith("-needling");
        }
    }

    @Test
    void needling_follows_the_reference_block_and_sends_the_client_home_warned_about_soreness() {
        for (Protocol p : Library.protocols().stream().filter(Protocol::hasNeedling).toList()) {
            for (Step.Needling n : Library.steps(p, Step.Needling.class)) {
                assertThat(n.haemostasis().toSeconds()).as(p.id()).isEqualTo(60);
                assertThat(n.retention().map(d -> d.toMinutes()).orElse(0L)).as(p.id()).isBetween(0L, 5L);
                assertThat(n.cue()).as(p.id()).containsIgnoringCase("twitch");
            }
            assertThat(Library.steps(p, Step.HomeCare.class)).extracting(Step.HomeCare::adviceId)
                    .as(p.id()).contains("after-needling");
        }
        assertThat(Library.catalog().advice().get("after-needling").text()).contains("2 to 8 hours")
                .containsIgnoringCase("short of breath");
    }

    @Test
    void needling_never_appears_in_fibromyalgia_self_care_or_a_protocol_without_the_needling_suffix() {
        for (Protocol p : Library.protocols()) {
            if (p.condition() == Condition.FIBROMYALGIA || p.condition() == Condition.SELF_CARE
                    || !p.id().endsWith("-needling")) {
                assertThat(p.hasNeedling()).as(p.id()).isFalse();
                assertThat(p.consentRequired()).as(p.id()).isFalse();
            }
        }
    }

    @Test
    void self_care_coaching_has_no_clinician_only_step() {
        for (Protocol p : Library.withCondition(Condition.SELF_CARE)) {
            assertThat(p.steps()).as(p.id()).noneMatch(s -> s.kind() == StepKind.NEEDLING
                    || s.kind() == StepKind.SPRAY_STRETCH);
        }
    }
}
