package app.holdpoint.protocol.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.holdpoint.protocol.BodyMapMark;
import app.holdpoint.protocol.Catalog;
import app.holdpoint.protocol.HomeCareAdvice;
import app.holdpoint.protocol.Muscle;
import app.holdpoint.protocol.ScreeningQuestion;
import app.holdpoint.protocol.ScreeningSet;

/** A small catalog for reader tests, independent of the shipped files. */
final class TestCatalog {
    private TestCatalog() {
    }

    static Catalog catalog() {
        BodyMapMark mark = new BodyMapMark(BodyMapMark.View.BACK, new BodyMapMark.Point(0.4, 0.2), List.of());
        return new Catalog(
                Map.of("upper-trapezius", new Muscle("upper-trapezius", "Upper trapezius", "neck", "mid-belly",
                                "temple", List.of(), List.of("S50"), mark),
                        "piriformis", new Muscle("piriformis", "Piriformis", "hip", "buttock", "buttock", List.of(),
                                List.of("S49"), mark)),
                Map.of("general-no-go", new ScreeningSet("general-no-go", "General", List.of(
                        new ScreeningQuestion("fever", "Fever today?", Optional.of(true), List.of("S60"))))),
                Map.of("self-massage", new HomeCareAdvice("self-massage", "Self-massage", "Press 30-90 s.")));
    }

    /** A valid protocol whose steps are the given YAML lines (already indented as list items). */
    static String protocolWithSteps(String steps) {
        return """
                id: test-protocol
                title: Test protocol
                version: 2
                condition: headache
                summary: A protocol for tests.
                sources: [S2]
                consent: required
                screening:
                  - set: general-no-go
                  - id: cold-intolerance
                    ask: Cold not tolerated?
                steps:
                """ + steps;
    }
}
