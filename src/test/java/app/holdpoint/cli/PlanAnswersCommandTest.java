package app.holdpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code plan --answer ID=yes|no}: the gated session, what a stop does, and the trigger points against the cap. */
class PlanAnswersCommandTest {
    private static final String PROTOCOL = """
            id: plan-answers
            title: Plan answers
            version: 1
            condition: headache
            summary: For tests.
            sources: [S2]
            max-trigger-points: 2 [S6]
            screening:
              - id: unable-to-consent
                ask: Unable to consent?
                stop-if: yes
                override: never
              - id: fever
                ask: Fever today?
                stop-if: yes
              - id: osteoporosis
                ask: Severe osteoporosis?
                asked: history
                when-yes: "Osteoporosis: light pressure only, no elbow or knee"
              - id: cold-intolerance
                ask: Cold not tolerated?
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
                  only-if-any:
                    cold-intolerance: yes
            """;

    private Path file;

    @BeforeEach
    void writeProtocol(@TempDir Path dir) throws IOException {
        file = dir.resolve("plan-answers.yaml");
        Files.writeString(file, PROTOCOL);
        Files.writeString(dir.resolve("uncapped.yaml"), PROTOCOL.replace("max-trigger-points: 2 [S6]\n", "")
                .replace("id: plan-answers", "id: uncapped"));
    }

    @Test
    void coldRuledOutReplacesTheSprayWithAStretch() {
        CliTestSupport.Run run = CliTestSupport.run("plan", file.toString(), "--side", "left", "--answer",
                "cold-intolerance=yes");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("(?m)^\\s+\\d+:\\d\\d\\s+STRETCH\\s+30s\\s+upper-trapezius \\(left\\)\\s+"
                + "Upper trapezius\\s+\\(only if any of cold-intolerance: yes\\)$").doesNotContain("SPRAY");
    }

    @Test
    void questionsNotAnsweredTakeTheAnswerThatDoesNotStop() {
        CliTestSupport.Run run = CliTestSupport.run("plan", file.toString(), "--side", "left", "--answer",
                "osteoporosis=no");
        assertThat(run.out()).contains("SPRAY").doesNotContain("STOP").doesNotContain("only if any of");
    }

    @Test
    void anAbsoluteStopSaysNobodyCanOverrideItAndPlansNothing() {
        CliTestSupport.Run run = CliTestSupport.run("plan", file.toString(), "--answer", "unable-to-consent=yes");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("STOP unable-to-consent=yes (Unable to consent?): absolute stop, no override "
                + "possible; the session cannot start").doesNotContain("PRESS").doesNotContain("total");
    }

    @Test
    void aRelativeStopSaysItNeedsAnAdministratorAndShowsWhatRunsThen() {
        CliTestSupport.Run run = CliTestSupport.run("plan", file.toString(), "--side", "right", "--answer",
                "fever=yes");
        assertThat(run.out()).contains("STOP fever=yes (Fever today?): relative stop, the session starts only with "
                + "an administrator's override and a recorded reason").contains("PRESS").containsPattern(
                "(?m)^total \\S+$");
    }

    @Test
    void theStopsAndPrecautionsReadInGermanWithLangDe() {
        assertThat(CliTestSupport.run("--lang", "de", "plan", file.toString(), "--answer", "unable-to-consent=yes")
                .out()).contains("STOPP unable-to-consent=yes (Unable to consent?): absoluter Abbruchgrund, keine"
                + " Freigabe möglich; die Sitzung kann nicht beginnen");
        CliTestSupport.Run run = CliTestSupport.run("--lang", "de", "plan", file.toString(), "--side", "left",
                "--answer", "osteoporosis=yes");
        assertThat(run.out()).contains("Vorsichtsmaßnahme osteoporosis=yes: ").containsPattern("(?m)^gesamt \\S+$");
        assertThat(CliTestSupport.run("--lang", "de", "plan", file.toString(), "--answer", "fever=maybe").err())
                .isEqualTo("holdpoint: --answer muss ID=yes oder ID=no sein, erhalten: „fever=maybe“"
                        + System.lineSeparator());
    }

    @Test
    void aStepsConditionReadsInGermanWithLangDeAndTheQuestionIdsStayAsWritten() {
        CliTestSupport.Run run = CliTestSupport.run("--lang", "de", "plan", file.toString(), "--side", "left");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("  (nur wenn cold-intolerance: nein)")
                .contains("  (nur wenn mindestens eines von cold-intolerance: ja)")
                .doesNotContain("only if", "any of", ": yes", ": no");
        assertThat(CliTestSupport.run("plan", file.toString(), "--side", "left").out())
                .contains("  (only if cold-intolerance: no)").contains("  (only if any of cold-intolerance: yes)");
    }

    @Test
    void aYesWithAPrecautionLineListsItAndTheStepsItIsShownOn() {
        CliTestSupport.Run run = CliTestSupport.run("plan", file.toString(), "--side", "left", "--answer",
                "osteoporosis=yes");
        assertThat(run.out()).contains("precaution osteoporosis=yes: Osteoporosis: light pressure only, no elbow "
                + "or knee (on hold, compression, needling steps)");
    }

    @Test
    void bothSidesCountsTriggerPointsAgainstTheCapAndSaysWhatIsLeftForNextTime() {
        CliTestSupport.Run run = CliTestSupport.run("plan", file.toString(), "--side", "both");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("trigger points: 2 treated of 5, at most 2 per session")
                .contains("left for next time (over the cap): Suboccipitals (both sides at once)")
                .contains("optional, left out unless turned on: Temporalis (left), Temporalis (right)")
                .doesNotContain("suboccipitals (both)");
    }

    @Test
    void anUnknownQuestionIsAUsageErrorNamingTheValidOnes() {
        CliTestSupport.Run run = CliTestSupport.run("plan", file.toString(), "--answer", "cold-intolerence=yes");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--answer: 'cold-intolerence' is not a screening question of plan-answers "
                + "(did you mean 'cold-intolerance'?); its questions are unable-to-consent, fever, osteoporosis, "
                + "cold-intolerance");
        assertThat(CliTestSupport.run("--lang", "de", "plan", file.toString(), "--answer", "cold-intolerence=yes")
                .err()).contains("„cold-intolerence“ ist keine Screeningfrage von plan-answers (gemeint ist "
                + "vielleicht „cold-intolerance“?)");
    }

    @Test
    void bothSidesWithoutACapStillCountsTheTriggerPoints() {
        CliTestSupport.Run run = CliTestSupport.run("plan", file.toString().replace("plan-answers.yaml", "")
                + "uncapped.yaml", "--side", "both");
        assertThat(run.out()).contains("trigger points: 3 treated of 5").doesNotContain("per session")
                .doesNotContain("left for next time");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fever", "fever=maybe", "fever="})
    void anAnswerThatIsNotYesOrNoIsAUsageError(String option) {
        CliTestSupport.Run run = CliTestSupport.run("plan", file.toString(), "--answer", option);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--answer must be ID=yes or ID=no, got '" + option + "'");
    }
}
