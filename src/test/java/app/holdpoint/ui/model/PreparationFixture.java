package app.holdpoint.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.load.ProtocolReader;
import app.holdpoint.testsupport.TestProtocols;

/** A protocol for preparation tests, frozen here so clinical edits to the shipped library do not move them. */
final class PreparationFixture {
    static final String OSTEOPOROSIS = "Osteoporosis: light pressure only, no elbow or knee";

    /**
     * A frozen headache-like protocol on the shipped catalog: history questions (one with a precaution line, one
     * a relative stop), a today relative stop, a today absolute stop; a cap of 3 with a bilateral step and an
     * optional muscle; no needling.
     */
    static final String TEXT = """
            id: fixture-prep
            title: Fixture preparation
            version: 1
            condition: headache
            summary: For tests.
            sources: [S2]
            max-trigger-points: 3 [S6]
            screening:
              - id: osteoporosis
                ask: Severe osteoporosis?
                asked: history
                when-yes: "%s"
              - id: anticoagulants
                ask: Taking anticoagulants with a recent bleed?
                asked: history
                stop-if: yes
              - id: fever
                ask: Fever today?
                stop-if: yes
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
                  cycles: 1 [DEFAULT]
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
            """.formatted(OSTEOPOROSIS);

    private PreparationFixture() {
    }

    /** The fixture read with the shipped catalog. */
    static Protocol protocol() {
        ProtocolReader.Result read = new ProtocolReader(TestProtocols.catalog())
                .read("fixture-prep.yaml", TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(read.problems()).isEmpty();
        return read.protocol().orElseThrow();
    }
}
