package app.holdpoint.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The step schema's rows: the texts in it are stored in records, so they are pinned here. */
class StepSchemaTest {

    @Test
    void everyKindHasARow() {
        for (StepKind kind : StepKind.values()) {
            assertThat(StepSchema.of(kind).kind()).isEqualTo(kind);
        }
    }

    @Test
    void defaultLabelsAreTheWordsRecordsAlreadyHold() {
        assertThat(StepSchema.of(StepKind.RELAX).label().text()).isEqualTo("Rest");
        assertThat(StepSchema.of(StepKind.INSTRUCT).label())
                .isEqualTo(new StepSchema.DefaultLabel(StepSchema.LabelSource.REQUIRED, "Instruction"));
        assertThat(StepSchema.of(StepKind.RATE).label().text()).isEqualTo("Pain during treatment");
        assertThat(StepSchema.of(StepKind.RATE).cueWhenMissing())
                .contains("Ask the client to rate their pain from 0 (none) to 10 (worst imaginable).");
        assertThat(StepSchema.of(StepKind.HOME_CARE).label())
                .isEqualTo(new StepSchema.DefaultLabel(StepSchema.LabelSource.ADVICE_TITLE, "Home care"));
        for (StepKind kind : EnumSet.of(StepKind.HOLD, StepKind.COMPRESSION, StepKind.SPRAY_STRETCH,
                StepKind.STRETCH, StepKind.NEEDLING)) {
            assertThat(StepSchema.of(kind).label().source()).isEqualTo(StepSchema.LabelSource.MUSCLE_NAME);
            assertThat(StepSchema.of(kind).cueWhenMissing()).isEmpty();
        }
    }

    @Test
    void holdCompressionAndNeedlingTreatATriggerPoint() {
        assertThat(StepSchema.treating()).containsExactlyInAnyOrder(StepKind.HOLD, StepKind.COMPRESSION,
                StepKind.NEEDLING);
        assertThat(TriggerPointPlan.TREATING).isEqualTo(StepSchema.treating());
        assertThat(StepSchema.of(StepKind.STRETCH).targeting()).isEqualTo(StepSchema.Targeting.FOLLOWS);
        assertThat(StepSchema.of(StepKind.RELAX).targeting()).isEqualTo(StepSchema.Targeting.NONE);
    }

    @Test
    void allowedFieldsAreCommonTargetAndOwn() {
        assertThat(StepSchema.of(StepKind.RELAX).allowedFields())
                .containsExactlyInAnyOrder("label", "cue", "source", "only-if", "only-if-any", "duration");
        assertThat(StepSchema.of(StepKind.COMPRESSION).allowedFields())
                .containsExactlyInAnyOrder("label", "cue", "source", "only-if", "only-if-any", "muscle", "side",
                        "optional", "press", "relax", "cycles");
    }

    @Test
    void crossFieldRulesBelongToTheirKinds() {
        assertThat(StepSchema.of(StepKind.NEEDLING).rules()).isEqualTo(Set.of(StepSchema.Rule.NEEDS_CONSENT));
        assertThat(StepSchema.of(StepKind.RATE).rules()).isEqualTo(Set.of(StepSchema.Rule.MOMENT_DURING_ONLY));
        assertThat(StepSchema.of(StepKind.HOLD).has(StepSchema.Rule.DURATION_OR_UNTIL_RELEASE)).isTrue();
        assertThat(StepSchema.of(StepKind.INSTRUCT).has(StepSchema.Rule.UNCONFIRMED_NEEDS_DURATION)).isTrue();
        assertThat(StepSchema.of(StepKind.COMPRESSION).rules()).isEmpty();
    }
}
