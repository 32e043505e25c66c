package app.holdpoint.ui.session;

import static app.holdpoint.ui.session.SessionFlowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import javax.swing.JToggleButton;
import javax.swing.text.JTextComponent;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.holdpoint.protocol.Phase;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.ScreeningQuestion;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.protocol.TriggerPoint;
import app.holdpoint.protocol.TriggerPointChoice;
import app.holdpoint.protocol.TriggerPointPlan;
import app.holdpoint.store.NewSession;
import app.holdpoint.store.SessionRecord;
import app.holdpoint.store.Stores;
import app.holdpoint.testsupport.Edt;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.model.SessionPreparation;

/**
 * Screening as clinics do it (a returning client confirms their history in one tap; a stop answer is never carried
 * over) and the bilateral cap (with both sides the therapist chooses, within the cap, what is left for next time).
 * Real screens on the shipped library, a fixed clock and a fake ticker.
 */
@GuiTest
class PrepareCarryOverTest {
    private static final String CLIENT = "KM-0412";
    @TempDir
    Path folder;
    private SessionFlowFixture fx;
    private SessionFlow flow;

    @AfterEach
    void close() {
        if (fx != null) {
            fx.close();
        }
    }

    private Protocol open(String protocolId) {
        fx = SessionFlowFixture.openShipped(folder);
        flow = fx.flow();
        fx.show();
        return fx.services().library().byId(protocolId).orElseThrow();
    }

    /** The client's first visit, ten days ago, recorded as the store keeps it: every answer no but these. */
    private long firstVisit(Protocol protocol, Map<String, Boolean> yes) {
        SessionPreparation first = new SessionPreparation(protocol, fx.therapist().therapist(),
                LocalDate.ofInstant(SessionFlowFixture.NOW, ZoneOffset.UTC));
        first.clientReference(CLIENT);
        first.side(Side.LEFT);
        protocol.screening().forEach(q -> first.answer(q.id(), yes.getOrDefault(q.id(), false)));
        if (!first.stoppingQuestions().isEmpty()) {
            first.override(fx.store().therapist(SessionFlowFixture.ADMIN).orElseThrow(),
                    "Oncologist's written clearance for gentle pressure is on file");
        }
        first.consent(true);
        first.painBefore(6);
        return Stores.await(fx.store().beginSession(first.newSession(SessionFlowFixture.NOW.minus(
                Duration.ofDays(10)))));
    }

    /** Types the reference, chooses the side and taps OK: the settled reference looks up the client's history. */
    private void settle(String reference, Side side) {
        for (char c : reference.toCharArray()) {
            fx.tap("key." + c);
        }
        fx.tap("prepare.side." + side.name());
        fx.tap("key.ok");
    }

    private boolean showing(String name) {
        return Edt.call(() -> fx.window().robot().finder().findAll(fx.window().target(),
                c -> name.equals(c.getName()) && c.isShowing()).size() == 1);
    }

    private SessionPreparation preparation() {
        return Edt.call(() -> flow.prepareScreen().preparation());
    }

    private String statusText() {
        return Edt.call(() -> ((JTextComponent) named("prepare.status")).getText());
    }

    private Component named(String name) {
        return fx.window().robot().finder().findByName(fx.window().target(), name, true);
    }

    private void painAndConsent(Protocol protocol) {
        fx.tap("prepare.tab.pain");
        if (protocol.consentRequired()) {
            fx.tap("prepare.consent");
        }
        fx.tap("pain.5");
    }

