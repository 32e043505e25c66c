package app.holdpoint.protocol.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.groups.Tuple;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import app.holdpoint.protocol.Condition;
import app.holdpoint.protocol.Durations;
import app.holdpoint.protocol.Phase;
import app.holdpoint.protocol.PhaseKind;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.ScreeningQuestion;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.Step;
import app.holdpoint.protocol.StepKind;
import app.holdpoint.protocol.TimelineExpander;
import app.holdpoint.protocol.TriggerPoint;
import app.holdpoint.protocol.TriggerPointPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The clinical facts the review's fixes establish (../shared/reviews/clinical-review.md, C01-C35), asserted on
 * every shipped protocol they concern.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClinicalFactsTest {

    /** C02: stops nobody may override (review C02 item 2, with suspected DVT from the issue). */
    private static final Set<String> ABSOLUTE = Set.of("cannot-consent", "needle-phobia", "lymphoedema",
            "attack-now", "saddle-anaesthesia", "bladder-change", "leg-deficit-progressive", "snoop-thunderclap",
            "dvt");

    private static final Set<String> TODAY = Set.of("fever", "wound-at-site", "dvt", "injury-under-72h",
            "attack-now", "needle-phobia", "broken-skin-spray-path", "snoop-thunderclap", "saddle-anaesthesia",
            "bladder-change", "apex-risk", "spray-agreed", "flaring", "pregnant");

    private static final Set<String> HISTORY = Set.of("bleeding-risk", "osteoporosis", "reduced-sensation",
            "blood-pressure", "varicose-veins", "raynaud", "cold-hypersensitivity", "cold-intolerance",
            "poor-circulation", "propellant-allergy", "lymphoedema", "cancer-history", "me-cfs");

    private static List<String> coldAnswers() {
        List<String> ids = new ArrayList<>(Library.setQuestionIds("cold-spray"));
        ids.add("reduced-sensation");
        return ids;
    }

    private static Map<String, Boolean> allNo(Protocol p) {
        Map<String, Boolean> answers = new HashMap<>();
        p.screening().forEach(q -> answers.put(q.id(), false));
        return answers;
    }

    private static boolean hasPhase(List<Phase> phases, PhaseKind kind, String muscle) {
        return phases.stream().anyMatch(ph -> ph.kind() == kind && ph.muscle().equals(Optional.of(muscle)));
    }

    @Test
    void every_stop_the_review_lists_as_absolute_cannot_be_overridden_wherever_it_is_asked() {
        int found = 0;
        for (Protocol p : Library.protocols()) {
            for (ScreeningQuestion q : p.screening()) {
                if (ABSOLUTE.contains(q.id())) {
                    found++;
                    assertThat(q.absolute()).as(p.id() + " " + q.id()).isTrue();
                    assertThat(q.stopAnswer()).as(p.id() + " " + q.id()).contains(true);
                }
            }
            assertThat(Library.question(p, "dvt")).as(p.id() + " asks about a DVT").isPresent();
        }
        assertThat(found).isGreaterThan(Library.protocols().size());
    }

    @Test
    void each_protocol_asks_the_absolute_stops_of_its_condition() {
        for (Protocol p : Library.protocols()) {
            if (p.hasNeedling()) {
                for (String id : List.of("cannot-consent", "needle-phobia", "lymphoedema")) {
                    assertThat(Library.question(p, id)).as(p.id() + " " + id).hasValueSatisfying(q ->
                            assertThat(q.absolute()).isTrue());
                }
            }
            if (p.condition() == Condition.HEADACHE) {
                assertThat(Library.question(p, "snoop-thunderclap")).as(p.id()).hasValueSatisfying(q ->
                        assertThat(q.absolute()).isTrue());
            }
            if (p.condition() == Condition.LOW_BACK) {
                for (String id : List.of("saddle-anaesthesia", "bladder-change", "leg-deficit-progressive")) {
                    assertThat(Library.question(p, id)).as(p.id() + " " + id).hasValueSatisfying(q ->
                            assertThat(q.absolute()).isTrue());
                }
            }
        }
        assertThat(Library.question(Library.protocol("migraine-between-attacks"), "attack-now").orElseThrow()
                .absolute()).isTrue();
        // C06: the cauda equina question asks bowel and sexual function too.
        assertThat(Library.question(Library.protocol("low-back-sciatica-like"), "bladder-change").orElseThrow()
                .text()).containsIgnoringCase("bowel").containsIgnoringCase("sexual");
    }

    @Test
    void questions_about_today_are_asked_every_session_and_conditions_may_be_carried_over() {
        for (Protocol p : Library.protocols()) {
            for (ScreeningQuestion q : p.screening()) {
                if (TODAY.contains(q.id())) {
                    assertThat(q.asked()).as(p.id() + " " + q.id()).isEqualTo(ScreeningQuestion.Asked.TODAY);
                }
                if (HISTORY.contains(q.id())) {
                    assertThat(q.asked()).as(p.id() + " " + q.id()).isEqualTo(ScreeningQuestion.Asked.HISTORY);
                }
            }
        }
    }

    @Test
    void the_self_declared_needling_credential_is_gone_and_needling_protocols_require_consent() {
        for (Protocol p : Library.protocols()) {
            assertThat(Library.question(p, "dn-credential")).as(p.id()).isEmpty();
            if (p.hasNeedling()) {
                assertThat(p.consentRequired()).as(p.id()).isTrue();
            }
        }
        assertThat(Library.protocols().stream().filter(Protocol::hasNeedling)).extracting(Protocol::id)
                .containsExactlyInAnyOrder("tension-type-headache-needling", "sports-calf-needling");
    }

    @Test
    void with_any_cold_answer_yes_every_sprayed_muscle_still_gets_a_stretch() {
        int sprayed = 0;
        for (Protocol p : Library.protocols()) {
            List<String> sprayMuscles = Library.steps(p, Step.SprayStretch.class).stream()
                    .map(s -> s.target().muscle()).distinct().toList();
            for (String muscle : sprayMuscles) {
                sprayed++;
                for (String id : coldAnswers()) {
                    var phases = Library.sessionLeft(p, Map.of(id, true, "spray-agreed", true)).phases();
                    assertThat(hasPhase(phases, PhaseKind.SPRAY, muscle)).as(p.id() + " " + muscle + " " + id)
                            .isFalse();
                    assertThat(hasPhase(phases, PhaseKind.STRETCH, muscle)).as(p.id() + " " + muscle + " " + id)
                            .isTrue();
                }
            }
        }
        assertThat(sprayed).isGreaterThanOrEqualTo(8);
    }

    @Test
    void with_cold_ruled_out_the_upper_trapezius_of_every_headache_and_neck_protocol_gets_a_post_isometric_stretch() {
        for (Protocol p : Library.protocols()) {
            if (Library.steps(p, Step.SprayStretch.class).stream()
                    .noneMatch(s -> s.target().muscle().equals("upper-trapezius"))) {
                continue;
            }
            var phases = Library.sessionLeft(p, Map.of("cold-intolerance", true)).phases();
            assertThat(hasPhase(phases, PhaseKind.STRETCH, "upper-trapezius")).as(p.id()).isTrue();
            if (!p.id().equals("fibromyalgia-gentle")) { // its gentle stretches run whatever the answers
                assertThat(hasPhase(phases, PhaseKind.CONTRACT, "upper-trapezius")).as(p.id()).isTrue();
            }
            // With the spray, the post-isometric stretch does not also run (it replaces the spray).
            var withSpray = Library.sessionLeft(p, Map.of("spray-agreed", true)).phases();
            assertThat(hasPhase(withSpray, PhaseKind.SPRAY, "upper-trapezius")).as(p.id()).isTrue();
        }
        var tth = Library.sessionLeft(Library.protocol("tension-type-headache"), Map.of("cold-intolerance", true));
        assertThat(hasPhase(tth.phases(), PhaseKind.STRETCH, "upper-trapezius")).isTrue();
        assertThat(hasPhase(tth.phases(), PhaseKind.CONTRACT, "upper-trapezius")).isTrue();
    }

    @Test
    void a_bleeding_risk_yes_puts_its_precaution_line_on_every_pressure_phase_and_only_then() {
        int checked = 0;
        for (Protocol p : Library.protocols()) {
            if (!Library.screensSet(p, "manual-pressure-cautions")) {
                continue;
            }
            var treated = Library.sessionLeft(p, Map.of("bleeding-risk", true)).phases().stream()
                    .filter(ph -> ph.kind() == PhaseKind.PRESS && ph.muscle().isPresent()).toList();
            for (Phase ph : treated) {
                checked++;
                assertThat(ph.precautions()).as(p.id() + " " + ph.label())
                        .anySatisfy(line -> assertThat(line).startsWith("Blood thinners").contains("no elbow"));
            }
            var plain = Library.sessionLeft(p, Map.of()).phases();
            assertThat(plain).as(p.id()).allSatisfy(ph -> assertThat(ph.precautions())
                    .noneMatch(line -> line.startsWith("Blood thinners")));
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void osteoporosis_reaches_pressure_and_stretch_and_no_cue_allows_the_elbow_unconditionally() {
        var back = Library.sessionLeft(Library.protocol("low-back-sciatica-like"), Map.of("osteoporosis", true));
        assertThat(back.phases().stream().filter(ph -> ph.kind() == PhaseKind.PRESS || ph.kind() == PhaseKind.STRETCH))
                .isNotEmpty().allSatisfy(ph -> assertThat(ph.precautions()).as(ph.label())
                        .anySatisfy(line -> assertThat(line).startsWith("Osteoporosis").contains("no elbow")));
        for (Protocol p : Library.protocols()) {
            for (Step s : p.steps()) {
                String cue = s.cue().toLowerCase();
                assertThat(cue).as(p.id() + " " + s.label()).doesNotContain("elbow allowed")
                        .doesNotContain("elbow or knuckle allowed").doesNotContain("thumb, knuckle or elbow");
                if (cue.contains("elbow") && s.kind() != StepKind.INSTRUCT) {
                    assertThat(cue).as(p.id() + " " + s.label()).contains("osteoporosis").contains("bleeding");
                }
            }
        }
    }

    @Test
    void threshold_pressure_cues_treat_7_out_of_10_as_a_ceiling_not_a_target() {
        for (Protocol p : Library.protocols()) {
            for (Step.Compression c : Library.steps(p, Step.Compression.class)) {
                assertThat(c.cue()).as(p.id() + " " + c.label()).doesNotContain("at most 7/10");
                if (c.cue().contains("threshold")) {
                    assertThat(c.cue()).as(p.id() + " " + c.label()).containsIgnoringCase("never above 7/10");
                }
            }
        }
    }

    @Test
    void both_sides_by_default_never_exceeds_a_protocols_trigger_point_cap() {
        for (Protocol p : Library.protocols()) {
            TriggerPointPlan plan = TriggerPointPlan.of(p, Side.BOTH, allNo(p));
            if (plan.points().isEmpty()) {
                continue;
            }
            assertThat(p.maxTriggerPoints()).as(p.id() + " has a cap").isPresent();
            int cap = p.maxTriggerPoints().getAsInt();
            assertThat(cap).as(p.id()).isEqualTo(p.condition() == Condition.FIBROMYALGIA ? 3 : 4);
            var chosen = plan.defaultChoice().treatedIn(plan);
            assertThat(chosen).as(p.id()).hasSizeLessThanOrEqualTo(cap).noneMatch(TriggerPoint::optional);
            var session = TimelineExpander.expand(p, Optional.of(Side.BOTH), Optional.of(allNo(p)));
            long pressed = session.phases().stream()
                    .filter(ph -> TriggerPointPlan.TREATING.contains(p.steps().get(ph.stepIndex()).kind()))
                    .map(ph -> ph.muscle().orElseThrow() + "/" + ph.side().orElseThrow()).distinct().count();
            assertThat(pressed).as(p.id() + " trigger points in a both-sides session").isLessThanOrEqualTo(cap);
        }
    }

    @Test
    void tension_type_headache_treats_the_suboccipitals_once_with_both_hands_and_keeps_both_sides_within_the_cap() {
        Protocol tth = Library.protocol("tension-type-headache");
        TriggerPointPlan plan = TriggerPointPlan.of(tth, Side.BOTH, allNo(tth));
        assertThat(plan.defaultChoice().treatedIn(plan)).extracting(TriggerPoint::muscleId, TriggerPoint::side)
                .containsExactly(Tuple.tuple("upper-trapezius", Side.LEFT),
                        Tuple.tuple("upper-trapezius", Side.RIGHT),
                        Tuple.tuple("suboccipitals", Side.BOTH));
        assertThat(plan.points()).filteredOn(TriggerPoint::optional).extracting(TriggerPoint::muscleId)
                .contains("sternocleidomastoid-sternal", "temporalis", "splenius-capitis",
                        "sternocleidomastoid-clavicular", "levator-scapulae");
    }

    @Test
    void upper_trapezius_needling_is_lateral_pincer_without_retention_and_superficial_when_the_apex_is_at_risk() {
        Protocol p = Library.protocol("tension-type-headache-needling");
        for (int i = 0; i < p.steps().size(); i++) {
            if (p.steps().get(i) instanceof Step.Needling n && n.target().muscle().equals("upper-trapezius")) {
                if (n.technique().equals("deep")) {
                    assertThat(n.retention()).as("no retention over the lung apex [S34]").isEmpty();
                    assertThat(n.cue()).containsIgnoringCase("lateral").containsIgnoringCase("fold");
                    assertThat(p.gate(i).all()).containsEntry("apex-risk", false);
                } else {
                    assertThat(p.gate(i).all()).containsEntry("apex-risk", true);
                }
            }
        }
        var atRisk = Library.sessionLeft(p, Map.of("apex-risk", true));
        var needled = atRisk.phases().stream().filter(ph -> ph.kind() == PhaseKind.NEEDLE).toList();
        assertThat(needled).isNotEmpty().allSatisfy(ph -> assertThat(ph.label()).containsIgnoringCase("superficial"));
        assertThat(p.text()).contains("DEPARTURE from the reference").contains("Signed off by:");
    }

    @Test
    void calf_needling_and_pressure_stay_off_the_achilles_tendon_and_the_popliteal_midline() {
        for (Protocol p : Library.protocols()) {
            for (Step s : p.steps()) {
                String cue = s.cue();
                assertThat(cue).as(p.id() + " " + s.label()).doesNotContain("beside the Achilles tendon a few")
                        .doesNotContain("Threshold pressure beside the Achilles");
                if (s instanceof Step.Needling n && n.target().muscle().equals("soleus")) {
                    assertThat(cue).contains("away from the Achilles");
                }
                if (s instanceof Step.Needling n && n.target().muscle().equals("gastrocnemius")) {
                    assertThat(cue).contains("away from the popliteal midline");
                }
            }
        }
        assertThat(Library.catalog().muscle("soleus").orElseThrow().triggerPoint()).contains("muscle belly");
    }

    @Test
    void moist_heat_runs_only_with_normal_sensation_and_circulation() {
        int heat = 0;
        for (Protocol p : Library.protocols()) {
            for (int i = 0; i < p.steps().size(); i++) {
                if (p.steps().get(i) instanceof Step.Instruct in
                        && (in.label().equals("Moist heat") || in.label().equals("Warmth"))) {
                    heat++;
                    assertThat(p.gate(i).all()).as(p.id()).containsEntry("reduced-sensation", false)
                            .containsEntry("poor-circulation", false);
                }
            }
        }
        assertThat(heat).isGreaterThanOrEqualTo(6);
    }

    @Test
    void a_possible_dvt_ends_the_session_and_leg_protocols_screen_nerve_root_signs() {
        for (Protocol p : Library.protocols()) {
            boolean leg = p.steps().stream().anyMatch(s -> s.cue().contains("DVT"));
            for (Step.Compression c : Library.steps(p, Step.Compression.class)) {
                if (c.cue().contains("DVT")) {
                    assertThat(c.cue()).as(p.id()).contains("End early").contains("same-day medical assessment");
                }
            }
            if (leg) {
                assertThat(Library.screensSet(p, "leg-nerve-root")).as(p.id()).isTrue();
            }
        }
        assertThat(Library.catalog().advice().get("self-massage-roller").text())
                .contains("urgent medical help the same day");
    }

    @Test
    void a_pregnant_client_is_never_put_prone() {
        for (Protocol p : Library.withCondition(Condition.LOW_BACK)) {
            assertThat(Library.screensSet(p, "pregnancy")).as(p.id()).isTrue();
            var phases = Library.sessionLeft(p, Map.of("pregnant", true)).phases();
            assertThat(phases).as(p.id()).noneMatch(ph -> ph.label().toLowerCase().startsWith("position prone"));
            assertThat(phases.stream().filter(ph -> ph.kind() == PhaseKind.PRESS)).as(p.id()).isNotEmpty()
                    .allSatisfy(ph -> assertThat(ph.precautions()).anySatisfy(l -> assertThat(l).startsWith("Pregnant")));
        }
    }

    @Test
    void the_library_covers_neck_piriformis_runners_and_plantar_heel_with_post_isometric_relaxation() {
        assertThat(Library.protocols()).extracting(Protocol::id).contains("neck-shoulder-pain",
                "piriformis-deep-gluteal", "sports-runner-knee-shin", "sports-plantar-heel");
        assertThat(Library.protocol("piriformis-deep-gluteal").hasNeedling()).isFalse();
        assertThat(Library.protocol("sports-plantar-heel").hasNeedling()).isFalse();
        long withPir = Library.protocols().stream().filter(p -> Library.steps(p, Step.Stretch.class).stream()
                .anyMatch(s -> s.postIsometric().isPresent())).count();
        assertThat(withPir).isGreaterThanOrEqualTo(9);
        // C26: the headache protocol can add the catalog's other headache muscles.
        assertThat(Library.steps(Library.protocol("tension-type-headache"), Step.Compression.class))
                .filteredOn(c -> c.target().optional()).extracting(c -> c.target().muscle())
                .contains("splenius-capitis", "sternocleidomastoid-clavicular", "levator-scapulae");
    }

    @Test
    void infraspinatus_draws_its_main_front_of_shoulder_zone_on_the_front_view() {
        var map = Library.catalog().muscle("infraspinatus").orElseThrow().map();
        assertThat(map.otherViewZone()).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(pt -> assertThat(pt.x()).isGreaterThan(0.5));
        for (String id : List.of("upper-trapezius", "sternocleidomastoid-sternal", "suboccipitals",
                "quadratus-lumborum", "gluteus-minimus-anterior")) {
            assertThat(Library.catalog().muscle(id).orElseThrow().map().otherViewZone()).as(id)
                    .hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void the_library_document_gives_each_protocols_session_with_and_without_spray_its_cap_and_the_decisions()
            throws IOException {
        String doc = Files.readString(Path.of("docs", "protocols.md"));
        for (Protocol p : Library.protocols()) {
            String rest = doc.substring(doc.indexOf("`" + p.id() + "` (" + p.id() + ".yaml)"));
            int end = rest.indexOf("\n### ");
            String section = end > 0 ? rest.substring(0, end) : rest;
            String with = Durations.format(
                    Library.sessionLeft(p, Map.of("spray-agreed", true)).totalPlanned());
            assertThat(section).as(p.id()).contains(with);
            if (!Library.steps(p, Step.SprayStretch.class).isEmpty()) {
                String without = Durations.format(
                        Library.sessionLeft(p, Map.of("cold-intolerance", true)).totalPlanned());
                assertThat(section).as(p.id()).contains("without the spray (any cold-spray yes) " + without);
            }
            p.maxTriggerPoints().ifPresent(cap -> assertThat(section).as(p.id()).contains("cap " + cap + " ["));
        }
        assertThat(doc).contains("## Decisions");
    }

    @Test
    void after_needling_the_neck_is_stretched_and_moved_and_the_threshold_is_re_measured_where_no_needle_went() {
        Protocol p = Library.protocol("tension-type-headache-needling");
        int lastNeedling = -1;
        int arom = -1;
        int stretch = -1;
        for (int i = 0; i < p.steps().size(); i++) {
            Step s = p.steps().get(i);
            if (s.kind() == StepKind.NEEDLING) {
                lastNeedling = i;
            } else if (s.label().startsWith("Neck active range")) {
                arom = i;
            } else if (s.kind() == StepKind.STRETCH && s.label().contains("after needling")) {
                stretch = i;
            }
        }
        assertThat(stretch).isGreaterThan(lastNeedling);
        assertThat(arom).isGreaterThan(lastNeedling);
        Step remeasure = p.steps().stream().filter(s -> s.label().equals("Re-measure")).findFirst().orElseThrow();
        assertThat(remeasure.cue()).contains("not needled").containsIgnoringCase("lower");
    }

    @Test
    void wording_fixes_hold_the_fibromyalgia_release_the_fair_rotation_the_flame_warning_and_the_snoop_question() {
        assertThat(Library.steps(Library.protocol("fibromyalgia-gentle"), Step.Hold.class))
                .allSatisfy(h -> assertThat(h.cue()).contains("release at once").contains("Skip"));
        for (Protocol p : Library.protocols()) {
            for (Step.SprayStretch s : Library.steps(p, Step.SprayStretch.class)) {
                assertThat(s.sweeps()).as(p.id()).contains("Ethyl chloride: no flame or spark").contains("product");
                if (s.target().muscle().equals("piriformis")) {
                    assertThat(s.cue()).as(p.id()).contains("internally rotated").contains("adducted");
                }
            }
        }
        String systemic = Library.question(Library.protocol("tension-type-headache"), "snoop-systemic").orElseThrow()
                .text();
        assertThat(systemic).doesNotContain("HIV").contains("weak immunity").contains("pregnancy");
    }

    @Test
    void home_advice_and_the_after_needling_leaflet_say_what_the_review_asks() {
        for (var advice : Library.catalog().advice().values()) {
            if (advice.id().startsWith("self-massage")) {
                assertThat(advice.text()).as(advice.id()).contains("check with your doctor")
                        .contains("blood thinners").contains("osteoporosis").contains("numb skin");
            }
        }
        assertThat(Library.catalog().advice().get("after-needling").text()).doesNotContain("common and harmless")
                .contains("uncommon").contains("do not drive");
    }
}
