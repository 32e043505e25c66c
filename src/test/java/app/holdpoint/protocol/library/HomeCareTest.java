package app.holdpoint.protocol.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.holdpoint.protocol.Durations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import app.holdpoint.protocol.HomeCareAdvice;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Step;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HomeCareTest {

    private static String text(String id) {
        HomeCareAdvice advice = Library.catalog().advice().get(id);
        assertThat(advice).as(id).isNotNull();
        return advice.text();
    }

    @Test
    void the_self_massage_advice_states_the_dose_the_limits_and_when_to_stop() {
        String text = text("self-massage");
        assertThat(text).contains("30 to 90 seconds").contains("5 to 7 out of 10")
                .contains("about 5 minutes").contains("30 seconds").contains("once a day")
                .contains("Stop and call the clinic").contains("tingling or numbness")
                .contains("where you can feel a pulse").contains("varicose veins");
    }

    @Test
    void every_advice_says_when_to_call_the_clinic() {
        for (HomeCareAdvice advice : Library.catalog().advice().values()) {
            assertThat(advice.text()).as(advice.id()).containsIgnoringCase("call the clinic");
        }
    }

    @Test
    void the_neck_advice_keeps_off_the_front_of_the_neck_and_lists_headache_red_flags() {
        assertThat(text("self-massage-neck")).contains("Never press on the front or side of your")
                .contains("pulse").contains("only between attacks").containsIgnoringCase("sudden, very severe");
    }

    @Test
    void the_back_advice_sends_cauda_equina_signs_for_urgent_help() {
        assertThat(text("self-massage-back")).contains("urgent medical help").contains("urine")
                .contains("numbness between your legs");
    }

    @Test
    void every_advice_is_used_by_a_protocol_and_every_protocol_hands_advice_over() {
        Set<String> used = Library.protocols().stream()
                .flatMap(p -> Library.steps(p, Step.HomeCare.class).stream()).map(Step.HomeCare::adviceId)
                .collect(Collectors.toSet());
        assertThat(used).containsExactlyInAnyOrderElementsOf(Library.catalog().advice().keySet());
        for (Protocol p : Library.protocols()) {
            assertThat(Library.steps(p, Step.HomeCare.class)).as(p.id()).isNotEmpty();
        }
    }

    @Test
    void the_library_document_lists_every_protocol_and_carries_every_advice_text_word_for_word() throws IOException {
        String doc = normalise(Files.readString(Path.of("docs", "protocols.md")));
        for (Protocol p : Library.protocols()) {
            assertThat(doc).as(p.id()).contains("`" + p.id() + "`");
            String total = Durations.format(Library.planLeft(p).totalPlanned());
            assertThat(doc).as(p.id() + " total").contains(total);
        }
        for (HomeCareAdvice advice : Library.catalog().advice().values()) {
            assertThat(doc).as(advice.id()).contains(normalise(advice.text()));
        }
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