    @Test
    void aReturningClientNeedsOnlyTodaysQuestionsAndOneNoChangeTap() {
        Protocol protocol = open("tension-type-headache");
        long firstId = firstVisit(protocol, Map.of("bleeding-risk", true));
        GuiActionRunner.execute(() -> flow.begin(fx.therapist(), protocol));

        settle(CLIENT, Side.LEFT);
        fx.waitShowing("prepare.carryOver.confirm");
        assertThat(Edt.call(() -> ((JTextComponent) named("prepare.carryOver.words")).getText()))
                .isEqualTo("History from 20 Feb (" + history(protocol).size()
                        + " answers about conditions and medication) \u2014 any change since 20 Feb?");
        // The history questions are folded into the one line; only today's are listed.
        for (ScreeningQuestion q : history(protocol)) {
            assertThat(showing("screening." + q.id())).as(q.id()).isFalse();
        }
        List<ScreeningQuestion> today = protocol.screening().stream()
                .filter(q -> q.asked() == ScreeningQuestion.Asked.TODAY).toList();
        assertThat(statusText()).contains("answers to " + today.size() + " screening questions")
                .contains("\u201CNo change\u201D or \u201CSomething changed\u201D for the history from 20 Feb");

        int taps = 0;
        for (ScreeningQuestion q : today) {
            fx.tap("screening." + q.id() + ".no");
            taps++;
        }
        fx.tap("prepare.carryOver.confirm");
        taps++;
        assertThat(taps).isEqualTo(protocol.screening().size() - history(protocol).size() + 1);
        assertThat(preparation().unanswered()).isEmpty();
        assertThat(Edt.call(() -> ((JTextComponent) named("prepare.carryOver.words")).getText()))
                .startsWith("History from 20 Feb carried over unchanged");

        painAndConsent(protocol);
        fx.start();
        long secondId = Edt.call(() -> flow.recorder().sessionId());
        SessionRecord record = fx.store().session(secondId).orElseThrow();
        Map<String, OptionalLong> source = record.screening().stream()
                .collect(Collectors.toMap(NewSession.ScreeningAnswer::questionId,
                        NewSession.ScreeningAnswer::carriedFromSession));
        for (ScreeningQuestion q : protocol.screening()) {
            assertThat(source.get(q.id())).as(q.id()).isEqualTo(q.asked() == ScreeningQuestion.Asked.HISTORY
                    ? OptionalLong.of(firstId) : OptionalLong.empty());
        }
        assertThat(record.answers()).containsEntry("bleeding-risk", true);
    }

    @Test
    void somethingChangedShowsTheHistoryPreselectedAndAChangedAnswerIsTodays() {
        Protocol protocol = open("tension-type-headache");
        long firstId = firstVisit(protocol, Map.of("bleeding-risk", true));
        GuiActionRunner.execute(() -> flow.begin(fx.therapist(), protocol));
        settle(CLIENT, Side.LEFT);
        fx.tap("prepare.carryOver.review");
        assertThat(Edt.call(() -> ((JToggleButton) named("screening.bleeding-risk.yes")).isSelected())).isTrue();
        assertThat(Edt.call(() -> ((JToggleButton) named("screening.osteoporosis.no")).isSelected())).isTrue();
        fx.tap("screening.bleeding-risk.no");
        SessionPreparation preparation = preparation();
        assertThat(Edt.call(() -> preparation.carriedFrom("bleeding-risk"))).isEmpty();
        assertThat(Edt.call(() -> preparation.carriedFrom("osteoporosis"))).hasValue(firstId);
    }

    @Test
    void aStopAnswerFromTheLastVisitIsNotCarriedOver() {
        Protocol protocol = open("tension-type-headache");
        firstVisit(protocol, Map.of("tumour", true));
        GuiActionRunner.execute(() -> flow.begin(fx.therapist(), protocol));

        settle(CLIENT, Side.LEFT);
        fx.waitShowing("prepare.carryOver.confirm");
        protocol.screening().stream().filter(q -> q.asked() == ScreeningQuestion.Asked.TODAY)
                .forEach(q -> fx.tap("screening." + q.id() + ".no"));
        fx.tap("prepare.carryOver.confirm");

        // Shown, unanswered, and the one question still needed.
        assertThat(showing("screening.tumour")).isTrue();
        assertThat(Edt.call(() -> ((JToggleButton) named("screening.tumour.yes")).isSelected()
                || ((JToggleButton) named("screening.tumour.no")).isSelected())).isFalse();
        assertThat(preparation().unanswered()).extracting(ScreeningQuestion::id).containsExactly("tumour");
        assertThat(statusText()).contains("an answer to 1 screening question");
        assertThat(Edt.call(() -> preparation().answers())).doesNotContainKey("tumour");
    }

