package app.holdpoint.protocol.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import app.holdpoint.protocol.Condition;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.ScreeningQuestion;
import app.holdpoint.protocol.Step;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LowBackProtocolTest {

    @Test
    void every_low_back_protocol_screens_back_red_flags_before_anything_else() {
        List<String> redFlags = Library.setQuestionIds("back-red-flags");
        for (Protocol protocol : Library.withCondition(Condition.LOW_BACK)) {
            List<String> first = protocol.screening().subList(0, redFlags.size()).stream()
                    .map(ScreeningQuestion::id).toList();
            assertThat(first).as(protocol.id()).isEqualTo(redFlags);
        }
        assertThat(Library.withCondition(Condition.LOW_BACK)).isNotEmpty();
    }

    @Test
    void back_red_flags_include_cauda_equina_signs_and_nerve_root_signs_and_every_one_stops() {
        var set = Library.catalog().screeningSets().get("back-red-flags");
        assertThat(set.questions()).allSatisfy(q -> {
            assertThat(q.stops(true)).as(q.id()).isTrue();
            assertThat(q.sources()).as(q.id()).contains("S62");
        });
        assertThat(set.questions()).extracting(ScreeningQuestion::text)
                .anySatisfy(t -> assertThat(t).containsIgnoringCase("saddle"))
                .anySatisfy(t -> assertThat(t).containsIgnoringCase("bladder"))
                .anySatisfy(t -> assertThat(t).containsIgnoringCase("nerve-root"))
                .anySatisfy(t -> assertThat(t).containsIgnoringCase("night"))
                .anySatisfy(t -> assertThat(t).containsIgnoringCase("cancer"));
    }

    @Test
    void the_low_back_protocol_presses_quadratus_lumborum_gluteals_and_piriformis_for_60_to_90_seconds() {
        Protocol back = Library.protocol("low-back-sciatica-like");
        List<Step.Compression> presses = Library.steps(back, Step.Compression.class);
        assertThat(presses).extracting(c -> c.target().muscle()).contains("quadratus-lumborum", "gluteus-medius",
                "piriformis").anyMatch(m -> m.startsWith("gluteus-minimus"));
        assertThat(presses).allSatisfy(c -> {
            assertThat(c.press().toSeconds()).isBetween(60L, 90L);
            assertThat(c.cycles()).isBetween(2, 3);
            assertThat(c.relax().toSeconds()).isEqualTo(30);
        });
    }

    @Test
    void piriformis_pressure_warns_about_the_sciatic_nerve() {
        Protocol back = Library.protocol("low-back-sciatica-like");
        assertThat(Library.steps(back, Step.Compression.class)).filteredOn(c -> c.target().muscle().equals("piriformis"))
                .singleElement().satisfies(c -> assertThat(c.cue()).containsIgnoringCase("tingling"));
    }

    @Test
    void the_low_back_protocol_rates_leg_pain_separately_before_and_after_the_pressure() {
        Protocol back = Library.protocol("low-back-sciatica-like");
        List<Step.Rate> rates = Library.steps(back, Step.Rate.class);
        assertThat(rates).extracting(Step.Rate::label)
                .containsExactly("Leg pain now, before treatment (the kiosk's pain before is the back pain)",
                        "Leg pain now, after treatment");
        int firstRate = back.steps().indexOf(rates.get(0));
        int lastRate = back.steps().indexOf(rates.get(1));
        int firstPress = back.steps().indexOf(Library.steps(back, Step.Compression.class).get(0));
        assertThat(firstRate).isLessThan(firstPress);
        assertThat(lastRate).isGreaterThan(back.steps().indexOf(Library.steps(back, Step.SprayStretch.class).get(1)));
        assertThat(back.hasNeedling()).isFalse();
    }
}
