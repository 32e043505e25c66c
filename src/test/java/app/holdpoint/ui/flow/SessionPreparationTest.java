package app.holdpoint.ui.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.ScreeningQuestion;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.load.ProtocolLibrary;
import app.holdpoint.ui.flow.SessionPreparation.Missing;

class SessionPreparationTest {
    private Protocol protocol;
    private SessionPreparation preparation;

    @BeforeEach
    void loadNeedlingProtocol() {
        protocol = ProtocolLibrary.load(Path.of("protocols")).byId("tension-type-headache-needling").orElseThrow();
        preparation = new SessionPreparation(protocol);
    }

    private void answerAllSafely() {
        for (ScreeningQuestion q : protocol.screening()) {
            preparation.answer(q.id(), q.stopAnswer().map(stop -> !stop).orElse(false));
        }
    }

    @Test
    void aFreshPreparationListsEverythingStillMissing() {
        assertThat(preparation.missing()).containsExactly(Missing.CLIENT_REFERENCE, Missing.SIDE, Missing.SCREENING,
                Missing.CONSENT, Missing.PAIN_BEFORE);
        assertThat(preparation.canStart()).isFalse();
    }

    @Test
    void aCompletePreparationCanStart() {
        preparation.clientReference(" c-1042 ");
        preparation.side(Side.LEFT);
        answerAllSafely();
        preparation.consent(true);
        preparation.painBefore(6);
        assertThat(preparation.clientReference()).isEqualTo("C-1042");
        assertThat(preparation.missing()).isEmpty();
        assertThat(preparation.timeline().phases()).allSatisfy(p -> assertThat(p.side()).isNotEqualTo(
                java.util.Optional.of(Side.ASK)));
    }

    @Test
    void aStoppingAnswerBlocksTheStartUntilAnAdministratorOverridesWithAReason() {
        preparation.clientReference("C-1");
        preparation.side(Side.RIGHT);
        answerAllSafely();
        preparation.consent(true);
        preparation.painBefore(3);
        preparation.answer("fever", true);
        assertThat(preparation.stoppingQuestions()).extracting(ScreeningQuestion::id).containsExactly("fever");
        assertThat(preparation.missing()).containsExactly(Missing.STOPPING_ANSWER);

        assertThatThrownBy(() -> preparation.override("Ann", " ")).hasMessageContaining("reason");
        preparation.override("Ann", "Low-grade temperature after vaccination, cleared by GP today");
        assertThat(preparation.canStart()).isTrue();
        assertThat(preparation.override()).get().extracting(SessionPreparation.Override::administrator)
                .isEqualTo("Ann");
    }

    @Test
    void withdrawingTheStoppingAnswerDropsTheOverride() {
        answerAllSafely();
        preparation.answer("fever", true);
        preparation.override("Ann", "Checked and cleared");
        preparation.answer("fever", false);
        assertThat(preparation.override()).isEmpty();
    }

    @Test
    void clientReferencesArePseudonymsNotNames() {
        preparation.clientReference("Jane Smith 12/03/1980");
        assertThat(preparation.missing()).contains(Missing.CLIENT_REFERENCE);
        preparation.clientReference("K7-2231");
        assertThat(preparation.missing()).doesNotContain(Missing.CLIENT_REFERENCE);
    }

    @Test
    void painIsRatedZeroToTen() {
        assertThatThrownBy(() -> preparation.painBefore(11)).isInstanceOf(IllegalArgumentException.class);
        preparation.painBefore(0);
        assertThat(preparation.painBefore()).hasValue(0);
    }
}
