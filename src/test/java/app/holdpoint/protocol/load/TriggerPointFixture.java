package app.holdpoint.protocol.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import app.holdpoint.protocol.BodyMapMark;
import app.holdpoint.protocol.Catalog;
import app.holdpoint.protocol.Muscle;
import app.holdpoint.protocol.Protocol;

/**
 * A headache-like protocol using every new field: a capped count, a bilateral step, an optional muscle, when-yes
 * lines for pressure and for stretches, an absolute stop, and a stretch that replaces the spray when cold is
 * ruled out.
 */
final class TriggerPointFixture {
    static final String OSTEOPOROSIS_LINE = "Osteoporosis: light pressure only, no elbow or knee";
    static final String COLD_LINE = "Cold not tolerated: contract-relax, no spray";
    static final String APEX = "Pincer grip over the lung apex, never flat pressure";
    static final String FACE = "No cold spray near the face";

    private TriggerPointFixture() {
    }

    static Catalog catalog() {
        BodyMapMark mark = new BodyMapMark(BodyMapMark.View.BACK, new BodyMapMark.Point(0.4, 0.2), List.of());
        return new Catalog(Map.of(
                "upper-trapezius", muscle("upper-trapezius", "Upper trapezius", List.of(APEX, OSTEOPOROSIS_LINE),
                        mark),
                "suboccipitals", muscle("suboccipitals", "Suboccipitals", List.of(FACE), mark),
                "temporalis", muscle("temporalis", "Temporalis", List.of(), mark)), Map.of(), Map.of());
    }

    private static Muscle muscle(String id, String name, List<String> precautions, BodyMapMark mark) {
        return new Muscle(id, name, "head and neck", "belly", "temple", precautions, List.of("S47"), mark);
    }

    /** The fixture with its cap line replaced (an empty line for no cap). */
    static String text(String capLine) {
        return """
                id: fixture-headache
                title: Fixture headache
                version: 1
                condition: headache
                summary: For tests.
                sources: [S2]
                %s
                screening:
                  - id: osteoporosis
                    ask: Severe osteoporosis?
                    asked: history
                    when-yes: "%s"
                  - id: cold-intolerance
                    ask: Cold not tolerated?
                    asked: history
                    when-yes: "%s"
                    applies-to: [stretch, spray-stretch]
                  - id: attack-now
                    ask: Headache attack under way?
                    stop-if: yes
                    override: never
                steps:
                  - compression:
                      muscle: upper-trapezius
                      side: ask
                      press: 90s [S2]
                      relax: 30s [DEFAULT]
                      cycles: 2 [DEFAULT]
                  - compression:
                      muscle: suboccipitals
                      side: bilateral
                      press: 90s [S2]
                      relax: 30s [DEFAULT]
                      cycles: 1 [DEFAULT]
                  - compression:
                      muscle: temporalis
                      side: ask
                      optional: yes
                      press: 60s [S2]
                      relax: 30s [DEFAULT]
                      cycles: 1 [DEFAULT]
                  - spray-stretch:
                      muscle: upper-trapezius
                      side: ask
                      sweeps: Two slow sweeps.
                      stretch: 30s [S67]
                      cycles: 1 [DEFAULT]
                      only-if:
                        cold-intolerance: no
                  - stretch:
                      muscle: upper-trapezius
                      side: ask
                      hold: 30s [S67]
                      post-isometric:
                        contract: 5s [DEFAULT]
                        relax: 5s [DEFAULT]
                        cycles: 1 [DEFAULT]
                      only-if-any:
                        cold-intolerance: yes
                  - instruct:
                      label: Re-measure
                      cue: Pressure-pain threshold at the treated points.
                      duration: 3m [DEFAULT]
                """.formatted(capLine, OSTEOPOROSIS_LINE, COLD_LINE);
    }

    static Protocol protocol(String capLine) {
        ProtocolReader.Result result = new ProtocolReader(catalog())
                .read("fixture.yaml", text(capLine).getBytes(StandardCharsets.UTF_8));
        assertThat(result.problems()).isEmpty();
        return result.protocol().orElseThrow();
    }

    static Protocol capped(int cap) {
        return protocol("max-trigger-points: " + cap + " [S6]");
    }

    static Map<String, Boolean> answers(boolean osteoporosis, boolean coldIntolerance) {
        return Map.of("osteoporosis", osteoporosis, "cold-intolerance", coldIntolerance, "attack-now", false);
    }
}