    @Test
    void aVisitOlderThanThePeriodOrCarryOverOffAsksEverythingAgain() throws Exception {
        Protocol protocol = open("tension-type-headache");
        firstVisit(protocol, Map.of());
        // Ten days ago, with a period of seven: nothing is offered.
        fx.services().settings().update(fx.services().settings().current().withCarryOverDays(7));
        GuiActionRunner.execute(() -> flow.begin(fx.therapist(), protocol));
        settle(CLIENT, Side.LEFT);
        waitFor("the history look-up", () -> flow.prepareScreen().historyLookups() == 1);
        assertThat(showing("prepare.carryOver")).isFalse();
        assertThat(preparation().carryOverOffer()).isEmpty();
        for (ScreeningQuestion q : protocol.screening()) {
            assertThat(showing("screening." + q.id())).as(q.id()).isTrue();
        }

        // Off: not even looked up.
        fx.services().settings().update(fx.services().settings().current().withCarryOverDays(0));
        GuiActionRunner.execute(() -> flow.begin(fx.therapist(), protocol));
        settle(CLIENT, Side.LEFT);
        assertThat(Edt.call(() -> flow.prepareScreen().historyLookups())).isZero();
        assertThat(showing("prepare.carryOver")).isFalse();
        assertThat(preparation().unanswered()).hasSize(protocol.screening().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tension-type-headache", "low-back-sciatica-like"})
    void withBothSidesTheTherapistChoosesWithinTheCapAndTheRestIsLeftForNextTime(String protocolId) {
        Protocol protocol = open(protocolId);
        GuiActionRunner.execute(() -> flow.begin(fx.therapist(), protocol));
        fx.prepare(protocol, "BS-7", Side.BOTH, 4);

        TriggerPointPlan plan = Edt.call(() -> preparation().plan().orElseThrow());
        int cap = plan.cap().orElseThrow();
        assertThat(plan.points()).hasSizeGreaterThan(cap);
        // Start waits until the therapist has seen what this session leaves out.
        assertThat(Edt.call(() -> named("prepare.start").isEnabled())).isFalse();
        assertThat(statusText()).contains("a look at the trigger points");
        fx.tap("prepare.tab.points");

        // Fill up to the cap, then one more is refused: the toggle stays off and the page says why.
        List<TriggerPoint> off = new ArrayList<>(plan.leftOut(Edt.call(() -> preparation().choice())));
        while (Edt.call(() -> preparation().choice().treatedIn(plan).size()) < cap) {
            fx.tap(name(off.remove(0)));
        }
        TriggerPoint refused = off.get(0);
        TriggerPointChoice atCap = Edt.call(() -> preparation().choice());
        fx.tap(name(refused));
        assertThat(Edt.call(() -> ((JToggleButton) named(name(refused))).isSelected())).isFalse();
        assertThat(showing("prepare.points.refusal")).isTrue();
        assertThat(Edt.call(() -> ((JTextComponent) named("prepare.points.refusal")).getText()))
                .startsWith("At most " + cap + " trigger points in one session");
        assertThat(Edt.call(() -> preparation().choice())).isEqualTo(atCap);
        assertThat(Edt.call(() -> ((JTextComponent) named("prepare.points.count")).getText()))
                .startsWith(cap + " of at most " + cap + " this session");

        // Swap: one treated point off, the refused one on.
        TriggerPoint dropped = atCap.treatedIn(plan).get(0);
        fx.tap(name(dropped));
        fx.tap(name(refused));
        TriggerPointChoice chosen = Edt.call(() -> preparation().choice());
        assertThat(chosen.treatedIn(plan)).hasSize(cap).contains(refused).doesNotContain(dropped);
        assertThat(Edt.call(() -> ((JTextComponent) named("prepare.points.left")).getText()))
                .startsWith("Left for next time: ").contains(dropped.muscleName());
        assertThat(Edt.call(() -> named("prepare.start").isEnabled())).isTrue();

        fx.start();
        Timeline timeline = Edt.call(() -> flow.runningTimeline().orElseThrow());
        for (TriggerPoint point : plan.points()) {
            boolean treated = timeline.phases().stream().anyMatch(phase -> treats(protocol, phase, point));
            assertThat(treated).as(point.describe()).isEqualTo(chosen.treats(point));
        }
        SessionRecord record = fx.store().session(Edt.call(() -> flow.recorder().sessionId())).orElseThrow();
        assertThat(record.triggerPoints()).contains(NewSession.TriggerPoints.of(plan, chosen));
        assertThat(record.triggerPoints().orElseThrow().leftForNextTime()).hasSize(plan.points().size() - cap);
    }

    /** A hold, compression or needling phase on this muscle and side. */
    private static boolean treats(Protocol protocol, Phase phase, TriggerPoint point) {
        return phase.muscle().filter(point.muscleId()::equals).isPresent()
                && phase.side().filter(side -> side == point.side()).isPresent()
                && TriggerPointPlan.TREATING.contains(protocol.steps().get(phase.stepIndex()).kind());
    }

    private static String name(TriggerPoint point) {
        return "points." + point.muscleId() + "." + point.side().name();
    }

    private static List<ScreeningQuestion> history(Protocol protocol) {
        return protocol.screening().stream().filter(q -> q.asked() == ScreeningQuestion.Asked.HISTORY).toList();
    }
}
