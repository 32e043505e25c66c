package app.holdpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateAndPlanCommandTest {
    /** A frozen protocol with an exact timeline; the shipped library in protocols/ changes with clinical review. */
    private static final String FIXTURE = "src/test/resources/protocol-fixtures/seed-needling.yaml";


    @Test
    void shippedProtocolsValidate() {
        CliTestSupport.Run run = CliTestSupport.run("validate");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern(
                "(?m)^OK tension-type-headache-needling\\.yaml: tension-type-headache-needling v\\d+, \\d+ phases, \\S+$");
        assertThat(run.out()).containsPattern("(?m)^  sources S\\d+( S\\d+)*; \\d+ numbers, \\d+ default$");
    }

    @Test
    void validateAndPlanSpeakGermanWithLangDe(@TempDir Path empty) {
        CliTestSupport.Run validate = CliTestSupport.run("--lang", "de", "validate");
        assertThat(validate.exitCode()).isZero();
        assertThat(validate.out()).containsPattern("(?m)^OK tension-type-headache-needling\\.yaml: "
                + "tension-type-headache-needling v\\d+, \\d+ Phasen, \\S+$")
                .containsPattern("(?m)^  Quellen S\\d+( S\\d+)*; \\d+ Zahlenwerte, \\d+ mit Standardwert$");
        CliTestSupport.Run plan = CliTestSupport.run("--lang", "de", "plan", "protocols/tension-type-headache-needling.yaml");
        assertThat(plan.out()).contains(", Seite wählbar");
        assertThat(CliTestSupport.run("--lang", "de", "plan", "no-such-protocol").err())
                .startsWith("holdpoint: kein Protokoll mit der ID „no-such-protocol“ in ");
    }

    @Test
    void brokenFileFailsWithLocatedMessagesWhileGoodOnesStillPass(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, Files.readString(Path.of("protocols/tension-type-headache-needling.yaml"))
                .replace("press: 90s [S2]", "press: sixty").replace("id: tension-type-headache-needling", "id: other"));
        CliTestSupport.Run run = CliTestSupport.run("validate", "protocols", broken.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("OK tension-type-headache-needling.yaml");
        assertThat(run.err()).containsPattern("(?m)^broken\\.yaml:\\d+:\\d+: press must be a duration like 60s, "
                + "got 'sixty'$");
    }

    /** The loader's problems in German under --lang de (issue 16), the same lines as before in English. */
    @Test
    void aBrokenFileIsReportedInGermanWithLangDeAndAsBeforeInEnglish(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, Files.readString(Path.of(FIXTURE))
                .replace("relax: 30s [DEFAULT]", "relax: 30s").replace("id: fixture-needling", "id: broken")
                .replace("muscle: upper-trapezius", "muscle: upper-trapezus")
                .replace("label: Moist heat", "label: Moist heat\n      colour: red"));
        CliTestSupport.Run german = CliTestSupport.run("--lang", "de", "validate", broken.toString());
        CliTestSupport.Run english = CliTestSupport.run("--lang", "en", "validate", broken.toString());
        assertThat(german.exitCode()).isEqualTo(1);
        assertThat(german.err())
                .containsPattern("(?m)^broken\\.yaml:\\d+:\\d+: unbekannter Muskel „upper-trapezus“ "
                        + "\\(gemeint ist vielleicht „upper-trapezius“\\?\\)$")
                .containsPattern("(?m)^broken\\.yaml:\\d+:\\d+: instruct: unbekanntes Feld „colour“$")
                .containsPattern("(?m)^broken\\.yaml:\\d+:\\d+: Warnung: relax 30s hat keine Quelle; "
                        + "\\[S\\.\\.] aus der klinischen Referenz oder \\[DEFAULT] ergänzen$")
                .doesNotContain("unknown", "did you mean", "warning:", "no source");
        assertThat(english.exitCode()).isEqualTo(1);
        assertThat(english.err())
                .containsPattern("(?m)^broken\\.yaml:\\d+:\\d+: unknown muscle 'upper-trapezus' "
                        + "\\(did you mean 'upper-trapezius'\\?\\)$")
                .containsPattern("(?m)^broken\\.yaml:\\d+:\\d+: unknown field 'colour' in instruct$")
                .containsPattern("(?m)^broken\\.yaml:\\d+:\\d+: warning: relax 30s has no source; add \\[S\\.\\.] "
                        + "from the clinical reference or \\[DEFAULT]$");
        assertThat(english.err().lines().count()).isEqualTo(german.err().lines().count());
    }

    @Test
    void duplicateIdsAcrossFilesAreAnError(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("zz-copy.yaml");
        Files.copy(Path.of("protocols/tension-type-headache-needling.yaml"), copy);
        CliTestSupport.Run run = CliTestSupport.run("validate", "protocols", copy.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("zz-copy.yaml:").contains("protocol id 'tension-type-headache-needling' "
                + "is already used by tension-type-headache-needling.yaml");
    }

    @Test
    void unsourcedNumberWarnsAndStrictMakesItFail(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("unsourced.yaml");
        Files.writeString(file, Files.readString(Path.of(FIXTURE))
                .replace("relax: 30s [DEFAULT]", "relax: 30s").replace("id: fixture-needling", "id: unsourced"));
        CliTestSupport.Run lenient = CliTestSupport.run("validate", file.toString());
        assertThat(lenient.exitCode()).isZero();
        assertThat(lenient.err()).contains("warning: relax 30s has no source");
        assertThat(lenient.out()).contains("1 WITHOUT SOURCE");
        assertThat(CliTestSupport.run("validate", "--strict", file.toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void missingPathIsReported() {
        CliTestSupport.Run run = CliTestSupport.run("validate", "no-such.yaml");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no-such.yaml:1:1: no such file or folder");
    }

    @Test
    void planPrintsOnePhaseALineAndTheTotal() {
        CliTestSupport.Run run = CliTestSupport.run("plan", FIXTURE, "--side", "left");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().strip().split("\n");
        assertThat(lines[1]).matches("\\s+0:00\\s+DO\\s+10m\\s+-\\s+Moist heat");
        assertThat(run.out()).containsPattern("(?m)^\\s+\\d+:\\d\\d\\s+PRESS\\s+1m30s\\s+upper-trapezius \\(left\\)\\s+"
                + "Upper trapezius\\s+\\[1/2\\]$");
        assertThat(lines[lines.length - 1]).matches("total \\S+");
    }

    @Test
    void planAcceptsAFilePath() {
        CliTestSupport.Run run = CliTestSupport.run("plan", "protocols/tension-type-headache-needling.yaml");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("side to choose");
    }

    @Test
    void unknownProtocolIdIsOneClearLine() {
        CliTestSupport.Run run = CliTestSupport.run("plan", "no-such-protocol");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("holdpoint: no protocol with id 'no-such-protocol'")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(CliTestSupport.run("plan", "x", "--side", "up").exitCode()).isEqualTo(2);
        assertThat(CliTestSupport.run("no-such-command").exitCode()).isEqualTo(2);
        assertThat(CliTestSupport.run("validate", "--no-such-option").exitCode()).isEqualTo(2);
    }

    @Test
    void everyCommandHasHelpAndTheAppAVersion() {
        assertThat(CliTestSupport.run("--version").out()).startsWith("Holdpoint ");
        assertThat(CliTestSupport.run("--lang", "en", "validate", "--help").out())
                .contains("Usage: holdpoint validate");
        assertThat(CliTestSupport.run("plan", "--help").out()).contains("--side");
        assertThat(CliTestSupport.run("--help").out()).contains("--data").contains("--db").contains("--protocols");
    }

    @Test
    void globalOptionsWorkAfterTheSubcommand(@TempDir Path empty) {
        CliTestSupport.Run run = CliTestSupport.run("validate", "--protocols", empty.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("catalog/muscles.yaml:1:1: catalog file is missing");
    }
}
