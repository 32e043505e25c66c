package app.holdpoint.ui.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.ScreeningQuestion;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.TriggerPoint;
import app.holdpoint.protocol.TriggerPointChoice;
import app.holdpoint.store.Credential;
import app.holdpoint.store.NewSession;
import app.holdpoint.store.PriorScreening;
import app.holdpoint.store.Role;
import app.holdpoint.store.StopKind;
import app.holdpoint.store.Therapist;
import app.holdpoint.testsupport.TestProtocols;
import app.holdpoint.ui.model.SessionPreparation.Missing;

class SessionPreparationTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final String OSTEOPOROSIS = PreparationFixture.OSTEOPOROSIS;

    private static final Therapist ANA = new Therapist(1, "Ana", Role.THERAPIST, false, 0, Optional.empty(), NOW);
    private static final Therapist LEAD = new Therapist(2, "Lead", Role.ADMIN, false, 0, Optional.empty(), NOW);

    private Protocol protocol;
    private SessionPreparation preparation;

    @BeforeEach
    void prepare() {
        protocol = PreparationFixture.protocol();
        preparation = new SessionPreparation(protocol, ANA, TODAY);
    }

    private void answerAllSafely() {
        for (ScreeningQuestion q : protocol.screening()) {
            preparation.answer(q.id(), q.stopAnswer().map(stop -> !stop).orElse(false));
        }
    }

    private void readyExceptScreening() {
        preparation.clientReference("C-1");
        preparation.side(Side.LEFT);
        preparation.painBefore(5);
    }

    @Test
    void aFreshPreparationListsEverythingStillMissing() {
        assertThat(preparation.missing()).containsExactly(Missing.CLIENT_REFERENCE, Missing.SIDE, Missing.SCREENING,
                Missing.PAIN_BEFORE);
        assertThat(preparation.unanswered()).hasSize(4);
        assertThat(preparation.canStart()).isFalse();
    }

    @Test
    void aCompletePreparationCanStart() {
        preparation.clientReference(" c-1042 ");
        preparation.side(Side.LEFT);
        answerAllSafely();
        preparation.painBefore(6);
        assertThat(preparation.clientReference()).isEqualTo("C-1042");
        assertThat(preparation.missing()).isEmpty();
        assertThat(preparation.timeline().phases()).allSatisfy(p -> assertThat(p.side()).isNotEqualTo(
                Optional.of(Side.ASK)));
    }

    @Test
    void aRelativeStopBlocksTheStartUntilAnAdministratorOverridesWithAReason() {
        readyExceptScreening();
        answerAllSafely();
        preparation.answer("fever", true);
        assertThat(preparation.stoppingQuestions()).extracting(ScreeningQuestion::id).containsExactly("fever");
        assertThat(preparation.missing()).containsExactly(Missing.STOPPING_ANSWER);
        assertThat(preparation.canOverride()).isTrue();

        assertThatThrownBy(() -> preparation.override(ANA, "Low-grade temperature after vaccination"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("only an enabled administrator may override a stop answer");
        preparation.override(LEAD, " Low-grade temperature after vaccination, cleared by GP today ");
        assertThat(preparation.canStart()).isTrue();
        assertThat(preparation.override()).contains(new SessionPreparation.Override(2, "Lead",
                "Low-grade temperature after vaccination, cleared by GP today"));
        assertThat(preparation.newSession(NOW).override()).contains(new NewSession.ScreeningOverride(2,
                "Low-grade temperature after vaccination, cleared by GP today", StopKind.RELATIVE));
    }

    @Test
    void anOverrideReasonTooShortOrOneWordRepeatedIsRefused() {
        readyExceptScreening();
        answerAllSafely();
        preparation.answer("fever", true);

        assertThatThrownBy(() -> preparation.override(LEAD, "checked, fine"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an override needs a written reason of at least 20 characters");
        assertThatThrownBy(() -> preparation.override(LEAD, "ok ok ok ok ok ok ok ok ok"))
                .hasMessage("an override's reason must say why in words, not one word repeated");
        assertThat(SessionPreparation.reasonProblem("Cleared by the referring physician")).isEmpty();
        assertThat(preparation.override()).isEmpty();
        assertThat(preparation.missing()).containsExactly(Missing.STOPPING_ANSWER);
    }

    @Test
    void anAbsoluteStopCannotBeOverriddenEvenByAnAdministrator() {
        readyExceptScreening();
        answerAllSafely();
        preparation.answer("attack-now", true);

        assertThat(preparation.absoluteStops()).extracting(ScreeningQuestion::id).containsExactly("attack-now");
        assertThat(preparation.missing()).containsExactly(Missing.ABSOLUTE_STOP);
        assertThat(preparation.canOverride()).isFalse();
        assertThatThrownBy(() -> preparation.override(LEAD, "The client insists on treatment today"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("an absolute stop cannot be overridden by anyone");

        preparation.answer("fever", true);
        assertThat(preparation.canOverride()).as("a relative stop beside an absolute one").isFalse();
        assertThat(preparation.missing()).containsExactly(Missing.ABSOLUTE_STOP, Missing.STOPPING_ANSWER);
        assertThatThrownBy(() -> preparation.newSession(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withdrawingTheStoppingAnswerDropsTheOverride() {
        answerAllSafely();
        preparation.answer("fever", true);
        preparation.override(LEAD, "Checked and cleared by the physician");
        preparation.answer("fever", false);
        assertThat(preparation.override()).isEmpty();
    }

    @Test
    void aNeedlingProtocolNeedsATherapistWithAValidCredential() {
        Protocol needling = TestProtocols.needlingProtocol();
        Therapist credentialled = new Therapist(1, "Ana", Role.THERAPIST, false, 0, Optional.empty(), NOW,
                Optional.of(new Credential("Ontario", Optional.of(TODAY), 2, NOW)));

        assertThat(new SessionPreparation(needling, ANA, TODAY).missing())
                .startsWith(Missing.DRY_NEEDLING_CREDENTIAL);
        assertThat(new SessionPreparation(needling, credentialled, TODAY).missing())
                .doesNotContain(Missing.DRY_NEEDLING_CREDENTIAL);
        assertThat(new SessionPreparation(needling, credentialled, TODAY.plusDays(1)).missing())
                .as("expired").contains(Missing.DRY_NEEDLING_CREDENTIAL);
        assertThat(preparation.missing()).as("no needling, no credential needed")
                .doesNotContain(Missing.DRY_NEEDLING_CREDENTIAL);
        assertThat(SessionPreparation.mayRun(needling, ANA, TODAY)).isFalse();
        assertThat(SessionPreparation.mayRun(needling, credentialled, TODAY)).isTrue();
        assertThat(SessionPreparation.mayRun(protocol, ANA, TODAY)).isTrue();
    }

    @Test
    void carriedOverHistoryAnswersAreConfirmedInOneStepAndRecordTheirSource() {
        readyExceptScreening();
        preparation.offerCarryOver(new PriorScreening(41, NOW.minusSeconds(86_400 * 12),
                Map.of("osteoporosis", true, "anticoagulants", false, "fever", false, "attack-now", false)));

        PriorScreening offered = preparation.carryOverOffer().orElseThrow();
        assertThat(offered.sessionId()).isEqualTo(41);
        assertThat(offered.answers()).as("history questions only")
                .containsOnly(Map.entry("osteoporosis", true), Map.entry("anticoagulants", false));
        assertThat(preparation.missing()).as("offered answers wait for confirmation").contains(Missing.SCREENING);

        preparation.confirmCarriedOver();
        preparation.answer("fever", false);
        preparation.answer("attack-now", false);

        assertThat(preparation.missing()).isEmpty();
        assertThat(preparation.carryOverOffer()).isEmpty();
        assertThat(preparation.newSession(NOW).screening()).containsExactly(
                new NewSession.ScreeningAnswer("osteoporosis", true, OptionalLong.of(41)),
                new NewSession.ScreeningAnswer("anticoagulants", false, OptionalLong.of(41)),
                new NewSession.ScreeningAnswer("fever", false),
                new NewSession.ScreeningAnswer("attack-now", false));
    }

    @Test
    void changingAnOfferedAnswerMakesItTodaysAnswer() {
        readyExceptScreening();
        preparation.offerCarryOver(new PriorScreening(41, NOW, Map.of("osteoporosis", true,
                "anticoagulants", false)));

        preparation.answer("osteoporosis", false);
        preparation.confirmCarriedOver();
        preparation.answer("fever", false);
        preparation.answer("attack-now", false);

        assertThat(preparation.carriedFrom("osteoporosis")).isEmpty();
        assertThat(preparation.carriedFrom("anticoagulants")).hasValue(41);
        assertThat(preparation.answers()).containsEntry("osteoporosis", false);
    }

    @Test
    void aStopAnswerIsNeverCarriedOver() {
        readyExceptScreening();
        preparation.offerCarryOver(new PriorScreening(41, NOW, Map.of("osteoporosis", false,
                "anticoagulants", true)));

        assertThat(preparation.carryOverOffer().orElseThrow().answers()).containsOnlyKeys("osteoporosis");
        preparation.confirmCarriedOver();
        assertThat(preparation.unanswered()).extracting(ScreeningQuestion::id)
                .containsExactly("anticoagulants", "fever", "attack-now");
        assertThat(preparation.stoppingQuestions()).isEmpty();
    }

    @Test
    void aNewOfferReplacesTheOldOneAndItsCarriedAnswers() {
        preparation.offerCarryOver(new PriorScreening(41, NOW, Map.of("osteoporosis", true)));
        preparation.confirmCarriedOver();

        preparation.offerCarryOver(new PriorScreening(52, NOW, Map.of("anticoagulants", false)));

        assertThat(preparation.answers()).doesNotContainKey("osteoporosis");
        assertThat(preparation.carryOverOffer().orElseThrow().answers()).containsOnlyKeys("anticoagulants");
        preparation.clearCarryOver();
        assertThat(preparation.carryOverOffer()).isEmpty();
        assertThatThrownBy(preparation::confirmCarriedOver).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void bothSidesDefaultToTheCapAndTheChoiceDrivesTheTimelineAndTheRecord() {
        readyExceptScreening();
        preparation.side(Side.BOTH);
        answerAllSafely();

        var plan = preparation.plan().orElseThrow();
        assertThat(plan.points()).hasSize(5); // trapezius ×2, suboccipitals (bilateral), temporalis ×2 (optional)
        assertThat(preparation.choice().treatedIn(plan)).hasSize(3);
        NewSession defaults = preparation.newSession(NOW);
        assertThat(defaults.triggerPoints().orElseThrow().treated())
                .containsExactly("upper-trapezius left", "upper-trapezius right", "suboccipitals both");
        assertThat(defaults.triggerPoints().orElseThrow().leftForNextTime())
                .containsExactly("temporalis left", "temporalis right");

        TriggerPoint trapLeft = plan.points().get(0);
        TriggerPoint temporalisLeft = plan.points().stream()
                .filter(p -> p.isAt("temporalis", Side.LEFT)).findFirst().orElseThrow();
        preparation.choose(new TriggerPointChoice(Set.of(trapLeft, plan.points().get(2), temporalisLeft)));

        assertThat(preparation.timeline().phases()).filteredOn(p -> p.muscle().isPresent())
                .extracting(p -> p.muscle().get() + " " + p.side().map(Side::word).orElse("-")).containsOnly(
                        "upper-trapezius left", "suboccipitals both", "temporalis left");
        assertThat(preparation.newSession(NOW).triggerPoints().orElseThrow().leftForNextTime())
                .containsExactly("upper-trapezius right", "temporalis right");
        assertThatThrownBy(() -> preparation.choose(TriggerPointChoice.ALL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 3");
    }

    @Test
    void aYesWithAPrecautionLineGoesIntoTheRecord() {
        readyExceptScreening();
        answerAllSafely();
        preparation.answer("osteoporosis", true);

        assertThat(preparation.precautions()).startsWith(OSTEOPOROSIS);
        assertThat(preparation.newSession(NOW).precautions()).isEqualTo(preparation.precautions());
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
