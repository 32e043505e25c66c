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
class SportsProtocolsTest {

    private static List<Protocol> sports() {
        List<Protocol> protocols = Library.withCondition(Condition.SPORTS);
        assertThat(protocols).isNotEmpty();
        return protocols;
    }

    @Test
    void every_sports_protocol_stops_for_an_injury_under_72_hours() {
        for (Protocol p : sports()) {
            assertThat(p.screening()).as(p.id())
                    .anySatisfy(q -> {
                        assertThat(q.text()).contains("72 hours");
                        assertThat(q.stops(true)).isTrue();
                    });
        }
    }

    @Test
    void every_sports_protocol_stops_for_a_suspected_tear_or_fracture() {
        for (Protocol p : sports()) {
            List<String> stopping = p.screening().stream().filter(q -> q.stops(true))
                    .map(ScreeningQuestion::text).toList();
            assertThat(stopping).as(p.id()).anySatisfy(t -> assertThat(t).containsIgnoringCase("tear"))
                    .anySatisfy(t -> assertThat(t).containsIgnoringCase("fracture"));
        }
    }

    @Test
    void sports_protocols_cover_calf_hamstring_and_shoulder_with_60_to_90_second_presses() {
        List<String> muscles = sports().stream().flatMap(p -> Library.steps(p, Step.Compression.class).stream())
                .map(c -> c.target().muscle()).toList();
        assertThat(muscles).contains("gastrocnemius", "soleus", "hamstrings", "infraspinatus");
        for (Protocol p : sports()) {
            assertThat(Library.steps(p, Step.Compression.class)).allSatisfy(c ->
                    assertThat(c.press().toSeconds()).isBetween(60L, 90L));
        }
    }

    @Test
    void calf_pressure_checks_for_a_blood_clot_first() {
        for (Protocol p : sports()) {
            Library.steps(p, Step.Compression.class).stream().filter(c -> c.target().muscle().equals("gastrocnemius"))
                    .forEach(c -> assertThat(c.cue()).as(p.id()).containsIgnoringCase("DVT"));
        }
    }

    @Test
    void the_leg_protocol_sends_the_client_home_with_static_foam_roller_advice() {
        Protocol leg = Library.protocol("sports-overuse-leg");
        assertThat(Library.steps(leg, Step.HomeCare.class)).extracting(Step.HomeCare::adviceId)
                .containsExactly("self-massage-roller");
        assertThat(Library.catalog().advice().get("self-massage-roller").text()).contains("hold still")
                .contains("90");
    }
}
